/** "Taints and Tolerations" (kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration) with
 * real kubectl: NoSchedule keeps pods off, a toleration lets one on, NoExecute evicts, `key-` removes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../helpers/kubectl.js';
import { openTutorial, table, type TutorialSession } from './tutorial-session.js';

const hasKubectl = kubectlAvailable();

const DEPLOYMENT = (name: string, replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
`;
/** pods/pod-with-toleration.yaml from the docs, pinned to the tainted node by its hostname label. */
const TOLERATING_POD = `apiVersion: v1
kind: Pod
metadata:
  name: nginx
  labels:
    env: test
spec:
  containers:
  - name: nginx
    image: nginx
    imagePullPolicy: IfNotPresent
  tolerations:
  - key: "key1"
    operator: "Exists"
    effect: "NoSchedule"
  nodeSelector:
    kubernetes.io/hostname: worker-1
`;

const nodesOf = async (t: TutorialSession, selector: string) =>
  table(await t.ok(['get', 'pods', '-l', selector, '-o', 'wide'])).map((p) => ({ name: p.NAME!, node: p.NODE!, status: p.STATUS! }));

describe.runIf(hasKubectl)('tutorial: taints and tolerations', () => {
  let t: TutorialSession;
  beforeAll(async () => {
    t = await openTutorial({ seed: 41 });
  });
  afterAll(() => t?.close());

  it('taints a node NoSchedule; new pods avoid it', async () => {
    expect((await t.ok(['taint', 'nodes', 'worker-1', 'key1=value1:NoSchedule'])).trim()).toBe('node/worker-1 tainted');
    expect(await t.ok(['describe', 'node', 'worker-1'])).toMatch(/Taints:\s+key1=value1:NoSchedule/);
    await t.ok(['apply', '-f', '-'], DEPLOYMENT('web', 4));
    await t.step(20);
    const pods = await nodesOf(t, 'app=web');
    expect(pods).toHaveLength(4);
    expect(pods.every((p) => p.node === 'worker-2' && p.status === 'Running')).toBe(true);
  });

  it('a pod that tolerates the taint may run there', async () => {
    expect((await t.ok(['apply', '-f', '-'], TOLERATING_POD)).trim()).toBe('pod/nginx created');
    await t.step(10);
    expect(table(await t.ok(['get', 'pod', 'nginx', '-o', 'wide']))[0]).toMatchObject({ STATUS: 'Running', NODE: 'worker-1' });
    expect(await t.ok(['describe', 'pod', 'nginx'])).toMatch(/Tolerations:\s+key1:NoSchedule op=Exists/);
  });

  it('a pod pinned to the tainted node without a toleration stays Pending', async () => {
    await t.ok(['apply', '-f', '-'], TOLERATING_POD.replace('name: nginx\n', 'name: intolerant\n').replace(/  tolerations:\n(?:  [- ] .*\n)+/, ''));
    await t.step(5);
    expect(table(await t.ok(['get', 'pod', 'intolerant']))[0]).toMatchObject({ STATUS: 'Pending' });
    expect(await t.ok(['describe', 'pod', 'intolerant'])).toContain(
      // Reasons are sorted as strings, like the scheduler's FitError.
      "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {key1: value1}, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
    await t.ok(['delete', 'pod', 'intolerant', '--wait=false']);
  });

  it('a NoExecute taint evicts the pods that do not tolerate it', async () => {
    await t.ok(['taint', 'nodes', 'worker-1', 'key1=value1:NoSchedule-']);
    await t.ok(['rollout', 'restart', 'deployment/web']);
    await t.step(60);
    const spread = await nodesOf(t, 'app=web');
    expect(spread.filter((p) => p.status === 'Running')).toHaveLength(4);
    expect(spread.some((p) => p.node === 'worker-1')).toBe(true);

    expect((await t.ok(['taint', 'nodes', 'worker-1', 'evict=now:NoExecute'])).trim()).toBe('node/worker-1 tainted');
    await t.step(1);
    const evicted = await t.ok(['get', 'events', '--field-selector', 'reason=TaintManagerEviction']);
    expect(evicted).toMatch(/Normal\s+TaintManagerEviction\s+pod\/web-\S+\s+Marking for deletion Pod default\/web-/);
    // The tolerating pod only tolerates key1, so it is evicted too.
    await t.step(40);
    const after = await nodesOf(t, 'app=web');
    expect(after.filter((p) => p.status === 'Running')).toHaveLength(4);
    expect(after.every((p) => p.node === 'worker-2')).toBe(true);
    expect((await t.k(['get', 'pod', 'nginx'])).stderr).toContain('pods "nginx" not found');
  });

  it('removes the taint with key- and the node takes pods again', async () => {
    expect((await t.ok(['taint', 'nodes', 'worker-1', 'evict-'])).trim()).toBe('node/worker-1 untainted');
    expect(await t.ok(['describe', 'node', 'worker-1'])).toMatch(/Taints:\s+<none>/);
    await t.ok(['scale', 'deployment/web', '--replicas=8']);
    await t.step(20);
    const pods = await nodesOf(t, 'app=web');
    expect(pods.filter((p) => p.status === 'Running')).toHaveLength(8);
    expect(pods.some((p) => p.node === 'worker-1')).toBe(true);
  });
});
