import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { servicePrinter } from './services.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');

function svc(name: string, spec: Record<string, unknown>, status: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default', creationTimestamp: new Date(NOW - 3 * 3600_000).toISOString() },
    spec,
    status,
  };
}

const cells = (s: KObject): unknown[] => servicePrinter.cells(s, { now: NOW });

describe('service table', () => {
  it('prints a ClusterIP service', () => {
    const s = svc('web', { type: 'ClusterIP', clusterIP: '10.96.12.7', clusterIPs: ['10.96.12.7'], ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }], selector: { tier: 'front', app: 'web' } });
    expect(cells(s)).toEqual(['web', 'ClusterIP', '10.96.12.7', '<none>', '80/TCP', '3h', 'app=web,tier=front']);
  });

  it('prints node ports as port:nodePort/protocol', () => {
    const s = svc('web-np', {
      type: 'NodePort',
      clusterIPs: ['10.96.40.2'],
      ports: [
        { port: 80, nodePort: 30080, protocol: 'TCP' },
        { port: 53, nodePort: 30053, protocol: 'UDP' },
      ],
      selector: { app: 'web' },
    });
    expect(cells(s).slice(1, 5)).toEqual(['NodePort', '10.96.40.2', '<none>', '80:30080/TCP,53:30053/UDP']);
  });

  it('shows <pending> until a load balancer has an ingress, then its IP', () => {
    const spec = { type: 'LoadBalancer', clusterIPs: ['10.96.0.50'], ports: [{ port: 443, nodePort: 31443, protocol: 'TCP' }] };
    expect(cells(svc('lb', spec)).slice(3, 5)).toEqual(['<pending>', '443:31443/TCP']);
    const ready = svc('lb', spec, { loadBalancer: { ingress: [{ ip: '172.18.0.200' }, { hostname: 'lb.example.com' }] } });
    expect(cells(ready)[3]).toBe('172.18.0.200,lb.example.com');
    const withExternal = svc('lb', { ...spec, externalIPs: ['1.2.3.4'] }, { loadBalancer: { ingress: [{ ip: '172.18.0.200' }] } });
    expect(cells(withExternal)[3]).toBe('172.18.0.200,1.2.3.4');
  });

  it('prints headless and ExternalName services', () => {
    const headless = svc('db', { type: 'ClusterIP', clusterIP: 'None', clusterIPs: ['None'], ports: [] });
    expect(cells(headless)).toEqual(['db', 'ClusterIP', 'None', '<none>', '<none>', '3h', '<none>']);
    const ext = svc('search', { type: 'ExternalName', externalName: 'search.example.com' });
    expect(cells(ext).slice(1, 5)).toEqual(['ExternalName', '<none>', 'search.example.com', '<none>']);
  });

  it('declares Selector as the only wide column', () => {
    expect(servicePrinter.columns.map((c) => `${c.name}:${c.priority}`)).toEqual([
      'Name:0',
      'Type:0',
      'Cluster-IP:0',
      'External-IP:0',
      'Port(s):0',
      'Age:0',
      'Selector:1',
    ]);
  });
});
