/** `kubectl get endpoints`: up to three ip:port pairs, then ' + N more...'. */
import type { KObject } from '../../../shared/k8s/types.js';
import { age, ageColumn, column, nameColumn, nameOf, type Printer } from './printer.js';

interface Subset {
  addresses?: { ip: string }[];
  ports?: { port: number }[];
}

const MAX = 3;

function hostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** formatEndpoints with every port: the ENDPOINTS cell. */
export function formatEndpoints(ep: KObject): string {
  const subsets: Subset[] = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    // Headless services may have addresses without ports.
    const ports = ss.ports && ss.ports.length > 0 ? ss.ports : [undefined];
    for (const port of ports) {
      count += addresses.length;
      for (const addr of addresses) {
        if (list.length === MAX) break;
        list.push(port ? hostPort(addr.ip, port.port) : addr.ip);
      }
    }
  }
  const joined = list.join(',');
  return count > MAX ? `${joined} + ${count - MAX} more...` : joined;
}

export const endpointsPrinter: Printer = {
  columns: [
    nameColumn,
    column('Endpoints', 'string', 'The set of all endpoints is the union of all subsets.'),
    ageColumn,
  ],
  cells: (ep, { now }) => [nameOf(ep), formatEndpoints(ep), age(ep, now)],
};
