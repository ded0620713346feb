/** `kubectl get endpointslices`: ADDRESSTYPE, PORTS and ENDPOINTS, three at most each. */
import type { KObject } from '../../../shared/k8s/types.js';
import { listWithMore } from './format.js';
import { age, ageColumn, column, nameColumn, nameOf, type Printer } from './printer.js';

const MAX = 3;

function ports(slice: KObject): string {
  const list: { port?: number; name?: string }[] = slice.ports ?? [];
  const shown = list.map((p) => (p.port !== undefined && p.port !== null ? String(p.port) : (p.name ?? '*')));
  return listWithMore(shown, list.length, MAX);
}

function endpoints(slice: KObject): string {
  const addresses = (slice.endpoints ?? []).flatMap((e: { addresses?: string[] }) => e.addresses ?? []);
  return listWithMore(addresses, addresses.length, MAX);
}

export const endpointSlicePrinter: Printer = {
  columns: [
    nameColumn,
    column('AddressType', 'string', 'addressType specifies the type of address carried by this EndpointSlice.'),
    column('Ports', 'string', 'ports specifies the list of network ports exposed by each endpoint in this slice.'),
    column('Endpoints', 'string', 'endpoints is a list of unique endpoints in this slice.'),
    ageColumn,
  ],
  cells: (slice, { now }) => [nameOf(slice), slice.addressType ?? '', ports(slice), endpoints(slice), age(slice, now)],
};
