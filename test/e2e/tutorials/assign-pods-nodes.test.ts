/** "Assign Pods to Nodes" and "Assign Pods to Nodes using Node Affinity" (kubernetes.io/docs/tasks/
 * configure-pod-container/assign-pods-nodes[-using-node-affinity]) with real kubectl. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../helpers/kubectl.js';
import { openTutorial, table, type TutorialSession } from './tutorial-session.js';

const hasKubectl = kubectlAvailable();

/** pods/pod-nginx.yaml from the docs. */
const POD_NGINX = `apiVersion: v1
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
  nodeSelector:
    disktype: ssd
`;
/** pods/pod-nginx-specific-node.yaml, with the tutorial's node name replaced by ours. */
const POD_SPECIFIC_NODE = `apiVersion: v1
kind: Pod
metadata:
  name: nginx-specific
spec:
  nodeName: worker-1 # schedule pod to specific node
  containers:
  - name: nginx
    image: nginx
    imagePullPolicy: IfNotPresent
`;
/** pods/pod-nginx-required-affinity.yaml. */
const POD_REQUIRED_AFFINITY = `apiVersion: v1
kind: Pod
metadata:
  name: nginx-affinity
spec:
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchExpressions:
          - key: disktype
            operator: In
            values:
            - ssd
  containers:
  - name: nginx
    image: nginx
    imagePullPolicy: IfNotPresent
`;

describe.runIf(hasKubectl)('tutorial: assign Pods to Nodes', () => {
  let t: TutorialSession;
  beforeAll(async () => {
    t = await openTutorial({ seed: 31 });
  });
  afterAll(() => t?.close());

  it('labels a node disktype=ssd and shows it with --show-labels', async () => {
    expect((await t.ok(['label', 'nodes', 'worker-2', 'disktype=ssd'])).trim()).toBe('node/worker-2 labeled');
    const nodes = table(await t.ok(['get', 'nodes', '--show-labels']));
    const labelled = nodes.filter((n) => n.LABELS!.split(',').includes('disktype=ssd')).map((n) => n.NAME);
    expect(labelled).toEqual(['worker-2']);
    expect(nodes.find((n) => n.NAME === 'worker-2')!.LABELS).toContain('kubernetes.io/hostname=worker-2');
  });

  it('a pod with nodeSelector disktype=ssd lands on the labelled node', async () => {
    expect((await t.ok(['apply', '-f', '-'], POD_NGINX)).trim()).toBe('pod/nginx created');
    await t.step(10);
    const [pod] = table(await t.ok(['get', 'pods', '--output=wide']));
    expect(pod).toMatchObject({ NAME: 'nginx', READY: '1/1', STATUS: 'Running', NODE: 'worker-2' });
    expect(await t.ok(['describe', 'pod', 'nginx'])).toMatch(/Node-Selectors:\s+disktype=ssd/);
  });

  it('a pod with required node affinity lands on the labelled node too', async () => {
    expect((await t.ok(['apply', '-f', '-'], POD_REQUIRED_AFFINITY)).trim()).toBe('pod/nginx-affinity created');
    await t.step(10);
    expect(table(await t.ok(['get', 'pod', 'nginx-affinity', '-o', 'wide']))[0]).toMatchObject({ STATUS: 'Running', NODE: 'worker-2' });
  });

  it('a pod with nodeName skips the scheduler and runs on that node', async () => {
    expect((await t.ok(['apply', '-f', '-'], POD_SPECIFIC_NODE)).trim()).toBe('pod/nginx-specific created');
    await t.step(10);
    expect(table(await t.ok(['get', 'pod', 'nginx-specific', '-o', 'wide']))[0]).toMatchObject({ STATUS: 'Running', NODE: 'worker-1' });
    // No scheduler was involved, so there is no Scheduled event.
    const d = await t.ok(['describe', 'pod', 'nginx-specific']);
    expect(d).not.toContain('default-scheduler');
    expect(d).toContain('Started container nginx');
  });

  it('a nodeSelector no node matches stays Pending with the scheduler explaining why', async () => {
    await t.ok(['apply', '-f', '-'], POD_NGINX.replace('name: nginx\n', 'name: nginx-nvme\n').replace('disktype: ssd', 'disktype: nvme'));
    await t.step(5);
    expect(table(await t.ok(['get', 'pod', 'nginx-nvme', '-o', 'wide']))[0]).toMatchObject({ READY: '0/1', STATUS: 'Pending', NODE: '<none>' });
    const d = await t.ok(['describe', 'pod', 'nginx-nvme']);
    expect(d).toMatch(/PodScheduled\s+False/);
    expect(d).toContain(
      "Warning  FailedScheduling",
    );
    expect(d).toContain(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
    // Labelling a node makes the pending pod schedulable.
    await t.ok(['label', 'nodes', 'worker-1', 'disktype=nvme']);
    await t.step(10);
    expect(table(await t.ok(['get', 'pod', 'nginx-nvme', '-o', 'wide']))[0]).toMatchObject({ STATUS: 'Running', NODE: 'worker-1' });
  });

  it('removes a node label with key-', async () => {
    expect((await t.ok(['label', 'nodes', 'worker-2', 'disktype-'])).trim()).toBe('node/worker-2 unlabeled');
    const nodes = table(await t.ok(['get', 'nodes', '-L', 'disktype']));
    expect(nodes.find((n) => n.NAME === 'worker-2')!.DISKTYPE).toBe('');
    expect(nodes.find((n) => n.NAME === 'worker-1')!.DISKTYPE).toBe('nvme');
    // Scheduling is IgnoredDuringExecution: the running pod stays.
    expect(table(await t.ok(['get', 'pod', 'nginx']))[0]).toMatchObject({ STATUS: 'Running' });
  });
});
