import { describe, it, expect } from 'vitest';
import { TabWriter, describeWriter, tableWriter } from './tabwriter';

describe('TabWriter', () => {
  it('pads columns to the widest cell plus padding and leaves the last cell alone', () => {
    const w = tableWriter();
    w.write('NAME\tREADY\tAGE\nweb-1\t1/1\t5m\n');
    expect(w.flush()).toBe('NAME    READY   AGE\nweb-1   1/1     5m\n');
  });

  it('ends a column block at a line without tabs, as describe output relies on', () => {
    const w = describeWriter();
    w.write('Name:\tweb\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tReplicaSet/x\n');
    expect(w.flush()).toBe('Name:  web\nIPs:\n  IP:           10.0.0.1\nControlled By:  ReplicaSet/x\n');
  });

  it('remembers widths across flushes so watched rows stay aligned', () => {
    const w = new TabWriter({ minWidth: 6, padding: 3, rememberWidths: true });
    w.write('NAME\tSTATUS\nlong-pod-name\tRunning\n');
    w.flush();
    w.write('a\tPending\n');
    expect(w.flush()).toBe('a               Pending\n');
  });
});
