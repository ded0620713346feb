/** The "Learn Kubernetes Basics" tutorial (kubernetes.io/docs/tutorials/kubernetes-basics), module by module,
 * with real kubectl; simulated time is stepped instead of waited for. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../helpers/kubectl.js';
import { headerOf, openTutorial, table, type TutorialSession } from './tutorial-session.js';

const hasKubectl = kubectlAvailable();
const APP = 'kubernetes-bootcamp';

describe.runIf(hasKubectl)('tutorial: Learn Kubernetes Basics', () => {
  let t: TutorialSession;
  let podName = '';

  beforeAll(async () => {
    t = await openTutorial({ seed: 11 });
  });
  afterAll(() => t?.close());

  it('1. create a cluster: cluster-info and nodes', async () => {
    expect(await t.ok(['version'])).toMatch(/Server Version: v1\.32\./);
    const info = await t.ok(['cluster-info']);
    expect(info).toMatch(/Kubernetes control plane is running at http:\/\/\S+\/clusters\/\S+/);
    expect(info).toContain('CoreDNS is running at');
    const nodes = await t.ok(['get', 'nodes']);
    expect(headerOf(nodes)).toBe('NAME STATUS ROLES AGE VERSION');
    expect(table(nodes).map((n) => [n.NAME, n.STATUS, n.ROLES, n.VERSION])).toEqual([
      ['control-plane', 'Ready', 'control-plane', 'v1.32.0'],
      ['worker-1', 'Ready', '<none>', 'v1.32.0'],
      ['worker-2', 'Ready', '<none>', 'v1.32.0'],
    ]);
  });

  it('2. deploy an app: create deployment, READY 1/1', async () => {
    expect((await t.ok(['create', 'deployment', APP, '--image=gcr.io/google-samples/kubernetes-bootcamp:v1'])).trim()).toBe(`deployment.apps/${APP} created`);
    const before = table(await t.ok(['get', 'deployments']));
    expect(before).toEqual([{ NAME: APP, READY: '0/1', 'UP-TO-DATE': '1', AVAILABLE: '0', AGE: '0s' }]);
    await t.step(20);
    const after = await t.ok(['get', 'deployments']);
    expect(headerOf(after)).toBe('NAME READY UP-TO-DATE AVAILABLE AGE');
    expect(table(after)).toEqual([{ NAME: APP, READY: '1/1', 'UP-TO-DATE': '1', AVAILABLE: '1', AGE: '20s' }]);
  });

  it('3. explore: get pods, describe pods, logs', async () => {
    const pods = table(await t.ok(['get', 'pods']));
    expect(pods).toHaveLength(1);
    expect(pods[0]).toMatchObject({ READY: '1/1', STATUS: 'Running', RESTARTS: '0' });
    podName = pods[0]!.NAME!;
    expect(podName).toMatch(/^kubernetes-bootcamp-[a-z0-9]{9,10}-[a-z0-9]{5}$/);

    const d = await t.ok(['describe', 'pods']);
    for (const section of ['Name:', 'Namespace:', 'Node:', 'Start Time:', 'Labels:', 'Status:', 'IP:', 'Controlled By:', 'Containers:', 'Conditions:', 'QoS Class:', 'Events:']) {
      expect(d).toContain(section);
    }
    expect(d).toMatch(/Status:\s+Running/);
    expect(d).toMatch(/Labels:\s+app=kubernetes-bootcamp\n\s+pod-template-hash=/);
    expect(d).toMatch(/Controlled By:\s+ReplicaSet\/kubernetes-bootcamp-/);
    expect(d).toMatch(/Image:\s+gcr\.io\/google-samples\/kubernetes-bootcamp:v1/);
    expect(d).toMatch(/State:\s+Running/);
    expect(d).toMatch(/QoS Class:\s+BestEffort/);
    // The kubelet's events, in the order they happened.
    const reasons = [...d.slice(d.indexOf('Events:')).matchAll(/^\s+Normal\s+(\w+)\s/gm)].map((m) => m[1]);
    expect(reasons).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    expect(d).toMatch(/default-scheduler\s+Successfully assigned default\/kubernetes-bootcamp-\S+ to worker-\d/);
    expect(d).toContain('Pulling image "gcr.io/google-samples/kubernetes-bootcamp:v1"');
    expect(d).toMatch(/Successfully pulled image "gcr\.io\/google-samples\/kubernetes-bootcamp:v1" in [\d.]+m?s \([\d.]+m?s including waiting\)\. Image size: \d+ bytes\./);
    expect(d).toContain('Created container: kubernetes-bootcamp');
    expect(d).toContain('Started container kubernetes-bootcamp');

    // What the bootcamp app's server.js prints when it starts listening.
    const logs = await t.ok(['logs', podName]);
    expect(logs).toMatch(new RegExp(`^Kubernetes Bootcamp App Started At: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z \\| Running On:  ${podName} \\n`));
  });

  it('4. expose: NodePort service, labels, delete by label', async () => {
    const svcs = table(await t.ok(['get', 'services']));
    expect(svcs).toEqual([{ NAME: 'kubernetes', TYPE: 'ClusterIP', 'CLUSTER-IP': '10.96.0.1', 'EXTERNAL-IP': '<none>', 'PORT(S)': '443/TCP', AGE: expect.any(String) }]);

    expect((await t.ok(['expose', `deployment/${APP}`, '--type=NodePort', '--port', '8080'])).trim()).toBe(`service/${APP} exposed`);
    await t.step(1);
    const exposed = table(await t.ok(['get', 'services'])).find((s) => s.NAME === APP)!;
    expect(exposed.TYPE).toBe('NodePort');
    expect(exposed['EXTERNAL-IP']).toBe('<none>');
    const [port, nodePort] = exposed['PORT(S)']!.replace('/TCP', '').split(':').map(Number);
    expect(port).toBe(8080);
    expect(nodePort).toBeGreaterThanOrEqual(30000);
    expect(nodePort).toBeLessThanOrEqual(32767);

    const d = await t.ok(['describe', `services/${APP}`]);
    expect(d).toMatch(/Selector:\s+app=kubernetes-bootcamp/);
    expect(d).toMatch(/Type:\s+NodePort/);
    expect(d).toMatch(/Port:\s+<unset>\s+8080\/TCP/);
    expect(d).toMatch(/TargetPort:\s+8080\/TCP/);
    expect(d).toMatch(new RegExp(`NodePort:\\s+<unset>\\s+${nodePort}/TCP`));
    expect(d).toMatch(/Endpoints:\s+10\.244\.\d+\.\d+:8080/);
    // The tutorial reads the node port with a go-template.
    expect(await t.ok(['get', `services/${APP}`, '-o', 'go-template={{(index .spec.ports 0).nodePort}}'])).toBe(String(nodePort));

    expect(table(await t.ok(['get', 'pods', '-l', 'app=kubernetes-bootcamp'])).map((p) => p.NAME)).toEqual([podName]);
    expect(table(await t.ok(['get', 'services', '-l', 'app=kubernetes-bootcamp'])).map((s) => s.NAME)).toEqual([APP]);
    expect((await t.ok(['label', 'pods', podName, 'version=v1'])).trim()).toBe(`pod/${podName} labeled`);
    expect(await t.ok(['describe', 'pods', podName])).toMatch(/Labels:\s+app=kubernetes-bootcamp\n\s+pod-template-hash=\S+\n\s+version=v1/);
    expect(table(await t.ok(['get', 'pods', '-l', 'version=v1'])).map((p) => p.NAME)).toEqual([podName]);

    expect((await t.ok(['delete', 'service', '-l', 'app=kubernetes-bootcamp'])).trim()).toBe(`service "${APP}" deleted`);
    expect(table(await t.ok(['get', 'services'])).map((s) => s.NAME)).toEqual(['kubernetes']);
    // The app keeps running without its Service.
    expect(table(await t.ok(['get', 'pods']))[0]).toMatchObject({ NAME: podName, STATUS: 'Running' });
  });

  it('5. scale: up to 4 spread over the workers, then down to 2', async () => {
    const rs = await t.ok(['get', 'rs']);
    expect(headerOf(rs)).toBe('NAME DESIRED CURRENT READY AGE');
    expect(table(rs)[0]).toMatchObject({ DESIRED: '1', CURRENT: '1', READY: '1' });

    expect((await t.ok(['scale', `deployments/${APP}`, '--replicas=4'])).trim()).toBe(`deployment.apps/${APP} scaled`);
    await t.step(20);
    expect(table(await t.ok(['get', 'deployments']))[0]).toMatchObject({ READY: '4/4', 'UP-TO-DATE': '4', AVAILABLE: '4' });
    expect(table(await t.ok(['get', 'rs']))[0]).toMatchObject({ DESIRED: '4', CURRENT: '4', READY: '4' });

    const wide = await t.ok(['get', 'pods', '-o', 'wide']);
    expect(headerOf(wide)).toBe('NAME READY STATUS RESTARTS AGE IP NODE NOMINATED NODE READINESS GATES');
    const pods = table(wide);
    expect(pods).toHaveLength(4);
    expect(pods.every((p) => p.STATUS === 'Running' && /^10\.244\.\d+\.\d+$/.test(p.IP!))).toBe(true);
    expect(new Set(pods.map((p) => p.IP)).size).toBe(4);
    // The scheduler spreads the replicas over both workers and keeps them off the tainted control plane.
    expect(new Set(pods.map((p) => p.NODE))).toEqual(new Set(['worker-1', 'worker-2']));

    const d = await t.ok(['describe', `deployments/${APP}`]);
    expect(d).toMatch(/Replicas:\s+4 desired \| 4 updated \| 4 total \| 4 available \| 0 unavailable/);
    expect(d).toMatch(/StrategyType:\s+RollingUpdate/);
    expect(d).toMatch(/RollingUpdateStrategy:\s+25% max unavailable, 25% max surge/);
    expect(d).toMatch(/NewReplicaSet:\s+kubernetes-bootcamp-\S+ \(4\/4 replicas created\)/);
    expect(d).toMatch(/ScalingReplicaSet\s+.*deployment-controller\s+Scaled up replica set kubernetes-bootcamp-\S+ from 1 to 4/);

    expect((await t.ok(['scale', `deployments/${APP}`, '--replicas=2'])).trim()).toBe(`deployment.apps/${APP} scaled`);
    expect(table(await t.ok(['get', 'deployments']))[0]).toMatchObject({ READY: '2/2', 'UP-TO-DATE': '2', AVAILABLE: '2' });
    await t.step(40);
    expect(table(await t.ok(['get', 'pods', '-o', 'wide'])).filter((p) => p.STATUS === 'Running')).toHaveLength(2);
    expect(table(await t.ok(['get', 'pods']))).toHaveLength(2);
    expect(await t.ok(['describe', `deployments/${APP}`])).toMatch(/Scaled down replica set kubernetes-bootcamp-\S+ from 4 to 2/);
  });

  it('6. update: rolling update to v2, a broken v10, and rollout undo', async () => {
    expect((await t.ok(['set', 'image', `deployments/${APP}`, `${APP}=docker.io/jocatalin/kubernetes-bootcamp:v2`])).trim()).toBe(`deployment.apps/${APP} image updated`);
    await t.step(2);
    // The new pod is starting while the old ones still serve.
    const during = table(await t.ok(['get', 'pods']));
    expect(during.length).toBeGreaterThan(2);
    expect(during.some((p) => p.STATUS === 'ContainerCreating' || p.STATUS === 'Pending')).toBe(true);
    await t.step(60);
    expect((await t.ok(['rollout', 'status', `deployments/${APP}`])).trim()).toBe(`deployment "${APP}" successfully rolled out`);
    const images = [...(await t.ok(['describe', 'pods'])).matchAll(/^\s+Image:\s+(\S+)$/gm)].map((m) => m[1]);
    expect(images).toEqual(['docker.io/jocatalin/kubernetes-bootcamp:v2', 'docker.io/jocatalin/kubernetes-bootcamp:v2']);

    // Re-expose (the previous module deleted the Service), as the tutorial suggests.
    await t.ok(['expose', `deployment/${APP}`, '--type=NodePort', '--port', '8080']);

    await t.ok(['set', 'image', `deployments/${APP}`, `${APP}=gcr.io/google-samples/kubernetes-bootcamp:v10`]);
    await t.step(30);
    // The rollout is stuck: one updated pod, not available; the old two keep serving.
    expect(table(await t.ok(['get', 'deployments']))[0]).toMatchObject({ READY: '2/2', 'UP-TO-DATE': '1', AVAILABLE: '2' });
    const pods = table(await t.ok(['get', 'pods']));
    const broken = pods.filter((p) => p.READY === '0/1');
    expect(broken).toHaveLength(1);
    expect(['ImagePullBackOff', 'ErrImagePull']).toContain(broken[0]!.STATUS);
    const affected = await t.ok(['get', 'pods', '--field-selector', 'status.phase=Pending', '-o', 'go-template', '--template', '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}']);
    expect(affected.trim()).toBe(broken[0]!.NAME);
    const d = await t.ok(['describe', 'pod', affected.trim()]);
    expect(d).toContain('Failed to pull image "gcr.io/google-samples/kubernetes-bootcamp:v10"');
    expect(d).toContain('gcr.io/google-samples/kubernetes-bootcamp:v10: not found');
    expect(d).toMatch(/Warning\s+Failed\s+.*Error: ErrImagePull/);
    expect(d).toMatch(/Warning\s+Failed\s+.*Error: ImagePullBackOff/);
    expect(d).toMatch(/Normal\s+BackOff\s+.*Back-off pulling image "gcr\.io\/google-samples\/kubernetes-bootcamp:v10"/);
    expect(d).toMatch(/Reason:\s+ImagePullBackOff|Reason:\s+ErrImagePull/);

    expect((await t.ok(['rollout', 'undo', `deployments/${APP}`])).trim()).toBe(`deployment.apps/${APP} rolled back`);
    await t.step(10);
    const back = table(await t.ok(['get', 'pods']));
    expect(back).toHaveLength(2);
    expect(back.every((p) => p.STATUS === 'Running' && p.READY === '1/1')).toBe(true);
    const imagesAfter = [...(await t.ok(['describe', 'pods'])).matchAll(/^\s+Image:\s+(\S+)$/gm)].map((m) => m[1]);
    expect(imagesAfter).toEqual(['docker.io/jocatalin/kubernetes-bootcamp:v2', 'docker.io/jocatalin/kubernetes-bootcamp:v2']);
    // Undo adopted the v2 ReplicaSet again rather than making a fourth one.
    const sets = table(await t.ok(['get', 'rs']));
    expect(sets).toHaveLength(3);
    expect(sets.filter((s) => s.DESIRED !== '0')).toHaveLength(1);

    const cleanup = await t.ok(['delete', `deployments/${APP}`, `services/${APP}`]);
    expect(cleanup).toContain(`deployment.apps "${APP}" deleted`);
    expect(cleanup).toContain(`service "${APP}" deleted`);
  });
});
