/** The in-browser kubectl against real kubectl: the same commands on the same cluster state, with the clock
 * paused so server-computed ages agree, must print the same text. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { kubectlAvailable, kubectlFor } from '../helpers/kubectl.js';
import { runKubectl } from '../../shared/kubectl/run.js';
import { fetchClient } from '../../shared/kubectl/client.js';
import type { CreatedPlayground } from '../../shared/api/product.js';

const hasKubectl = kubectlAvailable();

const MANIFESTS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
    tier: front
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        tier: front
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
        resources:
          requests:
            cpu: 100m
            memory: 64Mi
          limits:
            memory: 128Mi
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 80
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
---
apiVersion: v1
kind: Namespace
metadata:
  name: team-a
---
apiVersion: v1
kind: Pod
metadata:
  name: lonely
  namespace: team-a
  labels:
    app: lonely
spec:
  containers:
  - name: busybox
    image: busybox:1.36
    command: ["sleep", "3600"]
`;

interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/** Masks what real kubectl computes from the wall clock in describe: the Age column of events and of a node's
 * pods (a column is set off by two spaces, unlike prose such as `for 300s`). */
const wallClock = (s: string) => s.replace(/(?<= {2})(\d+[smhd]){1,2}(?= {2}|$)/gm, '<age>');

