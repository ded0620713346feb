/** The DaemonSet example (kubernetes.io/docs/concepts/workloads/controllers/daemonset) and deleting a
 * namespace with content (kubernetes.io/docs/tasks/administer-cluster/namespaces), with real kubectl. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../helpers/kubectl.js';
import { headerOf, openTutorial, table, type TutorialSession } from './tutorial-session.js';

const hasKubectl = kubectlAvailable();

/** controllers/daemonset.yaml from the docs. */
const DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: fluentd-elasticsearch
  namespace: kube-system
  labels:
    k8s-app: fluentd-logging
spec:
  selector:
    matchLabels:
      name: fluentd-elasticsearch
  template:
    metadata:
      labels:
        name: fluentd-elasticsearch
    spec:
      tolerations:
      # these tolerations are to have the daemonset runnable on control plane nodes
      # remove them if your control plane nodes should not run pods
      - key: node-role.kubernetes.io/control-plane
        operator: Exists
        effect: NoSchedule
      - key: node-role.kubernetes.io/master
        operator: Exists
        effect: NoSchedule
      containers:
      - name: fluentd-elasticsearch
        image: quay.io/fluentd_elasticsearch/fluentd:v2.5.2
        resources:
          limits:
            memory: 200Mi
          requests:
            cpu: 100m
            memory: 200Mi
        volumeMounts:
        - name: varlog
          mountPath: /var/log
      # it may be desirable to set a high priority class to ensure that a DaemonSet Pod
      # preempts running Pods
      # priorityClassName: important
      terminationGracePeriodSeconds: 30
      volumes:
      - name: varlog
        hostPath:
          path: /var/log
`;

describe.runIf(hasKubectl)('tutorial: a DaemonSet on every node, and deleting a namespace', () => {
  let t: TutorialSession;
  beforeAll(async () => {
    t = await openTutorial({ seed: 111 });
  });
  afterAll(() => t?.close());

  it('runs one fluentd pod on every node, the control plane included', async () => {
    expect((await t.ok(['apply', '-f', '-'], DAEMONSET)).trim()).toBe('daemonset.apps/fluentd-elasticsearch created');
    await t.step(40);
    const ds = await t.ok(['get', 'ds', 'fluentd-elasticsearch', '-n', 'kube-system']);
    expect(headerOf(ds)).toBe('NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE');
    expect(table(ds)[0]).toMatchObject({ DESIRED: '3', CURRENT: '3', READY: '3', 'UP-TO-DATE': '3', AVAILABLE: '3', 'NODE SELECTOR': '<none>' });
    const pods = table(await t.ok(['get', 'pods', '-n', 'kube-system', '-l', 'name=fluentd-elasticsearch', '-o', 'wide']));
    expect(pods.map((p) => p.NODE).sort()).toEqual(['control-plane', 'worker-1', 'worker-2']);
    expect(pods.every((p) => p.STATUS === 'Running')).toBe(true);
  });

  it('a DaemonSet without the control-plane toleration skips the tainted control plane', async () => {
    const workersOnly = DAEMONSET.replace('name: fluentd-elasticsearch\n  namespace', 'name: workers-only\n  namespace').replace(/      tolerations:\n(?:      [-#\s].*\n)+?      containers:/, '      containers:');
    await t.ok(['apply', '-f', '-'], workersOnly);
    await t.step(40);
    expect(table(await t.ok(['get', 'ds', 'workers-only', '-n', 'kube-system']))[0]).toMatchObject({ DESIRED: '2', READY: '2' });
  });

  it('cordoning a node keeps its DaemonSet pod (they tolerate node.kubernetes.io/unschedulable)', async () => {
    await t.ok(['cordon', 'worker-2']);
    await t.step(5);
    expect(table(await t.ok(['get', 'ds', 'fluentd-elasticsearch', '-n', 'kube-system']))[0]).toMatchObject({ DESIRED: '3', READY: '3' });
    await t.ok(['uncordon', 'worker-2']);
  });

  it('deleting a namespace deletes everything in it, showing Terminating meanwhile', async () => {
    expect((await t.ok(['create', 'namespace', 'demo'])).trim()).toBe('namespace/demo created');
    await t.ok(['create', 'deployment', 'app', '--image=nginx', '--replicas=2', '-n', 'demo']);
    await t.ok(['create', 'configmap', 'settings', '--from-literal=mode=demo', '-n', 'demo']);
    await t.ok(['expose', 'deployment', 'app', '--port=80', '-n', 'demo']);
    await t.step(20);
    expect(table(await t.ok(['get', 'pods', '-n', 'demo'])).filter((p) => p.STATUS === 'Running')).toHaveLength(2);

    expect((await t.ok(['delete', 'namespace', 'demo', '--wait=false'])).trim()).toBe('namespace "demo" deleted');
    expect(table(await t.ok(['get', 'namespace', 'demo']))[0]).toMatchObject({ NAME: 'demo', STATUS: 'Terminating' });
    const refused = await t.k(['create', 'configmap', 'late', '-n', 'demo']);
    expect(refused.stderr).toContain('configmaps "late" is forbidden: unable to create new content in namespace demo because it is being terminated');
    await t.step(40);
    const gone = await t.k(['get', 'namespace', 'demo']);
    expect(gone.stderr.trim()).toBe('Error from server (NotFound): namespaces "demo" not found');
    const all = await t.k(['get', 'all', '-n', 'demo']);
    expect(all.stderr.trim()).toBe('No resources found in demo namespace.');
  });
});
