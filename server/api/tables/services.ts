/** `kubectl get services`: TYPE, CLUSTER-IP, EXTERNAL-IP (<none>, <pending> or the load balancer) and PORT(S). */
import type { KObject } from '../../../shared/k8s/types.js';
import { formatLabels, loadBalancerIngress } from './format.js';
import { age, ageColumn, column, nameColumn, nameOf, type Printer } from './printer.js';

interface ServicePort {
  port: number;
  nodePort?: number;
  protocol?: string;
}

/** getServiceExternalIP, as printed by the server (wide, so never clipped). */
export function externalIP(svc: KObject): string {
  const spec = svc.spec ?? {};
  const externalIPs: string[] = spec.externalIPs ?? [];
  switch (spec.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerIngress(svc.status?.loadBalancer);
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return spec.externalName ?? '';
    default:
      return '<unknown>';
  }
}

/** makePortString: `80/TCP`, or `80:30080/TCP` with a node port. */
export function portString(ports: ServicePort[] | undefined): string {
  return (ports ?? [])
    .map((p) => {
      const protocol = p.protocol ?? 'TCP';
      return p.nodePort && p.nodePort > 0 ? `${p.port}:${p.nodePort}/${protocol}` : `${p.port}/${protocol}`;
    })
    .join(',');
}

export const servicePrinter: Printer = {
  columns: [
    nameColumn,
    column('Type', 'string', 'type determines how the Service is exposed.'),
    column('Cluster-IP', 'string', 'clusterIP is the IP address of the service and is usually assigned randomly.'),
    column('External-IP', 'string', 'externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.'),
    column('Port(s)', 'string', 'The list of ports that are exposed by this service.'),
    ageColumn,
    column('Selector', 'string', 'Route service traffic to pods with label keys and values matching this selector.', 1),
  ],
  cells(svc, { now }) {
    const spec = svc.spec ?? {};
    // v1 → internal conversion fills clusterIPs from a lone clusterIP.
    const clusterIP: string | undefined = spec.clusterIPs?.[0] ?? spec.clusterIP;
    return [
      nameOf(svc),
      spec.type ?? 'ClusterIP',
      clusterIP || '<none>',
      externalIP(svc),
      portString(spec.ports) || '<none>',
      age(svc, now),
      formatLabels(spec.selector),
    ];
  },
};
