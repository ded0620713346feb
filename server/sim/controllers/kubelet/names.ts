/** Controller names of the kubelet simulation (they enqueue each other). */
export const POD_WORKER = 'kubelet';
export const NODE_STATUS = 'kubelet-node-status';
/** How often a stopped kubelet is checked for having come back. */
export const DOWN_POLL_MS = 10_000;
