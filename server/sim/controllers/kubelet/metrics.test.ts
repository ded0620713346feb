import { describe, it, expect } from 'vitest';
import { createTestCluster } from '../../testing/harness.js';
import { setPodTraffic } from '../../traffic-state.js';
import { kubeletControllers } from './index.js';
import { metricsSource, podCpuUsageMillis } from './metrics.js';

describe('resource metrics', () => {
  it('serves PodMetrics and NodeMetrics shaped like metrics-server, with traffic driving CPU', () => {
    const h = createTestCluster({ controllers: kubeletControllers() });
    h.create('pods', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'php-apache', namespace: 'default', labels: { run: 'php-apache' } },
      spec: { nodeName: 'worker-1', containers: [{ name: 'php-apache', image: 'registry.k8s.io/hpa-example', resources: { requests: { cpu: '200m' }, limits: { cpu: '500m' } } }] },
    });
    h.advance(15_000);
    const source = metricsSource(h.cluster);
    const pod = h.get('pods', 'default', 'php-apache')!;
    const idle = podCpuUsageMillis(h.cluster, pod);
    expect(idle).toBeLessThan(10);
    setPodTraffic(h.cluster, 'default', 'php-apache', { rps: 100, requests: 0 });
    expect(podCpuUsageMillis(h.cluster, pod)).toBe(500);
    const metrics = source.pods('default');
    expect(metrics).toHaveLength(1);
    expect(metrics[0]).toMatchObject({ kind: 'PodMetrics', apiVersion: 'metrics.k8s.io/v1beta1', metadata: { name: 'php-apache', namespace: 'default', labels: { run: 'php-apache' } }, window: '15s' });
    expect(metrics[0].containers[0].usage.cpu).toBe('500000000n');
    expect(metrics[0].containers[0].usage.memory).toMatch(/^\d+Ki$/);
    const nodes = source.nodes();
    expect(nodes.map((n) => n.metadata.name)).toEqual(['control-plane', 'worker-1', 'worker-2']);
    const w1 = nodes.find((n) => n.metadata.name === 'worker-1')!;
    expect(Number(w1.usage.cpu.slice(0, -1))).toBeGreaterThan(500_000_000);
    // kube-system pods of a fresh cluster have metrics too.
    expect(source.pods('kube-system').length).toBeGreaterThan(4);
  });
});
