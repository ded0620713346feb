/** "Run a Stateless Application Using a Deployment" (kubernetes.io/docs/tasks/run-application/
 * run-stateless-application-deployment) with real kubectl and the manifests from the docs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../helpers/kubectl.js';
import { headerOf, openTutorial, table, type TutorialSession } from './tutorial-session.js';

const hasKubectl = kubectlAvailable();

/** application/deployment.yaml from the docs. */
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
spec:
  selector:
    matchLabels:
      app: nginx
  replicas: 2 # tells deployment to run 2 pods matching the template
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;
/** application/deployment-update.yaml: the same with nginx 1.16.1. */
const UPDATE = DEPLOYMENT.replace('nginx:1.14.2', 'nginx:1.16.1');
/** application/deployment-scale.yaml: 1.16.1 with 4 replicas. */
const SCALE = UPDATE.replace('replicas: 2', 'replicas: 4');

describe.runIf(hasKubectl)('tutorial: run a stateless application using a Deployment', () => {
  let t: TutorialSession;
  beforeAll(async () => {
    t = await openTutorial({ seed: 21 });
  });
  afterAll(() => t?.close());

  it('creates the Deployment and describes it', async () => {
    expect((await t.ok(['apply', '-f', '-'], DEPLOYMENT)).trim()).toBe('deployment.apps/nginx-deployment created');
    await t.step(20);
    const d = await t.ok(['describe', 'deployment', 'nginx-deployment']);
    expect(d).toMatch(/^Name:\s+nginx-deployment$/m);
    expect(d).toMatch(/^Namespace:\s+default$/m);
    expect(d).toMatch(/^Annotations:\s+deployment\.kubernetes\.io\/revision: 1$/m);
    expect(d).toMatch(/^Selector:\s+app=nginx$/m);
    expect(d).toMatch(/^Replicas:\s+2 desired \| 2 updated \| 2 total \| 2 available \| 0 unavailable$/m);
    expect(d).toMatch(/^StrategyType:\s+RollingUpdate$/m);
    expect(d).toMatch(/^MinReadySeconds:\s+0$/m);
    expect(d).toMatch(/^RollingUpdateStrategy:\s+25% max unavailable, 25% max surge$/m);
    expect(d).toMatch(/^\s+Image:\s+nginx:1\.14\.2$/m);
    expect(d).toMatch(/^\s+Port:\s+80\/TCP$/m);
    expect(d).toMatch(/^\s+Available\s+True\s+MinimumReplicasAvailable$/m);
    expect(d).toMatch(/^\s+Progressing\s+True\s+NewReplicaSetAvailable$/m);
    expect(d).toMatch(/^OldReplicaSets:\s+<none>$/m);
    expect(d).toMatch(/^NewReplicaSet:\s+nginx-deployment-[a-z0-9]+ \(2\/2 replicas created\)$/m);
    expect(d).toMatch(/Scaled up replica set nginx-deployment-[a-z0-9]+ from 0 to 2/);
  });

  it('lists the pods by label and describes one', async () => {
    const out = await t.ok(['get', 'pods', '-l', 'app=nginx']);
    expect(headerOf(out)).toBe('NAME READY STATUS RESTARTS AGE');
    const pods = table(out);
    expect(pods).toHaveLength(2);
    for (const p of pods) expect(p).toMatchObject({ NAME: expect.stringMatching(/^nginx-deployment-[a-z0-9]+-[a-z0-9]{5}$/), READY: '1/1', STATUS: 'Running', RESTARTS: '0', AGE: '20s' });
    const d = await t.ok(['describe', 'pod', pods[0]!.NAME!]);
    expect(d).toMatch(/Image:\s+nginx:1\.14\.2/);
    expect(d).toMatch(/Image ID:\s+docker\.io\/library\/nginx@sha256:[0-9a-f]{64}/);
    expect(d).toMatch(/Port:\s+80\/TCP/);
    expect(d).toContain('Started container nginx');
  });

  it('updates to nginx 1.16.1 with a rolling update', async () => {
    const oldPods = table(await t.ok(['get', 'pods', '-l', 'app=nginx'])).map((p) => p.NAME);
    expect((await t.ok(['apply', '-f', '-'], UPDATE)).trim()).toBe('deployment.apps/nginx-deployment configured');
    await t.step(2);
    // One new pod at a time (25% of 2 rounds to 1 surge, 0 unavailable): the old pods still serve.
    const during = table(await t.ok(['get', 'pods', '-l', 'app=nginx']));
    expect(during.filter((p) => oldPods.includes(p.NAME)).every((p) => p.STATUS === 'Running')).toBe(true);
    expect(during.filter((p) => !oldPods.includes(p.NAME))).toHaveLength(1);
    await t.step(60);
    const after = table(await t.ok(['get', 'pods', '-l', 'app=nginx']));
    expect(after).toHaveLength(2);
    expect(after.some((p) => oldPods.includes(p.NAME))).toBe(false);
    expect(after.every((p) => p.STATUS === 'Running')).toBe(true);
    const d = await t.ok(['describe', 'deployment', 'nginx-deployment']);
    expect(d).toMatch(/^\s+Image:\s+nginx:1\.16\.1$/m);
    expect(d).toMatch(/^Annotations:\s+deployment\.kubernetes\.io\/revision: 2$/m);
    expect(d).toMatch(/Scaled down replica set nginx-deployment-[a-z0-9]+ from 2 to 0|Scaled down replica set nginx-deployment-[a-z0-9]+ from 1 to 0/);
    expect(table(await t.ok(['get', 'rs'])).map((r) => r.DESIRED).sort()).toEqual(['0', '2']);
  });

  it('scales to 4 replicas by applying the new manifest', async () => {
    expect((await t.ok(['apply', '-f', '-'], SCALE)).trim()).toBe('deployment.apps/nginx-deployment configured');
    await t.step(20);
    const pods = table(await t.ok(['get', 'pods', '-l', 'app=nginx']));
    expect(pods).toHaveLength(4);
    expect(pods.every((p) => p.STATUS === 'Running' && p.READY === '1/1')).toBe(true);
    expect(table(await t.ok(['get', 'deployment', 'nginx-deployment']))[0]).toMatchObject({ READY: '4/4', 'UP-TO-DATE': '4', AVAILABLE: '4' });
  });

  it('deletes the Deployment and its pods go away', async () => {
    expect((await t.ok(['delete', 'deployment', 'nginx-deployment'])).trim()).toBe('deployment.apps "nginx-deployment" deleted');
    await t.step(1);
    const terminating = table(await t.ok(['get', 'pods', '-l', 'app=nginx']));
    expect(terminating.length === 0 || terminating.every((p) => p.STATUS === 'Terminating')).toBe(true);
    await t.step(35);
    const gone = await t.k(['get', 'pods', '-l', 'app=nginx']);
    expect(gone.stdout).toBe('');
    expect(gone.stderr.trim()).toBe('No resources found in default namespace.');
    expect((await t.k(['get', 'rs'])).stderr.trim()).toBe('No resources found in default namespace.');
  });
});
