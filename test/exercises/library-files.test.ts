/** Static checks of the built-in exercise files: the bundle is current, and every check can run. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { libraryModuleSource } from '../../shared/exercises/library-source.js';
import { builtInExercises } from '../../shared/exercises/load.js';
import { resourceOf } from '../../server/grading/select.js';
import { parsePath } from '../../server/grading/paths.js';
import { parseManifests } from '../../server/grading/setup.js';
import { resourceForKind } from '../../shared/k8s/resources.js';

const dir = 'shared/exercises/library';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

describe('built-in exercise files', () => {
  it('are bundled: library.generated.ts matches the YAML files (run scripts/bundle-exercises.ts)', () => {
    const expected = libraryModuleSource(files.map((f) => readFileSync(`${dir}/${f}`, 'utf8')));
    expect(readFileSync('shared/exercises/library.generated.ts', 'utf8')).toBe(expected);
  });

  it('are named after their ids', () => {
    expect(builtInExercises().map((e) => `${e.id}.yaml`)).toEqual(files);
  });

  for (const e of builtInExercises()) {
    it(`${e.id}: unique check ids, known kinds, valid paths and manifests, 2–5 checks, hints`, () => {
      const ids = e.checks.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(e.checks.length).toBeGreaterThanOrEqual(2);
      expect(e.checks.length).toBeLessThanOrEqual(5);
      expect(e.hints.length).toBeGreaterThan(0);
      for (const c of e.checks) {
        const selects = c.type === 'history' ? [c.select, ...(c.sequence ?? []).flatMap((s) => (s.select ? [s.select] : []))] : [c.select];
        for (const s of selects) expect(() => resourceOf(s), `${c.id}: ${s.kind}`).not.toThrow();
        const asserts = c.type === 'history' ? [c.condition, c.from].filter((a) => a !== undefined) : c.assert;
        for (const a of asserts) if (a.path) expect(() => parsePath(a.path!), `${c.id}: ${a.path}`).not.toThrow();
        if (c.type === 'history' && c.path) expect(() => parsePath(c.path!)).not.toThrow();
      }
      for (const text of [e.setup.manifests, e.solution.manifests]) {
        for (const obj of parseManifests(text)) expect(resourceForKind(obj.apiVersion, obj.kind), `${obj.apiVersion}/${obj.kind}`).toBeDefined();
      }
      expect(e.solution.commands.length + (e.solution.manifests.trim() ? 1 : 0)).toBeGreaterThan(0);
    });
  }
});
