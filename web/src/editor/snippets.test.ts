import { describe, it, expect } from 'vitest';
import { RESOURCES, resourceForKind } from '../../../shared/k8s/resources.js';
import { SNIPPETS } from './snippets.js';
import { parseDocuments } from './yaml-documents.js';

describe('snippets', () => {
  it('offers a starter for every kind the cluster stores', () => {
    const kinds = new Set(RESOURCES.filter((r) => !r.virtual).map((r) => r.kind));
    const offered = new Set(SNIPPETS.map((s) => s.kind));
    expect([...kinds].filter((k) => !offered.has(k))).toEqual([]);
  });
  it('are valid manifests of a served kind', () => {
    for (const snip of SNIPPETS) {
      const { documents } = parseDocuments(snip.yaml);
      expect(documents).toHaveLength(1);
      const obj = documents[0].object;
      expect(obj?.kind).toBe(snip.kind);
      expect(resourceForKind(obj!.apiVersion, obj!.kind)).toBeDefined();
    }
  });
});
