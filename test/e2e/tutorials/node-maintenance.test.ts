/** Node maintenance with real kubectl ("Safely Drain a Node", kubernetes.io/docs/tasks/administer-cluster/
 * safely-drain-node): `kubectl top`, cordon, drain with evictions, uncordon. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../helpers/kubectl.js';
import { until } from '../../helpers/k8s-http.js';
import { headerOf, openTutorial, table, type TutorialSession } from './tutorial-session.js';

const hasKubectl = kubectlAvailable();

describe.runIf(hasKubectl)('tutorial: top, cordon, drain and uncordon', () => {
  let t: TutorialSession;
  const webPods = async () => table(await t.ok(['get', 'pods', '-l', 'app=web', '-o', 'wide']));

  beforeAll(async () => {
    t = await openTutorial({ seed: 71 });
    await t.ok(['create', 'deployment', 'web', '--image=nginx:1.25', '--replicas=4']);
    await t.step(30);
  });
  afterAll(() => t?.close());

  it('kubectl top nodes and pods read the simulated metrics', async () => {
    const nodes = await t.ok(['top', 'nodes']);
    expect(headerOf(nodes)).toBe('NAME CPU(cores) CPU(%) MEMORY(bytes) MEMORY(%)');
    const rows = table(nodes);
    expect(rows.map((r) => r.NAME)).toEqual(['control-plane', 'worker-1', 'worker-2']);
    for (const r of rows) {
      expect(r['CPU(cores)']).toMatch(/^\d+m$/);
      expect(r['CPU(%)']).toMatch(/^\d+%$/);
      expect(r['MEMORY(bytes)']).toMatch(/^\d+Mi$/);
      expect(r['MEMORY(%)']).toMatch(/^\d+%$/);
    }
    const pods = await t.ok(['top', 'pods']);
    expect(headerOf(pods)).toBe('NAME CPU(cores) MEMORY(bytes)');
    expect(table(pods).filter((p) => p.NAME!.startsWith('web-'))).toHaveLength(4);
    const system = table(await t.ok(['top', 'pods', '-n', 'kube-system']));
    const apiserver = system.find((p) => p.NAME === 'kube-apiserver-control-plane')!;
    expect(Number(apiserver['CPU(cores)']!.replace('m', ''))).toBeGreaterThan(0);
    expect(Number(apiserver['MEMORY(bytes)']!.replace('Mi', ''))).toBeGreaterThan(100);
  });

  it('cordon marks the node SchedulingDisabled and new pods avoid it', async () => {
    expect((await t.ok(['cordon', 'worker-1'])).trim()).toBe('node/worker-1 cordoned');
    await t.step(1);
    const nodes = table(await t.ok(['get', 'nodes']));
    expect(nodes.find((n) => n.NAME === 'worker-1')!.STATUS).toBe('Ready,SchedulingDisabled');
    expect(await t.ok(['describe', 'node', 'worker-1'])).toMatch(/Unschedulable:\s+true/);
    expect(await t.ok(['describe', 'node', 'worker-1'])).toMatch(/Taints:\s+node\.kubernetes\.io\/unschedulable:NoSchedule/);
    const before = (await webPods()).filter((p) => p.NODE === 'worker-1').length;
    await t.ok(['scale', 'deployment/web', '--replicas=6']);
    await t.step(20);
    const pods = await webPods();
    expect(pods.filter((p) => p.STATUS === 'Running')).toHaveLength(6);
    expect(pods.filter((p) => p.NODE === 'worker-1')).toHaveLength(before);
  });

  it('drain evicts the pods, skipping DaemonSet pods, and they come back elsewhere', async () => {
    const onWorker1 = (await webPods()).filter((p) => p.NODE === 'worker-1').map((p) => p.NAME!);
    expect(onWorker1.length).toBeGreaterThan(0);
    const drain = t.start(['drain', 'worker-1', '--ignore-daemonsets', '--timeout=30s'], 25_000);
    // Once kubectl has posted every eviction (each pod is terminating), let the pods terminate in simulated time.
    await until(async () => {
      const list = await t.get('/api/v1/namespaces/default/pods?labelSelector=app%3Dweb');
      return onWorker1.every((name) => list.items.find((p: { metadata: { name: string } }) => p.metadata.name === name)?.metadata.deletionTimestamp);
    }, 'kubectl drain to evict every web pod on worker-1');
    await t.step(35);
    const r = await drain.done;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('node/worker-1 already cordoned');
    expect(r.stderr).toMatch(/Warning: ignoring DaemonSet-managed Pods: kube-system\/kube-proxy-[a-z0-9]{5}/);
    expect(r.stdout).toMatch(/evicting pod default\/web-\S+/);
    expect(r.stdout).toMatch(/pod\/web-\S+ evicted/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('node/worker-1 drained');
    await t.step(20);
    const pods = await webPods();
    expect(pods.filter((p) => p.STATUS === 'Running')).toHaveLength(6);
    expect(pods.every((p) => p.NODE === 'worker-2')).toBe(true);
    // The DaemonSet's kube-proxy stays on the drained node.
    const proxies = table(await t.ok(['get', 'pods', '-n', 'kube-system', '-l', 'k8s-app=kube-proxy', '-o', 'wide']));
    expect(proxies.map((p) => p.NODE).sort()).toEqual(['control-plane', 'worker-1', 'worker-2']);
  });

  it('uncordon makes the node schedulable again', async () => {
    expect((await t.ok(['uncordon', 'worker-1'])).trim()).toBe('node/worker-1 uncordoned');
    expect(table(await t.ok(['get', 'nodes'])).find((n) => n.NAME === 'worker-1')!.STATUS).toBe('Ready');
    await t.ok(['scale', 'deployment/web', '--replicas=8']);
    await t.step(20);
    const pods = await webPods();
    expect(pods.filter((p) => p.STATUS === 'Running')).toHaveLength(8);
    expect(pods.some((p) => p.NODE === 'worker-1')).toBe(true);
  });
});
