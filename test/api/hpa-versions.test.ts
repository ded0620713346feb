/** autoscaling/v1 and autoscaling/v2 HorizontalPodAutoscalers share storage: each version reads and writes its
 * own shape, whatever version created the object, and v1 round-trips keep what only v2 can express. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { k8sClient, readWatch, type K8sRequest } from '../helpers/k8s-http.js';
import { kubectlAvailable, kubectlFor } from '../helpers/kubectl.js';

const V1 = '/apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers';
const V2 = '/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers';
const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';
const REF = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' };

describe('HorizontalPodAutoscaler across autoscaling/v1 and v2', () => {
  let server: TestServer;
  let k: K8sRequest;
  let kubeServer: string;

  beforeAll(async () => {
    server = await startTestServer();
    const pg = await server.createPlayground({ seed: 17 });
    kubeServer = pg.kubeServer;
    k = k8sClient(kubeServer);
  });
  afterAll(() => server?.close());

  it('serves a v1-created HPA as v1 through v1 and as v2 through v2', async () => {
    const created = await k('POST', V1, { apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: { name: 'from-v1' }, spec: { scaleTargetRef: REF, maxReplicas: 5, targetCPUUtilizationPercentage: 50 } });
    expect(created.status).toBe(201);
    expect(created.body.apiVersion).toBe('autoscaling/v1');
    expect(created.body.spec).toEqual({ scaleTargetRef: REF, minReplicas: 1, maxReplicas: 5, targetCPUUtilizationPercentage: 50 });

    const v2 = (await k('GET', `${V2}/from-v1`)).body;
    expect(v2.apiVersion).toBe('autoscaling/v2');
    expect(v2.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }]);
    expect(v2.spec.targetCPUUtilizationPercentage).toBeUndefined();
    expect(v2.metadata.annotations).toBeUndefined();

    const v1 = (await k('GET', `${V1}/from-v1`)).body;
    expect(v1.spec.targetCPUUtilizationPercentage).toBe(50);
    expect(v1.spec.metrics).toBeUndefined();
    expect(v1.metadata.uid).toBe(v2.metadata.uid);
  });

  it('serves a v2-created HPA through v1, keeping v2-only fields across a v1 update', async () => {
    const metrics = [
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } },
      { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '200Mi' } } },
    ];
    const behavior = { scaleDown: { stabilizationWindowSeconds: 60 } };
    const created = await k('POST', V2, { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'from-v2', annotations: { team: 'a' } }, spec: { scaleTargetRef: REF, minReplicas: 2, maxReplicas: 8, metrics, behavior } });
    expect(created.status).toBe(201);

    const v1 = (await k('GET', `${V1}/from-v2`)).body;
    expect(v1.apiVersion).toBe('autoscaling/v1');
    expect(v1.spec).toEqual({ scaleTargetRef: REF, minReplicas: 2, maxReplicas: 8, targetCPUUtilizationPercentage: 60 });
    expect(JSON.parse(v1.metadata.annotations['autoscaling.alpha.kubernetes.io/metrics'])).toEqual([metrics[1]]);
    expect(v1.metadata.annotations.team).toBe('a');

    // A read-modify-write as client-go does it: the HPA controller may write status in between, so retry on 409.
    let updated = await k('PUT', `${V1}/from-v2`, { ...v1, spec: { ...v1.spec, maxReplicas: 10 } });
    for (let attempt = 0; updated.status === 409 && attempt < 5; attempt++) {
      const fresh = (await k('GET', `${V1}/from-v2`)).body;
      updated = await k('PUT', `${V1}/from-v2`, { ...fresh, spec: { ...fresh.spec, maxReplicas: 10 } });
    }
    expect(updated.status).toBe(200);
    expect(updated.body.spec.maxReplicas).toBe(10);

    const v2 = (await k('GET', `${V2}/from-v2`)).body;
    expect(v2.spec.maxReplicas).toBe(10);
    expect(v2.spec.metrics).toEqual(metrics);
    expect(v2.spec.behavior.scaleDown.stabilizationWindowSeconds).toBe(60);
    expect(v2.metadata.annotations).toEqual({ team: 'a' });
    expect(v2.metadata.generation).toBe(2);
  });

  it('patches through v1 in v1 terms', async () => {
    const r = await k('PATCH', `${V1}/from-v1`, { spec: { targetCPUUtilizationPercentage: 70 } }, { 'content-type': 'application/merge-patch+json' });
    expect(r.status).toBe(200);
    expect(r.body.spec.targetCPUUtilizationPercentage).toBe(70);
    const v2 = (await k('GET', `${V2}/from-v1`)).body;
    expect(v2.spec.metrics[0].resource.target.averageUtilization).toBe(70);
    const json = await k('PATCH', `${V1}/from-v1`, [{ op: 'replace', path: '/spec/maxReplicas', value: 6 }], { 'content-type': 'application/json-patch+json' });
    expect(json.status).toBe(200);
    expect((await k('GET', `${V2}/from-v1`)).body.spec.maxReplicas).toBe(6);
  });

  it('writes status in each version\'s shape', async () => {
    // Each check reads the write's own response: the HPA controller may rewrite status at any moment.
    const cur = (await k('GET', `${V2}/from-v1`)).body;
    const status = {
      currentReplicas: 2,
      desiredReplicas: 3,
      currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 91, averageValue: '230m' } } }],
    };
    const v2 = await k('PUT', `${V2}/from-v1/status`, { ...cur, metadata: { name: 'from-v1' }, status });
    expect(v2.status).toBe(200);
    expect(v2.body.status).toEqual(status);
    const v1 = await k('PUT', `${V1}/from-v1/status`, { apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: { name: 'from-v1' }, status: { currentReplicas: 4, desiredReplicas: 5, currentCPUUtilizationPercentage: 42 } });
    expect(v1.status).toBe(200);
    expect(v1.body.apiVersion).toBe('autoscaling/v1');
    expect(v1.body.status).toEqual({ currentReplicas: 4, desiredReplicas: 5, currentCPUUtilizationPercentage: 42 });
    expect(v1.body.spec.targetCPUUtilizationPercentage).toBe(70);
  });

  it('lists and watches in the version asked for', async () => {
    const l1 = (await k('GET', V1)).body;
    expect(l1.apiVersion).toBe('autoscaling/v1');
    expect(l1.kind).toBe('HorizontalPodAutoscalerList');
    expect(l1.items.map((i: { apiVersion: string }) => i.apiVersion)).toEqual(['autoscaling/v1', 'autoscaling/v1']);
    expect(l1.items.every((i: { spec: object }) => 'targetCPUUtilizationPercentage' in i.spec)).toBe(true);
    const l2 = (await k('GET', V2)).body;
    expect(l2.items.every((i: { apiVersion: string; spec: object }) => i.apiVersion === 'autoscaling/v2' && 'metrics' in i.spec)).toBe(true);

    const rv = l1.metadata.resourceVersion;
    const w1 = await fetch(`${kubeServer}${V1}?watch=true&resourceVersion=${rv}`);
    const w2 = await fetch(`${kubeServer}${V2}?watch=true&resourceVersion=${rv}`);
    await k('POST', V2, { metadata: { name: 'watched' }, spec: { scaleTargetRef: REF, maxReplicas: 3 } });
    const mine = <T extends { object: { metadata: { name: string } } }>(events: T[]) => events.filter((e) => e.object.metadata.name === 'watched');
    const [e1] = mine(await readWatch(w1, (e) => mine(e).length >= 1));
    const [e2] = mine(await readWatch(w2, (e) => mine(e).length >= 1));
    expect(e1.object.apiVersion).toBe('autoscaling/v1');
    expect(e1.object.spec.targetCPUUtilizationPercentage).toBe(80);
    expect(e2.object.apiVersion).toBe('autoscaling/v2');
    expect(e2.object.spec.metrics[0].resource.target.averageUtilization).toBe(80);
  });

  it('prints the same Table through either version', async () => {
    const t1 = (await k('GET', `${V1}/from-v2`, undefined, { accept: TABLE })).body;
    const t2 = (await k('GET', `${V2}/from-v2`, undefined, { accept: TABLE })).body;
    expect(t1.columnDefinitions.map((c: { name: string }) => c.name)).toEqual(['Name', 'Reference', 'Targets', 'MinPods', 'MaxPods', 'Replicas', 'Age']);
    expect(t1.rows[0].cells.slice(0, 6)).toEqual(t2.rows[0].cells.slice(0, 6));
    expect(t1.rows[0].cells[2]).toBe('cpu: <unknown>/60%, memory: <unknown>/200Mi');
  });

  it.runIf(kubectlAvailable())('lets real kubectl autoscale (v1, protobuf) and read it back as v2', async () => {
    const kubectl = kubectlFor(kubeServer);
    const dep = await kubectl(['create', 'deployment', 'auto', '--image=nginx']);
    expect(dep.code).toBe(0);
    const r = await kubectl(['autoscale', 'deployment', 'auto', '--cpu-percent=65', '--min=2', '--max=7']);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('horizontalpodautoscaler.autoscaling/auto autoscaled');
    const got = await kubectl(['get', 'hpa', 'auto', '-o', 'json']);
    const obj = JSON.parse(got.stdout);
    expect(obj.apiVersion).toBe('autoscaling/v2');
    expect(obj.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 65 } } }]);
    expect(obj.spec.minReplicas).toBe(2);
    const v1 = await kubectl(['get', 'horizontalpodautoscalers.v1.autoscaling', 'auto', '-o', 'jsonpath={.spec.targetCPUUtilizationPercentage}']);
    expect(v1.stdout).toBe('65');
  });
});
