/** Shared crossfade so a pod visibly travels from the unscheduled lane to the node it was bound to. */
import { crossfade, scale } from 'svelte/transition';
import { cubicOut } from 'svelte/easing';

const [send, receive] = crossfade({
  duration: 420,
  easing: cubicOut,
  fallback: (node) => scale(node, { start: 0.3, duration: 260, easing: cubicOut }),
});

interface MotionParams {
  key: string;
  /** No animation (the initial sync of a large cluster would otherwise animate every pod at once). */
  instant: boolean;
}

/** Outro: the pod leaves, flying to its new place if it reappears elsewhere. */
export function sendPod(node: Element, params: MotionParams) {
  return params.instant ? { duration: 0 } : send(node, params);
}

/** Intro: the pod arrives, from where it was if it just left another place. */
export function receivePod(node: Element, params: MotionParams) {
  return params.instant ? { duration: 0 } : receive(node, params);
}
