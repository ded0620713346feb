/** "StatefulSet Basics" (kubernetes.io/docs/tutorials/stateful-application/basic-stateful-set) with real
 * kubectl, minus the exec steps: ordered creation, stable names and claims, ordered scaling, rolling update. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../helpers/kubectl.js';
import { headerOf, openTutorial, table, type TutorialSession } from './tutorial-session.js';

const hasKubectl = kubectlAvailable();

/** application/web/web.yaml from the docs. */
const WEB = `apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: "nginx"
  replicas: 2
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
        image: registry.k8s.io/nginx-slim:0.21
        ports:
        - containerPort: 80
          name: web
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ "ReadWriteOnce" ]
      resources:
        requests:
          storage: 1Gi
`;

describe.runIf(hasKubectl)('tutorial: StatefulSet basics', () => {
  let t: TutorialSession;
  const pods = async () => table(await t.ok(['get', 'pods', '-l', 'app=nginx']));
  const deletes = async () =>
    (await t.ok(['get', 'events', '--field-selector', 'involvedObject.name=web,reason=SuccessfulDelete', '-o', 'jsonpath={range .items[*]}{.message}{"\\n"}{end}'])).trim().split('\n');

  beforeAll(async () => {
    t = await openTutorial({ seed: 101 });
  });
  afterAll(() => t?.close());

  it('creates web-0 first, then web-1 once web-0 is Running and Ready', async () => {
    expect((await t.ok(['apply', '-f', '-'], WEB)).trim()).toBe('service/nginx created\nstatefulset.apps/web created');
    expect(table(await t.ok(['get', 'service', 'nginx']))[0]).toMatchObject({ TYPE: 'ClusterIP', 'CLUSTER-IP': 'None', 'PORT(S)': '80/TCP' });
    await t.step(1);
    expect((await pods()).map((p) => p.NAME)).toEqual(['web-0']);
    await t.step(30);
    const both = await pods();
    expect(both.map((p) => [p.NAME, p.READY, p.STATUS])).toEqual([
      ['web-0', '1/1', 'Running'],
      ['web-1', '1/1', 'Running'],
    ]);
    const sts = await t.ok(['get', 'statefulset', 'web']);
    expect(headerOf(sts)).toBe('NAME READY AGE');
    expect(table(sts)[0]).toMatchObject({ NAME: 'web', READY: '2/2' });
    const events = await t.ok(['describe', 'statefulset', 'web']);
    expect(events).toMatch(/SuccessfulCreate\s+.*statefulset-controller\s+create Claim www-web-0 Pod web-0 in StatefulSet web success/);
    expect(events).toMatch(/SuccessfulCreate\s+.*statefulset-controller\s+create Pod web-1 in StatefulSet web successful/);
  });

  it('gives each pod a stable hostname and its own bound claim', async () => {
    expect(await t.ok(['get', 'pod', 'web-1', '-o', 'jsonpath={.spec.hostname}.{.spec.subdomain}'])).toBe('web-1.nginx');
    const pvcs = table(await t.ok(['get', 'pvc', '-l', 'app=nginx']));
    expect(pvcs.map((p) => [p.NAME, p.STATUS, p.CAPACITY, p['ACCESS MODES']])).toEqual([
      ['www-web-0', 'Bound', '1Gi', 'RWO'],
      ['www-web-1', 'Bound', '1Gi', 'RWO'],
    ]);
    expect(pvcs.every((p) => /^pvc-[0-9a-f-]{36}$/.test(p.VOLUME!))).toBe(true);
    // A deleted pod comes back with the same name (and claim).
    expect((await t.ok(['delete', 'pod', '-l', 'app=nginx', '--wait=false'])).trim()).toBe('pod "web-0" deleted\npod "web-1" deleted');
    await t.step(60);
    expect((await pods()).map((p) => [p.NAME, p.STATUS])).toEqual([
      ['web-0', 'Running'],
      ['web-1', 'Running'],
    ]);
  });

  it('scales up in order and down in reverse order, keeping the claims', async () => {
    expect((await t.ok(['scale', 'sts', 'web', '--replicas=5'])).trim()).toBe('statefulset.apps/web scaled');
    await t.step(1);
    // One at a time: web-2 comes first (web-3 may follow once web-2 is Ready), never web-4 yet.
    const growing = (await pods()).map((p) => p.NAME);
    expect(['web-0,web-1,web-2', 'web-0,web-1,web-2,web-3']).toContain(growing.join(','));
    await t.step(60);
    expect((await pods()).map((p) => p.NAME)).toEqual(['web-0', 'web-1', 'web-2', 'web-3', 'web-4']);

    expect((await t.ok(['patch', 'sts', 'web', '-p', '{"spec":{"replicas":3}}'])).trim()).toBe('statefulset.apps/web patched');
    await t.step(90);
    expect((await pods()).map((p) => p.NAME)).toEqual(['web-0', 'web-1', 'web-2']);
    // web-4 went first, web-3 only after it (events are listed in time order).
    expect(await deletes()).toEqual(['delete Pod web-4 in StatefulSet web successful', 'delete Pod web-3 in StatefulSet web successful']);
    expect(table(await t.ok(['get', 'pvc', '-l', 'app=nginx'])).map((p) => p.NAME)).toEqual(['www-web-0', 'www-web-1', 'www-web-2', 'www-web-3', 'www-web-4']);
  });

  it('rolls out a new image in reverse ordinal order', async () => {
    const patch = '[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.24"}]';
    expect((await t.ok(['patch', 'statefulset', 'web', '--type=json', `-p=${patch}`])).trim()).toBe('statefulset.apps/web patched');
    await t.step(120);
    expect((await t.ok(['rollout', 'status', 'sts/web'])).trim()).toBe('partitioned roll out complete: 3 new pods have been updated...');
    const images = await t.ok(['get', 'pod', '-l', 'app=nginx', '-o', 'jsonpath={range .items[*]}{.metadata.name}={.spec.containers[0].image}{"\\n"}{end}']);
    expect(images.trim().split('\n')).toEqual(['web-0=registry.k8s.io/nginx-slim:0.24', 'web-1=registry.k8s.io/nginx-slim:0.24', 'web-2=registry.k8s.io/nginx-slim:0.24']);
    // The controller replaced web-2, then web-1, then web-0.
    expect((await deletes()).slice(2)).toEqual([2, 1, 0].map((n) => `delete Pod web-${n} in StatefulSet web successful`));
  });
});
