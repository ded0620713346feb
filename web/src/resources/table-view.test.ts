import { describe, it, expect } from 'vitest';
import type { Table } from '../../../shared/k8s/types.js';
import { statusTone, tableView } from './table-view.js';

const table: Table = {
  kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: {},
  columnDefinitions: [
    { name: 'Name', type: 'string', format: 'name', description: '', priority: 0 },
    { name: 'Ready', type: 'string', format: '', description: '', priority: 0 },
    { name: 'Status', type: 'string', format: '', description: '', priority: 0 },
    { name: 'Restarts', type: 'string', format: '', description: '', priority: 0 },
    { name: 'Age', type: 'string', format: '', description: '', priority: 0 },
    { name: 'IP', type: 'string', format: '', description: '', priority: 1 },
    { name: 'Node', type: 'string', format: '', description: '', priority: 1 },
  ],
  rows: [{ cells: ['web-1', '1/1', 'Running', 0, '5m', '10.244.1.3', 'worker-1'], object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: { name: 'web-1', namespace: 'default' } } }],
};

describe('tableView', () => {
  it('shows the kubectl get columns, hiding priority-1 ones unless wide', () => {
    const v = tableView(table, { wide: false, allNamespaces: false });
    expect(v.headers).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(v.rows[0].cells).toEqual(['web-1', '1/1', 'Running', '0', '5m']);
  });
  it('adds NAMESPACE for all namespaces and the wide columns', () => {
    const v = tableView(table, { wide: true, allNamespaces: true });
    expect(v.headers).toEqual(['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE']);
    expect(v.rows[0].cells[0]).toBe('default');
  });
});

describe('statusTone', () => {
  it('marks failures, work in progress and healthy states', () => {
    expect(statusTone('CrashLoopBackOff')).toBe('bad');
    expect(statusTone('Ready,SchedulingDisabled')).toBe('busy');
    expect(statusTone('Running')).toBe('ok');
    expect(statusTone('ClusterIP')).toBeNull();
  });
});
