/** Jobs and CronJobs with real kubectl (kubernetes.io/docs/concepts/workloads/controllers/job and
 * tasks/job/automated-tasks-with-cron-jobs): the pi Job, completions, and a CronJob on the simulated clock. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../helpers/kubectl.js';
import { headerOf, openTutorial, table, type TutorialSession } from './tutorial-session.js';

const hasKubectl = kubectlAvailable();

/** controllers/job.yaml from the docs. */
const PI_JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl",  "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`;

/** A Job that needs three completions, one at a time. */
const COMPLETIONS_JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: three
spec:
  completions: 3
  parallelism: 1
  template:
    spec:
      containers:
      - name: work
        image: busybox:1.28
        command: ["sh", "-c", "echo working; sleep 5"]
      restartPolicy: Never
`;

/** application/job/cronjob.yaml from the docs. */
const CRONJOB = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            imagePullPolicy: IfNotPresent
            command:
            - /bin/sh
            - -c
            - date; echo Hello from the Kubernetes cluster
          restartPolicy: OnFailure
`;

describe.runIf(hasKubectl)('tutorial: Jobs and CronJobs', () => {
  let t: TutorialSession;
  beforeAll(async () => {
    t = await openTutorial({ seed: 91 });
  });
  afterAll(() => t?.close());

  it('runs the pi Job to completion and prints pi', async () => {
    expect((await t.ok(['apply', '-f', '-'], PI_JOB)).trim()).toBe('job.batch/pi created');
    await t.step(1);
    const running = await t.ok(['get', 'jobs']);
    expect(headerOf(running)).toBe('NAME STATUS COMPLETIONS DURATION AGE');
    expect(table(running)[0]).toMatchObject({ NAME: 'pi', STATUS: 'Running', COMPLETIONS: '0/1' });
    await t.step(90);
    expect(table(await t.ok(['get', 'jobs']))[0]).toMatchObject({ NAME: 'pi', STATUS: 'Complete', COMPLETIONS: '1/1' });
    const d = await t.ok(['describe', 'job', 'pi']);
    expect(d).toMatch(/Pods Statuses:\s+0 Active \(0 Ready\) \/ 1 Succeeded \/ 0 Failed/);
    expect(d).toMatch(/Normal\s+SuccessfulCreate\s+.*job-controller\s+Created pod: pi-[a-z0-9]{5}/);
    expect(d).toMatch(/Normal\s+Completed\s+.*job-controller\s+Job completed/);
    const pods = table(await t.ok(['get', 'pods', '--selector=batch.kubernetes.io/job-name=pi']));
    expect(pods).toHaveLength(1);
    expect(pods[0]).toMatchObject({ READY: '0/1', STATUS: 'Completed', RESTARTS: '0' });
    const pi = (await t.ok(['logs', pods[0]!.NAME!])).trim();
    expect(pi.startsWith('3.14159265358979323846264338327950288419716939937510')).toBe(true);
    expect(pi.length).toBe(2001);
  });

  it('kubectl create job runs a command once', async () => {
    expect((await t.ok(['create', 'job', 'hello', '--image=busybox', '--', 'sh', '-c', 'echo hello from the job'])).trim()).toBe('job.batch/hello created');
    await t.step(20);
    expect(table(await t.ok(['get', 'job', 'hello']))[0]).toMatchObject({ STATUS: 'Complete', COMPLETIONS: '1/1' });
    expect((await t.ok(['logs', 'job/hello'])).trim()).toBe('hello from the job');
  });

  it('a Job with completions: 3 runs its pods one after another', async () => {
    await t.ok(['apply', '-f', '-'], COMPLETIONS_JOB);
    await t.step(10);
    const partway = table(await t.ok(['get', 'job', 'three']))[0]!;
    expect(partway.STATUS).toBe('Running');
    expect(partway.COMPLETIONS).toMatch(/^[01]\/3$/);
    await t.step(40);
    expect(table(await t.ok(['get', 'job', 'three']))[0]).toMatchObject({ STATUS: 'Complete', COMPLETIONS: '3/3' });
    const pods = table(await t.ok(['get', 'pods', '-l', 'batch.kubernetes.io/job-name=three']));
    expect(pods).toHaveLength(3);
    expect(pods.every((p) => p.STATUS === 'Completed')).toBe(true);
  });

  it('a CronJob fires every minute on the simulated clock', async () => {
    // Created 10 s into a minute, so the 150 s below hold exactly two firings, the last one 40 s old.
    const { json } = await t.product('POST', '/clock', { action: 'step', seconds: 0 });
    const intoMinute = (json as { clock: { now: number } }).clock.now % 60_000;
    await t.step(((70_000 - intoMinute) % 60_000) / 1000);
    expect((await t.ok(['apply', '-f', '-'], CRONJOB)).trim()).toBe('cronjob.batch/hello created');
    const fresh = await t.ok(['get', 'cronjob', 'hello']);
    expect(headerOf(fresh)).toBe('NAME SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE');
    expect(table(fresh)[0]).toMatchObject({ SCHEDULE: '* * * * *', TIMEZONE: '<none>', SUSPEND: 'False', ACTIVE: '0', 'LAST SCHEDULE': '<none>' });
    await t.step(150);
    const cj = table(await t.ok(['get', 'cronjob', 'hello']))[0]!;
    expect(cj['LAST SCHEDULE']).toMatch(/^\d+s$/);
    const jobs = table(await t.ok(['get', 'jobs'])).filter((j) => j.NAME!.startsWith('hello-'));
    expect(jobs).toHaveLength(2);
    // Job names carry the scheduled time in minutes since the epoch, so consecutive runs differ by one.
    const minutes = jobs.map((j) => Number(j.NAME!.slice('hello-'.length))).sort((a, b) => a - b);
    expect(minutes.every((m, i) => i === 0 || m === minutes[i - 1]! + 1)).toBe(true);
    const job = `hello-${minutes.at(-1)}`;
    const logs = await t.ok(['logs', `job/${job}`]);
    const [date, hello] = logs.trim().split('\n');
    expect(hello).toBe('Hello from the Kubernetes cluster');
    // `date` prints the scheduled minute (the run starts within its first seconds).
    const scheduled = new Date(minutes.at(-1)! * 60_000);
    expect(date).toMatch(new RegExp(`^\\w{3} \\w{3} [ \\d]\\d ${String(scheduled.getUTCHours()).padStart(2, '0')}:${String(scheduled.getUTCMinutes()).padStart(2, '0')}:\\d\\d UTC \\d{4}$`));
    expect(await t.ok(['describe', 'cronjob', 'hello'])).toMatch(/Normal\s+SuccessfulCreate\s+.*cronjob-controller\s+Created job hello-\d+/);
  });
});
