/** `kubectl get ingress`: CLASS HOSTS ADDRESS PORTS AGE. */
import type { KObject } from '../../../shared/k8s/types.js';
import { loadBalancerIngress } from './format.js';
import { age, ageColumn, column, nameColumn, nameOf, type Printer } from './printer.js';

const MAX = 3;

/** formatHosts: up to three rule hosts, '*' when no rule names a host. */
function hosts(ing: KObject): string {
  const rules: { host?: string }[] = ing.spec?.rules ?? [];
  const list: string[] = [];
  let more = false;
  for (const rule of rules) {
    if (list.length === MAX) more = true;
    if (!more && rule.host) list.push(rule.host);
  }
  if (list.length === 0) return '*';
  const joined = list.join(',');
  return more ? `${joined} + ${rules.length - MAX} more...` : joined;
}

export const ingressPrinter: Printer = {
  columns: [
    nameColumn,
    column('Class', 'string', 'The name of the IngressClass resource that should be used for additional configuration'),
    column('Hosts', 'string', 'Hosts that incoming requests are matched against before the ingress rule'),
    column('Address', 'string', 'Address is a list containing ingress points for the load-balancer'),
    column('Ports', 'string', 'Ports of TLS configurations that open'),
    ageColumn,
  ],
  cells: (ing, { now }) => [
    nameOf(ing),
    ing.spec?.ingressClassName ?? '<none>',
    hosts(ing),
    loadBalancerIngress(ing.status?.loadBalancer),
    (ing.spec?.tls ?? []).length > 0 ? '80, 443' : '80',
    age(ing, now),
  ],
};
