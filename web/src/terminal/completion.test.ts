import { describe, it, expect } from 'vitest';
import { commonPrefix, completeLine, type NameLookup } from './completion.js';

const names: NameLookup = (resource, ns) => {
  const data: Record<string, Record<string, string[]>> = {
    pods: { default: ['web-1', 'web-2', 'db-0'], 'kube-system': ['etcd-cp'] },
    'deployments.apps': { default: ['web'] },
    nodes: { '': ['control-plane', 'worker-1'] },
    namespaces: { '': ['default', 'kube-system'] },
  };
  const byNs = data[resource] ?? {};
  return ns === undefined ? Object.values(byNs).flat() : (byNs[ns] ?? []);
};
const c = (line: string) => completeLine(line, line.length, names).candidates;

describe('completeLine', () => {
  it('completes commands and resource kinds', () => {
    expect(c('kubectl ge')).toEqual(['get']);
    expect(c('kubectl get depl')).toEqual(['deployments']);
    expect(c('k get po')).toEqual(['poddisruptionbudgets', 'pods']);
  });
  it('completes object names in the chosen namespace', () => {
    expect(c('kubectl get pods w')).toEqual(['web-1', 'web-2']);
    expect(c('kubectl get pods -n kube-system e')).toEqual(['etcd-cp']);
    expect(c('kubectl describe deploy/w')).toEqual(['deploy/web']);
    expect(c('kubectl logs d')).toEqual(['db-0']);
    expect(c('kubectl cordon w')).toEqual(['worker-1']);
  });
  it('completes flags, output formats and namespaces', () => {
    expect(c('kubectl get pods -o y')).toEqual(['yaml']);
    expect(c('kubectl get pods -n kube')).toEqual(['kube-system']);
    expect(c('kubectl get pods --all')).toEqual(['--all-namespaces']);
    expect(c('kubectl rollout st')).toEqual(['status']);
  });
  it('finds the common prefix', () => {
    expect(commonPrefix(['web-1', 'web-2'])).toBe('web-');
  });
});
