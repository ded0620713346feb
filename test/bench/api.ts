/** Benchmarks of the Kubernetes API spine (issue 2): creation, writes, Table lists, watch fan-out, and the
 * write path against raw better-sqlite3. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { startTestServer } from '../helpers/server.js';
import { percentile, ms, report } from './stats.js';

const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';

function pod(name: string) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: 'bench' } },
    spec: { containers: [{ name: 'c', image: 'nginx:1.25', resources: { requests: { cpu: '1m', memory: '1Mi' } } }], nodeName: 'unschedulable-marker' },
  };
}

export async function benchApi(): Promise<void> {
  const server = await startTestServer();
  try {
    // Playground creation.
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t = performance.now();
      await server.createPlayground({ template: 'default' });
      times.push(performance.now() - t);
    }
    report('playground creation p50 / p99 (HTTP, default template)', `${ms(percentile(times, 50))} / ${ms(percentile(times, 99))}`);

    // Writes: pods created per second, serial and 16 concurrent. Paused so the simulation stays out of it.
    const pg = await server.createPlayground({ template: 'empty' });
    await fetch(`${server.url}/api/playgrounds/${pg.editKey}/clock`, { method: 'POST', body: JSON.stringify({ action: 'pause' }), headers: { 'content-type': 'application/json' } });
    const base = `${pg.kubeServer}/api/v1/namespaces/default/pods`;
    const create = async (name: string) => {
      const r = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pod(name)) });
      if (r.status !== 201) throw new Error(`create ${name}: ${r.status} ${await r.text()}`);
      await r.arrayBuffer();
    };
    let t = performance.now();
    for (let i = 0; i < 500; i++) await create(`serial-${i}`);
    report('pods created per second through the API (serial)', `${Math.round(500 / ((performance.now() - t) / 1000))}/s`);
    t = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < 500) await create(`conc-${next++}`);
      }),
    );
    report('pods created per second through the API (16 concurrent)', `${Math.round(500 / ((performance.now() - t) / 1000))}/s`);

    // Table list of 1,000 pods.
    const listTimes: number[] = [];
    for (let i = 0; i < 30; i++) {
      const s = performance.now();
      const r = await fetch(base, { headers: { accept: TABLE } });
      const body = (await r.json()) as { rows: unknown[] };
      if (body.rows.length !== 1000) throw new Error(`expected 1000 rows, got ${body.rows.length}`);
      listTimes.push(performance.now() - s);
    }
    report('Table list of 1,000 pods p50 / p99', `${ms(percentile(listTimes, 50))} / ${ms(percentile(listTimes, 99))}`);

    // Watch fan-out to 200 watchers: time from the write's response to the last watcher seeing it.
    const cmBase = `${pg.kubeServer}/api/v1/namespaces/default/configmaps`;
    const controllers: AbortController[] = [];
    const readers = await Promise.all(
      Array.from({ length: 200 }, async () => {
        const ac = new AbortController();
        controllers.push(ac);
        const r = await fetch(`${cmBase}?watch=true`, { signal: ac.signal });
        return r.body!.getReader();
      }),
    );
    const fanout: number[] = [];
    for (let round = 0; round < 5; round++) {
      const name = `fan-${round}`;
      const seen = readers.map(async (reader) => {
        const dec = new TextDecoder();
        let buf = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) throw new Error('watch closed');
          buf += dec.decode(value, { stream: true });
          if (buf.includes(`"name":"${name}"`)) return performance.now();
        }
      });
      const start = performance.now();
      await fetch(cmBase, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { a: 'b' } }) });
      const last = Math.max(...(await Promise.all(seen)));
      fanout.push(last - start);
    }
    for (const ac of controllers) ac.abort();
    report('watch fan-out: write → all 200 watchers notified p50 / max', `${ms(percentile(fanout, 50))} / ${ms(Math.max(...fanout))}`);

    // Write path vs raw better-sqlite3 inserts of the same JSON (same synchronous=FULL, WAL).
    const raw = new Database(join(server.dir, 'raw.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec('create table o (k text primary key, body text)');
    const ins = raw.prepare('insert into o values (?, ?)');
    const body = JSON.stringify(pod('x'));
    t = performance.now();
    for (let i = 0; i < 500; i++) ins.run(`k${i}`, body);
    const rawPerSec = 500 / ((performance.now() - t) / 1000);
    raw.close();
    t = performance.now();
    for (let i = 0; i < 300; i++) await create(`ratio-${i}`);
    const apiPerSec = 300 / ((performance.now() - t) / 1000);
    report('write path: API pod creates vs raw better-sqlite3 inserts', `${Math.round(apiPerSec)}/s vs ${Math.round(rawPerSec)}/s (ratio ${(apiPerSec / rawPerSec).toFixed(2)})`);
  } finally {
    await server.close();
  }
}
