import { describe, it, expect } from 'vitest';
import { FakeApi } from './testing/fake-api';

describe('runKubectl', () => {
  it('reports unknown commands and unsupported container commands clearly', async () => {
    const api = new FakeApi();
    expect(await api.run('foo')).toEqual({ code: 1, stdout: '', stderr: 'error: unknown command "foo" for "kubectl"\nRun \'kubectl --help\' for usage.\n' });
    const exec = await api.run('exec big -- ls');
    expect(exec.code).toBe(1);
    expect(exec.stderr).toContain('not supported in this simulated cluster');
  });

  it('accepts global flags before the command', async () => {
    const api = new FakeApi();
    const r = await api.run('-n kube-system get pods');
    expect(r.stderr).toBe('No resources found in kube-system namespace.\n');
  });

  it('get -w prints the table, then one row per event without repeating the header', async () => {
    const api = new FakeApi();
    const pod = structuredClone(api.objects.find((o) => o.metadata.name === 'big')!);
    pod.status.phase = 'Running';
    api.watchEvents = [{ type: 'MODIFIED', object: pod }];
    const r = await api.run('get pods -l run=big -w');
    expect(r.stdout).toBe('NAME   READY   STATUS    RESTARTS   AGE\nbig    0/1     Pending   0          45s\nbig    0/1     Running   0          45s\n');
    const watch = api.requests.find((q) => q.query?.watch === 'true')!;
    expect(watch.query).toMatchObject({ labelSelector: 'run=big', resourceVersion: '2000' });
  });

  it('rollout status follows the watch until the rollout completes', async () => {
    const api = new FakeApi();
    const d = api.objects.find((o) => o.kind === 'Deployment')!;
    d.metadata.generation = 2;
    d.spec.replicas = 3;
    const progressed = structuredClone(d);
    progressed.status = { ...d.status, observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 2 };
    const done = structuredClone(progressed);
    done.status.availableReplicas = 3;
    api.watchEvents = [
      { type: 'MODIFIED', object: progressed },
      { type: 'MODIFIED', object: done },
    ];
    const r = await api.run('rollout status deployment/web');
    expect(r.stdout).toBe(
      'Waiting for deployment spec update to be observed...\n' +
        'Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...\n' +
        'deployment "web" successfully rolled out\n',
    );
    expect(r.code).toBe(0);
  });

  it('apply creates with the last-applied annotation and patches only what changed', async () => {
    const api = new FakeApi();
    const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c1\ndata:\n  a: "1"\n';
    expect((await api.run('apply -f -', manifest)).stdout).toBe('configmap/c1 created\n');
    const post = api.requests.find((q) => q.method === 'POST')!;
    expect(post.query).toEqual({ fieldManager: 'kubectl-client-side-apply', fieldValidation: 'Strict' });
    expect((post.body as { metadata: { annotations: Record<string, string> } }).metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toBe(
      '{"apiVersion":"v1","data":{"a":"1"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"c1","namespace":"default"}}\n',
    );
    expect((await api.run('apply -f -', manifest.replace('"1"', '"2"'))).stdout).toBe('configmap/c1 configured\n');
    const patch = api.requests.find((q) => q.method === 'PATCH')!;
    expect(patch.contentType).toBe('application/strategic-merge-patch+json');
    expect((patch.body as { data: unknown }).data).toEqual({ a: '2' });
  });

  it('describe asks for events by involved object', async () => {
    const api = new FakeApi();
    await api.run('describe pod big');
    const events = api.requests.find((q) => q.path === '/api/v1/namespaces/default/events')!;
    expect(events.query).toEqual({ fieldSelector: 'involvedObject.name=big,involvedObject.namespace=default,involvedObject.uid=uid-big' });
  });

  it('prints Invalid errors with their causes', async () => {
    const api = new FakeApi();
    api.overrides.set('PATCH /apis/apps/v1/namespaces/default/deployments/web/scale', {
      status: 422,
      body: {
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        reason: 'Invalid',
        code: 422,
        message: 'invalid',
        details: { name: 'web', kind: 'Deployment', causes: [{ field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0' }, { field: 'spec.x', message: 'Required value' }] },
      },
    });
    const r = await api.run('scale deploy web --replicas=1');
    expect(r.stderr).toBe('The Deployment "web" is invalid: \n* spec.replicas: Invalid value: -1: must be greater than or equal to 0\n* spec.x: Required value\n');
  });
});
