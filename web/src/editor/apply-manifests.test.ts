import { describe, it, expect } from 'vitest';
import type { KObject, Status } from '../../../shared/k8s/types.js';
import { KubeFailure } from '../lib/kube-api.js';
import { runManifests, type ManifestApi } from './apply-manifests.js';

const FILE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: bad
spec:
  replicas: -1
`;

const invalid: Status = {
  kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 422, reason: 'Invalid',
  message: 'Deployment.apps "bad" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
  details: { name: 'bad', kind: 'Deployment', causes: [{ reason: 'FieldValueInvalid', field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0' }] },
};

function fakeApi(calls: string[]): ManifestApi {
  return {
    async apply(doc: KObject, opts) {
      calls.push(`apply ${doc.kind} ${opts.dryRun ? 'dry' : 'real'}`);
      if (doc.metadata.name === 'bad') throw new KubeFailure(invalid);
      return { object: doc, created: true };
    },
    async remove(_v, kind, name) {
      calls.push(`delete ${kind} ${name}`);
    },
  };
}

describe('runManifests', () => {
  it('applies every document and pins a validation error to the offending line', async () => {
    const calls: string[] = [];
    const res = await runManifests(FILE, 'apply', fakeApi(calls));
    expect(calls).toEqual(['apply ConfigMap real', 'apply Deployment real']);
    expect(res[0]).toMatchObject({ ok: true, text: 'configmap/cfg created' });
    expect(res[1].ok).toBe(false);
    expect(res[1].text).toBe('The Deployment "bad" is invalid: \n* spec.replicas: Invalid value: -1: must be greater than or equal to 0');
    expect(res[1].diagnostics).toEqual([{ line: 11, message: 'spec.replicas: Invalid value: -1: must be greater than or equal to 0' }]);
  });
  it('dry-runs without persisting and says so', async () => {
    const calls: string[] = [];
    const res = await runManifests(FILE.split('---')[0], 'dry-run', fakeApi(calls));
    expect(calls).toEqual(['apply ConfigMap dry']);
    expect(res[0].text).toBe('configmap/cfg created (server dry run)');
  });
  it('deletes what the file describes', async () => {
    const calls: string[] = [];
    await runManifests(FILE, 'delete', fakeApi(calls));
    expect(calls).toEqual(['delete ConfigMap cfg', 'delete Deployment bad']);
  });
  it('reports YAML syntax errors without calling the server', async () => {
    const calls: string[] = [];
    const res = await runManifests('kind: Pod\nmetadata: [\n', 'apply', fakeApi(calls));
    expect(calls).toEqual([]);
    expect(res[0].ok).toBe(false);
    expect(res[0].diagnostics.length).toBeGreaterThan(0);
  });
});
