/** "HorizontalPodAutoscaler Walkthrough" (kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale-
 * walkthrough) with real kubectl; the product's load generator stands in for the busybox wget loop. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../helpers/kubectl.js';
import { headerOf, openTutorial, table, type TutorialSession } from './tutorial-session.js';

const hasKubectl = kubectlAvailable();

/** application/php-apache.yaml from the docs. */
const PHP_APACHE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: php-apache
spec:
  selector:
    matchLabels:
      run: php-apache
  template:
    metadata:
      labels:
        run: php-apache
    spec:
      containers:
      - name: php-apache
        image: registry.k8s.io/hpa-example
        ports:
        - containerPort: 80
        resources:
          limits:
            cpu: 500m
          requests:
            cpu: 200m
---
apiVersion: v1
kind: Service
metadata:
  name: php-apache
  labels:
    run: php-apache
spec:
  ports:
  - port: 80
  selector:
    run: php-apache
`;

describe.runIf(hasKubectl)('tutorial: HorizontalPodAutoscaler walkthrough', () => {
  let t: TutorialSession;
  let loadId = '';
  let peak = 0;
  const hpa = async () => table(await t.ok(['get', 'hpa', 'php-apache']))[0]!;

  beforeAll(async () => {
    t = await openTutorial({ seed: 51 });
  });
  afterAll(() => t?.close());

  it('runs php-apache and exposes it', async () => {
    expect((await t.ok(['apply', '-f', '-'], PHP_APACHE)).trim()).toBe('deployment.apps/php-apache created\nservice/php-apache created');
    await t.step(30);
    expect(table(await t.ok(['get', 'deployment', 'php-apache']))[0]).toMatchObject({ READY: '1/1', AVAILABLE: '1' });
    expect(await t.ok(['describe', 'service', 'php-apache'])).toMatch(/Endpoints:\s+10\.244\.\d+\.\d+:80/);
  });

  it('creates the autoscaler and shows cpu: 0%/50%', async () => {
    expect((await t.ok(['autoscale', 'deployment', 'php-apache', '--cpu-percent=50', '--min=1', '--max=10'])).trim()).toBe('horizontalpodautoscaler.autoscaling/php-apache autoscaled');
    const fresh = await t.ok(['get', 'hpa']);
    expect(headerOf(fresh)).toBe('NAME REFERENCE TARGETS MINPODS MAXPODS REPLICAS AGE');
    // Before its first sync the autoscaler has no metric yet (`<unknown>`); the controller syncs a new HPA at once.
    expect(table(fresh)[0]).toMatchObject({ NAME: 'php-apache', REFERENCE: 'Deployment/php-apache', TARGETS: expect.stringMatching(/^cpu: (<unknown>|0%)\/50%$/), MINPODS: '1', MAXPODS: '10' });
    await t.step(30);
    expect(await hpa()).toMatchObject({ TARGETS: 'cpu: 0%/50%', MINPODS: '1', MAXPODS: '10', REPLICAS: '1' });
    const top = table(await t.ok(['top', 'pods', '-l', 'run=php-apache']));
    expect(top).toHaveLength(1);
    expect(top[0]!['CPU(cores)']).toMatch(/^\d+m$/);
  });

  it('scales up under load', async () => {
    const started = await t.product('POST', '/load', { target: 'svc/php-apache', rps: 60, durationSeconds: 3600 });
    expect(started.status).toBe(201);
    loadId = (started.json as { id: string }).id;
    await t.step(60);
    // Within a minute the CPU is far above target and the autoscaler has started adding replicas.
    const hot = await hpa();
    const [current] = hot.TARGETS!.replace('cpu: ', '').split('/');
    expect(Number(current!.replace('%', ''))).toBeGreaterThan(50);
    expect(Number(hot.REPLICAS)).toBeGreaterThan(1);

    await t.step(240);
    const steady = await hpa();
    peak = Number(steady.REPLICAS);
    expect(peak).toBeGreaterThanOrEqual(4);
    expect(peak).toBeLessThanOrEqual(10);
    expect(table(await t.ok(['get', 'deployment', 'php-apache']))[0]).toMatchObject({ READY: `${peak}/${peak}`, 'UP-TO-DATE': String(peak), AVAILABLE: String(peak) });
    const d = await t.ok(['describe', 'hpa', 'php-apache']);
    expect(d).toMatch(/Reference:\s+Deployment\/php-apache/);
    expect(d).toMatch(/resource cpu on pods\s+\(as a percentage of request\):\s+\d+% \(\d+m\) \/ 50%/);
    expect(d).toMatch(/Min replicas:\s+1/);
    expect(d).toMatch(/Max replicas:\s+10/);
    expect(d).toMatch(/Normal\s+SuccessfulRescale\s+.*horizontal-pod-autoscaler\s+New size: \d+; reason: cpu resource utilization \(percentage of request\) above target/);
  });

  it('shrinks back to one replica after the load stops and the stabilization window passes', async () => {
    const stopped = await t.product('DELETE', `/load/${loadId}`);
    expect(stopped.status).toBe(200);
    await t.step(60);
    const cooled = await hpa();
    expect(cooled.TARGETS).toBe('cpu: 0%/50%');
    // The 5 minute scale-down stabilization window holds the size for now.
    expect(Number(cooled.REPLICAS)).toBe(peak);
    await t.step(300);
    expect(await hpa()).toMatchObject({ TARGETS: 'cpu: 0%/50%', REPLICAS: '1' });
    await t.step(40);
    expect(table(await t.ok(['get', 'deployment', 'php-apache']))[0]).toMatchObject({ READY: '1/1' });
    expect(await t.ok(['describe', 'hpa', 'php-apache'])).toContain('New size: 1; reason: All metrics below target');
  });
});
