/** What a pod "is" to a person: the STATUS kubectl prints and the colour family the map uses for it. */
import type { KObject } from '../../../shared/k8s/types.js';

/** Colour families of the map legend. */
export type PodTone = 'pending' | 'creating' | 'ready' | 'notready' | 'error' | 'terminating' | 'done';

export interface PodSummary {
  /** kubectl's STATUS column: Running, Pending, ContainerCreating, CrashLoopBackOff, Init:0/1, Terminating... */
  status: string;
  /** '1/2' as in READY. */
  ready: string;
  restarts: number;
  tone: PodTone;
}

interface ContainerStatus {
  ready?: boolean;
  restartCount?: number;
  state?: {
    waiting?: { reason?: string };
    running?: unknown;
    terminated?: { reason?: string; exitCode?: number; signal?: number };
  };
}

const ERROR_REASONS = new Set([
  'CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'CreateContainerConfigError',
  'CreateContainerError', 'RunContainerError', 'OOMKilled', 'Error', 'Failed', 'Evicted', 'Unknown', 'NodeLost',
  'ContainerStatusUnknown', 'StartError',
]);

/** Computes STATUS/READY/RESTARTS following kubectl's pod printer (printPod in kubernetes' printers). */
export function podSummary(pod: KObject): PodSummary {
  const status = pod.status ?? {};
  const containers: unknown[] = pod.spec?.containers ?? [];
  const initSpecs: unknown[] = pod.spec?.initContainers ?? [];
  const initStatuses: ContainerStatus[] = status.initContainerStatuses ?? [];
  const statuses: ContainerStatus[] = status.containerStatuses ?? [];
  let reason: string = status.reason || status.phase || 'Pending';
  let restarts = 0;
  let readyCount = 0;

  let initializing = false;
  initStatuses.forEach((c, i) => {
    if (initializing) return;
    restarts += c.restartCount ?? 0;
    const term = c.state?.terminated;
    const waiting = c.state?.waiting;
    if (term && term.exitCode === 0) return;
    initializing = true;
    if (term) {
      reason = term.reason ? `Init:${term.reason}` : term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${initSpecs.length}`;
    }
  });

  if (!initializing) {
    let hasRunning = false;
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i];
      restarts += c.restartCount ?? 0;
      const term = c.state?.terminated;
      if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
      else if (term?.reason) reason = term.reason;
      else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode}`;
      else if (c.ready && c.state?.running) {
        hasRunning = true;
        readyCount++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const readyCond = (status.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
      reason = readyCond ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata.deletionTimestamp) reason = status.reason === 'NodeLost' ? 'Unknown' : 'Terminating';
  return { status: reason, ready: `${readyCount}/${containers.length}`, restarts, tone: toneOf(reason, readyCount, containers.length) };
}

function toneOf(reason: string, ready: number, total: number): PodTone {
  if (reason === 'Terminating') return 'terminating';
  if (reason === 'Completed' || reason === 'Succeeded') return 'done';
  if (ERROR_REASONS.has(reason) || reason.startsWith('Init:Err') || reason.startsWith('Init:Crash') || reason.startsWith('ExitCode') || reason.startsWith('Signal')) return 'error';
  if (reason === 'Pending') return 'pending';
  if (reason === 'ContainerCreating' || reason === 'PodInitializing' || reason.startsWith('Init:')) return 'creating';
  if (reason === 'Running') return ready === total && total > 0 ? 'ready' : 'notready';
  return 'notready';
}

/** The scheduler's verdict on an unscheduled pod (PodScheduled=False), e.g. '0/3 nodes are available: ...'. */
export function unschedulableMessage(pod: KObject): string | undefined {
  const cond = (pod.status?.conditions ?? []).find((c: { type: string }) => c.type === 'PodScheduled');
  if (cond && cond.status === 'False') return cond.message || cond.reason;
  return undefined;
}

/** Human labels for the map legend, in the order pods usually move through them. */
export const TONE_LABELS: Record<PodTone, string> = {
  pending: 'Pending',
  creating: 'Creating',
  ready: 'Running · Ready',
  notready: 'Running · not ready',
  error: 'Failing',
  terminating: 'Terminating',
  done: 'Completed',
};
