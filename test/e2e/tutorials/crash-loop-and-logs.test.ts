/** A failing container with real kubectl: CrashLoopBackOff with the kubelet's doubling back-off, the
 * BackOff event, and `kubectl logs` with --previous, --tail and -f on simulated time. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../helpers/kubectl.js';
import { openTutorial, table, type TutorialSession } from './tutorial-session.js';

const hasKubectl = kubectlAvailable();

describe.runIf(hasKubectl)('tutorial: debugging a crashing pod and reading logs', () => {
  let t: TutorialSession;
  beforeAll(async () => {
    t = await openTutorial({ seed: 61 });
  });
  afterAll(() => t?.close());

  it('a container that exits 1 goes into CrashLoopBackOff with growing restarts', async () => {
    expect((await t.ok(['run', 'crasher', '--image=busybox', '--', 'sh', '-c', 'echo "starting up"; exit 1'])).trim()).toBe('pod/crasher created');
    await t.step(3);
    // The first restart is immediate; the back-off starts after it.
    expect(table(await t.ok(['get', 'pod', 'crasher']))[0]).toMatchObject({ READY: '0/1', STATUS: 'Error', RESTARTS: expect.stringMatching(/^(0|1 \(\ds ago\))$/) });
    await t.step(5);
    const first = table(await t.ok(['get', 'pod', 'crasher']))[0]!;
    expect(first.STATUS).toBe('CrashLoopBackOff');
    expect(first.RESTARTS).toMatch(/^1 \(\d+s ago\)$/);
    // Back-off doubles from 10s: later restarts come about 10s, 20s and 40s apart.
    await t.step(140);
    const later = table(await t.ok(['get', 'pod', 'crasher']))[0]!;
    expect(later.STATUS).toBe('CrashLoopBackOff');
    expect(later.RESTARTS).toMatch(/^4 \(\d+s ago\)$/);

    const d = await t.ok(['describe', 'pod', 'crasher']);
    expect(d).toMatch(/State:\s+Waiting\n\s+Reason:\s+CrashLoopBackOff/);
    expect(d).toMatch(/Last State:\s+Terminated\n\s+Reason:\s+Error\n\s+Exit Code:\s+1/);
    expect(d).toMatch(/Restart Count:\s+4/);
    expect(d).toMatch(/Warning\s+BackOff\s+.*\(x\d+ over .*\)\s+kubelet\s+Back-off restarting failed container crasher in pod crasher_default\([0-9a-f-]{36}\)/);
    const events = await t.ok(['get', 'events', '--field-selector', 'involvedObject.name=crasher,reason=BackOff']);
    expect(events).toMatch(/Warning\s+BackOff\s+pod\/crasher\s+Back-off restarting failed container crasher in pod crasher_default/);
  });

  it('logs and logs --previous show what the crashed container printed', async () => {
    expect((await t.ok(['logs', 'crasher', '--previous'])).trim()).toBe('starting up');
    const never = await t.k(['logs', 'nope']);
    expect(never.code).not.toBe(0);
    expect(never.stderr.trim()).toBe('error: error from server (NotFound): pods "nope" not found in namespace "default"');
  });

  it('logs --tail and -f follow a running container on simulated time', async () => {
    await t.ok(['run', 'counter', '--image=busybox', '--', 'sh', '-c', 'i=0; while true; do echo "line $i"; i=$((i+1)); sleep 1; done']);
    await t.step(12);
    const tail = (await t.ok(['logs', 'counter', '--tail=3'])).trim().split('\n');
    expect(tail).toHaveLength(3);
    const last = Number(tail[2]!.replace('line ', ''));
    expect(tail).toEqual([`line ${last - 2}`, `line ${last - 1}`, `line ${last}`]);

    // Follow from the last line (printed once kubectl is connected), then let five simulated seconds pass
    // while kubectl streams.
    const follow = t.start(['logs', '-f', 'counter', '--tail=1']);
    await follow.waitFor((out) => out.includes(`line ${last}\n`), 'kubectl logs -f to print the last line');
    await t.step(5);
    await follow.waitFor((out) => out.includes(`line ${last + 5}\n`), 'five more simulated seconds of output');
    const streamed = (await follow.stop()).stdout.trim().split('\n');
    expect(streamed[0]).toBe(`line ${last}`);
    expect(streamed.slice(1)).toEqual([1, 2, 3, 4, 5].map((n) => `line ${last + n}`));
  });
});
