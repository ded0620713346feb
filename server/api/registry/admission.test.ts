import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { dropTypeDependentFields } from './admission.js';

const svc = (spec: Record<string, unknown>): KObject => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec });

describe('Service type changes', () => {
  it('drops node ports and the external traffic policy when a LoadBalancer becomes ClusterIP', () => {
    const old = svc({ type: 'LoadBalancer', externalTrafficPolicy: 'Cluster', allocateLoadBalancerNodePorts: true, ports: [{ port: 80, nodePort: 31000 }] });
    const next = dropTypeDependentFields(old, svc({ ...old.spec, type: 'ClusterIP' }));
    expect(next.spec.externalTrafficPolicy).toBeUndefined();
    expect(next.spec.allocateLoadBalancerNodePorts).toBeUndefined();
    expect(next.spec.ports).toEqual([{ port: 80 }]);
  });

  it('keeps node ports when a NodePort becomes a LoadBalancer', () => {
    const old = svc({ type: 'NodePort', externalTrafficPolicy: 'Local', ports: [{ port: 80, nodePort: 31000 }] });
    const next = dropTypeDependentFields(old, svc({ ...old.spec, type: 'LoadBalancer' }));
    expect(next.spec.ports).toEqual([{ port: 80, nodePort: 31000 }]);
    expect(next.spec.externalTrafficPolicy).toBe('Local');
  });

  it('leaves an unchanged type alone', () => {
    const old = svc({ type: 'NodePort', ports: [{ port: 80, nodePort: 31000 }] });
    const same = svc({ ...old.spec });
    expect(dropTypeDependentFields(old, same)).toBe(same);
  });
});