describe.runIf(hasKubectl)('in-browser kubectl matches real kubectl', () => {
  let server: TestServer;
  let pg: CreatedPlayground;
  let real: ReturnType<typeof kubectlFor>;

  async function web(args: string[], stdin?: string): Promise<Output> {
    let stdout = '';
    let stderr = '';
    const code = await runKubectl(args, fetchClient(pg.kubeServer), {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      stdin,
      now: () => Date.now(),
    }, { namespace: 'default', serverUrl: pg.kubeServer });
    return { code, stdout, stderr };
  }

  async function clock(body: Record<string, unknown>) {
    const res = await fetch(`${server.url}/api/playgrounds/${encodeURIComponent(pg.editKey)}/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
  }

  /** Runs `args` through both and expects identical output and exit status. */
  async function same(args: string[], normalise: (s: string) => string = (s) => s, expectOk = true) {
    const [a, b] = [await real(args), await web(args)];
    if (expectOk) expect.soft(a.stderr, `real kubectl ${args.join(' ')}`).toBe('');
    expect.soft({ code: b.code === 0 ? 0 : 1, stdout: normalise(b.stdout), stderr: normalise(b.stderr) }, args.join(' ')).toEqual({
      code: a.code === 0 ? 0 : 1,
      stdout: normalise(a.stdout),
      stderr: normalise(a.stderr),
    });
  }

  beforeAll(async () => {
    server = await startTestServer();
    pg = await server.createPlayground({ seed: 11 });
    real = kubectlFor(pg.kubeServer);
    const applied = await real(['apply', '-f', '-'], MANIFESTS);
    expect(applied.stderr).toBe('');
    // Let everything start, then freeze time so every AGE column is the same for both.
    await clock({ action: 'pause' });
    await clock({ action: 'step', seconds: 30 });
  });
  afterAll(() => server?.close());

  it('prints the same tables for get', async () => {
    for (const args of [
      ['get', 'pods'],
      ['get', 'pods', '-o', 'wide'],
      ['get', 'pods', '-A'],
      ['get', 'pods', '--show-labels'],
      ['get', 'pods', '-l', 'app=web'],
      ['get', 'pods', '-l', 'app!=web', '-A'],
      ['get', 'pods', '-L', 'tier'],
      ['get', 'deploy'],
      ['get', 'deploy', '-o', 'wide'],
      ['get', 'deployments.apps', 'web'],
      ['get', 'rs'],
      ['get', 'svc'],
      ['get', 'svc', '-o', 'wide', '-A'],
      ['get', 'nodes'],
      ['get', 'nodes', '-o', 'wide'],
      ['get', 'nodes', '--show-labels'],
      ['get', 'ns'],
      ['get', 'cm'],
      ['get', 'all'],
      ['get', 'all', '-A'],
      ['get', 'pods', '-n', 'team-a'],
      ['get', 'deploy,svc'],
      ['get', 'pods', '-A', '-o', 'wide'],
      ['get', 'pods', '-A', '--sort-by=.metadata.name'],
      ['get', 'pods', '--field-selector', 'status.phase=Running'],
      ['get', 'endpoints'],
      ['get', 'ds', '-A'],
      ['get', 'sa'],
      ['get', 'pods', '-n', 'kube-system', '-l', 'component'],
      ['get', 'nodes', '-L', 'kubernetes.io/hostname'],
    ]) {
      await same(args);
    }
    for (const args of [['get', 'pods', '-n', 'nowhere'], ['get', 'ds'], ['get', 'deploy', '-l', 'app=none']]) {
      await same(args, undefined, false);
    }
  });

  it('prints the same structured output', async () => {
    const pod = (await web(['get', 'pods', '-l', 'app=web', '-o', 'name'])).stdout.split('\n')[0];
    for (const args of [
      ['get', 'deploy', 'web', '-o', 'yaml'],
      ['get', 'deploy', 'web', '-o', 'json'],
      ['get', 'svc', 'web', '-o', 'yaml'],
      ['get', pod, '-o', 'yaml'],
      ['get', 'pods', '-o', 'name'],
      ['get', 'pods', '-o', 'jsonpath={.items[*].metadata.name}'],
      ['get', 'pods', '-o', "jsonpath={range .items[*]}{.metadata.name}{'\\t'}{.status.phase}{'\\n'}{end}"],
      ['get', 'nodes', '-o', 'jsonpath={.items[0].status.capacity.cpu}'],
      ['get', 'cm', 'settings', '-o', 'jsonpath={.data.mode}'],
      ['get', 'pods', '-o', 'custom-columns=NAME:.metadata.name,NODE:.spec.nodeName'],
    ]) {
      await same(args);
    }
  });

  it('describes pods, deployments, services and nodes the same way', async () => {
    const pod = (await web(['get', 'pods', '-l', 'app=web', '-o', 'name'])).stdout.split('\n')[0];
    for (const args of [
      ['describe', pod],
      ['describe', 'pod', 'lonely', '-n', 'team-a'],
      ['describe', 'deployment', 'web'],
      ['describe', 'service', 'web'],
      ['describe', 'node', 'worker-1'],
      ['describe', 'node', 'control-plane'],
      ['describe', 'rs', '-l', 'app=web'],
      ['describe', 'deploy', 'coredns', '-n', 'kube-system'],
      ['describe', 'svc', 'kube-dns', '-n', 'kube-system'],
      ['describe', 'ns', 'team-a'],
      ['describe', 'cm', 'settings'],
    ]) {
      await same(args, wallClock);
    }
  });

  it('reports errors with the same messages', async () => {
    for (const args of [
      ['get', 'pod', 'nope'],
      ['get', 'deploy', 'nope', '-n', 'team-a'],
      ['get', 'flurbs'],
      ['describe', 'pod', 'nope'],
      ['delete', 'svc', 'nope'],
      ['scale', 'deploy', 'web', '--replicas=-1'],
      ['get', 'pods', 'a', 'b'],
      ['get', 'pods', '-o', 'yaml2'],
      ['logs', 'nope'],
      ['get', 'pods', '-l', 'app in (web'],
      ['get', 'pods', '-l', 'app in (web', '-o', 'name'],
      ['describe', 'pods', '-l', 'app in (web'],
      ['get', 'pods', '--field-selector', 'spec.color=blue'],
      ['delete', 'pod'],
    ]) {
      await same(args, undefined, false);
    }
    const invalid = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: bad
spec:
  replicas: -2
  selector:
    matchLabels:
      app: bad
  template:
    metadata:
      labels:
        app: other
    spec:
      containers:
      - name: c
        image: nginx
`;
    const [a, b] = [await real(['apply', '-f', '-'], invalid), await web(['apply', '-f', '-'], invalid)];
    expect(a.stderr).toContain('The Deployment "bad" is invalid');
    expect(b.stderr).toBe(a.stderr);
  });

  it('lists the same api-resources', async () => {
    await same(['api-resources']);
    await same(['api-resources', '--namespaced=false']);
    await same(['api-resources', '-o', 'name']);
  });
});
