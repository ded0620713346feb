/** Real kubectl against a playground: what a learner types, and what they see. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { kubectlAvailable, kubectlFor } from '../helpers/kubectl.js';

const hasKubectl = kubectlAvailable();

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
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

describe.runIf(hasKubectl)('real kubectl against a playground', () => {
  let server: TestServer;
  let k: ReturnType<typeof kubectlFor>;
  let view: ReturnType<typeof kubectlFor>;
  let clock: (body: object) => Promise<void>;

  beforeAll(async () => {
    server = await startTestServer();
    const pg = await server.createPlayground({ seed: 7 });
    k = kubectlFor(pg.kubeServer);
    view = kubectlFor(pg.viewKubeServer);
    clock = async (body) => {
      const r = await fetch(`${server.url}/api/playgrounds/${pg.editKey}/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(r.status).toBe(200);
    };
  });
  afterAll(() => server?.close());

  it('reports the server version and lists the three nodes with real columns', async () => {
    const v = await k(['version']);
    expect(v.stdout).toContain('Server Version: v1.32.0');
    const nodes = await k(['get', 'nodes']);
    expect(nodes.code).toBe(0);
    expect(nodes.stdout.split('\n')[0]).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/);
    expect(nodes.stdout).toMatch(/control-plane\s+Ready\s+control-plane/);
    expect(nodes.stdout).toMatch(/worker-1\s+Ready\s+<none>/);
    const wide = await k(['get', 'nodes', '-o', 'wide']);
    expect(wide.stdout.split('\n')[0]).toContain('INTERNAL-IP');
    expect(wide.stdout).toContain('172.18.0.3');
  });

  it('shows the control plane in kube-system', async () => {
    const r = await k(['get', 'pods', '-n', 'kube-system']);
    for (const name of ['etcd-control-plane', 'kube-apiserver-control-plane', 'kube-scheduler-control-plane', 'kube-controller-manager-control-plane', 'coredns-', 'kube-proxy-']) {
      expect(r.stdout).toContain(name);
    }
  });

  it('applies a manifest, then reports it unchanged', async () => {
    const first = await k(['apply', '-f', '-'], DEPLOYMENT);
    expect(first.stdout.trim()).toBe('deployment.apps/nginx-deployment created');
    const second = await k(['apply', '-f', '-'], DEPLOYMENT);
    expect(second.stdout.trim()).toBe('deployment.apps/nginx-deployment unchanged');
    const changed = await k(['apply', '-f', '-'], DEPLOYMENT.replace('replicas: 3', 'replicas: 4'));
    expect(changed.stdout.trim()).toBe('deployment.apps/nginx-deployment configured');
    const got = await k(['get', 'deployment', 'nginx-deployment', '-o', 'jsonpath={.spec.replicas}']);
    expect(got.stdout).toBe('4');
  });

  it('applies server-side', async () => {
    const r = await k(['apply', '--server-side', '-f', '-'], DEPLOYMENT.replace('nginx-deployment', 'ssa-web'));
    expect(r.stdout.trim()).toBe('deployment.apps/ssa-web serverside-applied');
    const again = await k(['apply', '--server-side', '-f', '-'], DEPLOYMENT.replace('nginx-deployment', 'ssa-web').replace('replicas: 3', 'replicas: 2'));
    expect(again.code).toBe(0);
    const got = await k(['get', 'deploy', 'ssa-web', '-o', 'jsonpath={.spec.replicas}']);
    expect(got.stdout).toBe('2');
  });

  it('creates the usual objects imperatively (protobuf bodies)', async () => {
    expect((await k(['create', 'deployment', 'web', '--image=nginx:1.25', '--replicas=2'])).stdout.trim()).toBe('deployment.apps/web created');
    expect((await k(['create', 'service', 'clusterip', 'web', '--tcp=80:80'])).stdout.trim()).toBe('service/web created');
    expect((await k(['create', 'configmap', 'settings', '--from-literal=mode=dev'])).stdout.trim()).toBe('configmap/settings created');
    expect((await k(['create', 'secret', 'generic', 'creds', '--from-literal=password=s3cret'])).stdout.trim()).toBe('secret/creds created');
    expect((await k(['create', 'namespace', 'team-a'])).stdout.trim()).toBe('namespace/team-a created');
    const dup = await k(['create', 'namespace', 'team-a']);
    expect(dup.stderr).toContain('Error from server (AlreadyExists): namespaces "team-a" already exists');
    const secret = await k(['get', 'secret', 'creds', '-o', 'jsonpath={.data.password}']);
    expect(atob(secret.stdout)).toBe('s3cret');
    const svc = await k(['get', 'svc', 'web']);
    expect(svc.stdout).toMatch(/web\s+ClusterIP\s+10\.\d+\.\d+\.\d+\s+<none>\s+80\/TCP/);
  });

  it('gets in every output format', async () => {
    const yaml = await k(['get', 'deploy', 'web', '-o', 'yaml']);
    expect(yaml.stdout).toContain('kind: Deployment');
    expect(yaml.stdout).toContain('maxSurge: 25%');
    expect(yaml.stdout).toContain('revisionHistoryLimit: 10');
    const json = JSON.parse((await k(['get', 'deploy', 'web', '-o', 'json'])).stdout);
    expect(json.metadata.generation).toBe(1);
    expect(json.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    const names = await k(['get', 'deploy', '-o', 'name']);
    expect(names.stdout).toContain('deployment.apps/web');
    const labels = await k(['get', 'deploy', 'nginx-deployment', '--show-labels']);
    expect(labels.stdout).toMatch(/LABELS\n.*app=nginx/);
    const byLabel = await k(['get', 'deploy', '-l', 'app=nginx']);
    expect(byLabel.stdout).toContain('nginx-deployment');
    expect(byLabel.stdout).not.toMatch(/^web\s/m);
    const all = await k(['get', 'all']);
    expect(all.stdout).toContain('service/kubernetes');
    expect(all.stdout).toContain('deployment.apps/web');
    const allNs = await k(['get', 'deploy', '-A']);
    expect(allNs.stdout).toMatch(/^NAMESPACE\s+NAME/);
    expect(allNs.stdout).toMatch(/kube-system\s+coredns/);
    const none = await k(['get', 'pods', '-n', 'team-a']);
    expect(none.stderr.trim()).toBe('No resources found in team-a namespace.');
  });

  it('labels, annotates, scales, sets images and patches with all three patch types', async () => {
    expect((await k(['label', 'deploy', 'web', 'tier=front'])).stdout.trim()).toBe('deployment.apps/web labeled');
    expect((await k(['annotate', 'deploy', 'web', 'owner=team-a'])).stdout.trim()).toBe('deployment.apps/web annotated');
    expect((await k(['scale', 'deploy', 'web', '--replicas=5'])).stdout.trim()).toBe('deployment.apps/web scaled');
    expect((await k(['set', 'image', 'deploy/web', 'nginx=nginx:1.26'])).stdout.trim()).toBe('deployment.apps/web image updated');
    expect((await k(['patch', 'deploy', 'web', '-p', '{"spec":{"minReadySeconds":3}}'])).stdout.trim()).toBe('deployment.apps/web patched');
    expect((await k(['patch', 'deploy', 'web', '--type=merge', '-p', '{"metadata":{"labels":{"tier":null}}}'])).stdout.trim()).toBe('deployment.apps/web patched');
    expect((await k(['patch', 'deploy', 'web', '--type=json', '-p', '[{"op":"replace","path":"/spec/replicas","value":3}]'])).stdout.trim()).toBe('deployment.apps/web patched');
    const got = JSON.parse((await k(['get', 'deploy', 'web', '-o', 'json'])).stdout);
    expect(got.spec.replicas).toBe(3);
    expect(got.spec.minReadySeconds).toBe(3);
    expect(got.spec.template.spec.containers[0].image).toBe('nginx:1.26');
    expect(got.metadata.labels.tier).toBeUndefined();
    expect(got.metadata.annotations.owner).toBe('team-a');
    expect(got.metadata.generation).toBeGreaterThan(1);
  });

  it('rejects invalid objects with the real message', async () => {
    const bad = DEPLOYMENT.replace('nginx-deployment', 'bad').replace('replicas: 3', 'replicas: -1');
    const r = await k(['apply', '-f', '-'], bad);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('The Deployment "bad" is invalid');
    expect(r.stderr).toContain('spec.replicas: Invalid value: -1: must be greater than or equal to 0');
    const unknown = await k(['apply', '-f', '-'], DEPLOYMENT.replace('replicas: 3', 'replicaz: 3').replace('nginx-deployment', 'typo'));
    expect(unknown.stderr).toContain('unknown field "spec.replicaz"');
    const missing = await k(['get', 'pod', 'nope']);
    expect(missing.stderr.trim()).toBe('Error from server (NotFound): pods "nope" not found');
  });

  it('describes a deployment with its sections', async () => {
    const r = await k(['describe', 'deploy', 'web']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Name:\s+web/);
    expect(r.stdout).toMatch(/Namespace:\s+default/);
    expect(r.stdout).toMatch(/StrategyType:\s+RollingUpdate/);
    expect(r.stdout).toMatch(/Image:\s+nginx:1.26/);
  });

  it('answers auth can-i and api-resources', async () => {
    expect((await k(['auth', 'can-i', 'create', 'pods'])).stdout.trim()).toBe('yes');
    const viewer = await view(['auth', 'can-i', 'create', 'pods']);
    expect(viewer.stdout.trim()).toBe('no - playground view link is read-only');
    const res = await k(['api-resources']);
    expect(res.stdout).toMatch(/deployments\s+deploy\s+apps\/v1\s+true\s+Deployment/);
    expect(res.stdout).toMatch(/pods\s+po\s+v1\s+true\s+Pod/);
    expect(res.stdout).toMatch(/horizontalpodautoscalers\s+hpa\s+autoscaling\/v2\s+true\s+HorizontalPodAutoscaler/);
  });

  it('lets the view link read but not write', async () => {
    expect((await view(['get', 'deploy', 'web'])).code).toBe(0);
    const w = await view(['scale', 'deploy', 'web', '--replicas=1']);
    expect(w.code).not.toBe(0);
    expect(w.stderr).toContain('Forbidden');
  });

  it('watches with -w and sees a change', async () => {
    const watching = k.start(['get', 'configmap', 'settings', '-w']);
    // The first row is printed once kubectl has listed; its watch starts from that list's resourceVersion.
    await watching.waitFor((out) => /^settings\s/m.test(out), 'kubectl get -w to print the configmap');
    await k(['label', 'configmap', 'settings', 'watched=yes']);
    await watching.waitFor((out) => (out.match(/^settings\s/gm) ?? []).length >= 2, 'kubectl get -w to print the change');
    const lines = (await watching.stop()).stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+DATA\s+AGE/);
    expect(lines.filter((l) => l.startsWith('settings')).length).toBeGreaterThanOrEqual(2);
  });

  it('deletes by label and by name', async () => {
    await k(['label', 'configmap', 'settings', 'purge=yes']);
    const byLabel = await k(['delete', 'configmap', '-l', 'purge=yes']);
    expect(byLabel.stdout.trim()).toBe('configmap "settings" deleted');
    const byName = await k(['delete', 'secret', 'creds']);
    expect(byName.stdout.trim()).toBe('secret "creds" deleted');
    expect((await k(['get', 'secret', 'creds'])).stderr).toContain('NotFound');
  });

  it('deletes a namespace through Terminating', async () => {
    await k(['create', 'configmap', 'x', '-n', 'team-a', '--from-literal=a=b']);
    const r = await k(['delete', 'namespace', 'team-a', '--wait=false']);
    expect(r.stdout.trim()).toBe('namespace "team-a" deleted');
  });

  it('deletes a running pod gracefully: Terminating, then gone', async () => {
    await clock({ action: 'pause' });
    expect((await k(['run', 'graceful', '--image=nginx:1.25'])).stdout.trim()).toBe('pod/graceful created');
    await clock({ action: 'step', seconds: 20 });
    expect((await k(['get', 'pod', 'graceful'])).stdout).toMatch(/graceful\s+1\/1\s+Running/);
    expect((await k(['delete', 'pod', 'graceful', '--wait=false'])).stdout.trim()).toBe('pod "graceful" deleted');
    expect((await k(['get', 'pod', 'graceful'])).stdout).toMatch(/graceful\s+\d\/1\s+Terminating/);
    await clock({ action: 'step', seconds: 40 });
    expect((await k(['get', 'pod', 'graceful'])).stderr.trim()).toBe('Error from server (NotFound): pods "graceful" not found');
    await clock({ action: 'resume' });
  });
});
