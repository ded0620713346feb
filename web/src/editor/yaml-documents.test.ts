import { describe, it, expect } from 'vitest';
import { fieldSegments, lineOfField, parseDocuments } from './yaml-documents.js';

const FILE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
data:
  a: "1"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: -1
  template:
    spec:
      containers:
      - name: app
        image: nginx
      - name: side
        image: ""
---
`;

describe('parseDocuments', () => {
  it('splits a multi-document file and skips the empty tail', () => {
    const f = parseDocuments(FILE);
    expect(f.documents.map((d) => d.object?.kind)).toEqual(['ConfigMap', 'Deployment']);
    expect(f.documents.map((d) => d.line)).toEqual([1, 8]);
  });
  it('reports syntax errors at their line and missing kinds', () => {
    const bad = parseDocuments('apiVersion: v1\nkind: Pod\nmetadata:\n  name: [oops\n');
    expect(bad.documents[0].object).toBeNull();
    expect(bad.documents[0].errors.length).toBeGreaterThan(0);
    const noKind = parseDocuments('apiVersion: v1\nmetadata:\n  name: x\n');
    expect(noKind.documents[0].errors[0].message).toContain("Object 'Kind' is missing");
  });
});

describe('lineOfField', () => {
  it('finds the line of the field the server rejected', () => {
    const f = parseDocuments(FILE);
    const d = f.documents[1];
    expect(lineOfField(f, d, 'spec.replicas')).toBe(13);
    expect(lineOfField(f, d, 'spec.template.spec.containers[1].image')).toBe(20);
  });
  it('falls back to the nearest existing ancestor', () => {
    const f = parseDocuments(FILE);
    expect(lineOfField(f, f.documents[1], 'spec.template.spec.nodeSelector[zone]')).toBe(15);
  });
  it('parses bracketed keys and indexes', () => {
    expect(fieldSegments('metadata.labels[app.kubernetes.io/name]')).toEqual(['metadata', 'labels', 'app.kubernetes.io/name']);
    expect(fieldSegments('spec.containers[0].ports[1].containerPort')).toEqual(['spec', 'containers', 0, 'ports', 1, 'containerPort']);
  });
});
