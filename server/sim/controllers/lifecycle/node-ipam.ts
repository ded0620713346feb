/** The node IPAM controller (kube-controller-manager's range allocator): gives every node without one a
 * pod CIDR, the lowest free /24 of the cluster CIDR 10.244.0.0/16, so nodes added through the API get pod
 * IPs like the bootstrap nodes. */
import type { Controller, SimContext } from '../../controller.js';

export const NODE_IPAM = 'node-ipam-controller';

const SUBNETS = 256;

/** The pod CIDR of the i-th /24 of the cluster CIDR. */
export function clusterSubnet(i: number): string {
  return `10.244.${i}.0/24`;
}

function reconcile(name: string, ctx: SimContext): void {
  const node = ctx.get('nodes', undefined, name);
  if (!node || node.spec?.podCIDR || node.metadata.deletionTimestamp) return;
  const used = new Set(ctx.list('nodes').flatMap((n) => (n.spec?.podCIDRs as string[] | undefined) ?? (n.spec?.podCIDR ? [n.spec.podCIDR] : [])));
  let i = 0;
  while (i < SUBNETS && used.has(clusterSubnet(i))) i++;
  if (i === SUBNETS) {
    ctx.event(node, 'Normal', 'CIDRNotAvailable', `Node ${name} status is now: CIDRNotAvailable`);
    return;
  }
  const cidr = clusterSubnet(i);
  ctx.client.update('nodes', { ...node, spec: { ...node.spec, podCIDR: cidr, podCIDRs: [cidr] } });
}

/** The node IPAM controller. */
export function nodeIpamController(): Controller {
  return { name: NODE_IPAM, watches: [{ resource: 'nodes' }], reconcile };
}
