/** Shared crossfade so a pod visibly travels from the unscheduled lane to the node it was bound to. */
import { crossfade, scale } from 'svelte/transition';
import { cubicOut } from 'svelte/easing';

export const [sendPod, receivePod] = crossfade({
  duration: 420,
  easing: cubicOut,
  fallback: (node) => scale(node, { start: 0.3, duration: 260, easing: cubicOut }),
});
