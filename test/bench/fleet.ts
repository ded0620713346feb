/** CPU of many playgrounds on one Node server: idle ones should cost ≈ 0, active ones a little each. */
import { startTestServer } from '../helpers/server.js';
import { report } from './stats.js';

async function cpuPercentOver(ms: number): Promise<number> {
  const start = process.cpuUsage();
  const t = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  const used = process.cpuUsage(start);
  return ((used.user + used.system) / 1000 / (performance.now() - t)) * 100;
}

async function post(url: string, body: unknown) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
  return r.json();
}

export async function benchFleet(idle = 1000, active = 200): Promise<void> {
  const server = await startTestServer();
  try {
    for (let i = 0; i < idle; i++) await server.createPlayground({ template: 'default' });
    await new Promise((r) => setTimeout(r, 3000));
    report(`CPU with ${idle} idle playgrounds (converged, unwatched)`, `${(await cpuPercentOver(10_000)).toFixed(2)} % of one core`);

    const deployment = (name: string) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name },
      spec: { replicas: 3, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'web', image: 'nginx:1.25', resources: { requests: { cpu: '100m' } } }] } } },
    });
    for (let i = 0; i < active; i++) {
      const pg = await server.createPlayground({ template: 'default' });
      await post(`${pg.kubeServer}/apis/apps/v1/namespaces/default/deployments`, deployment('web'));
      await post(`${pg.kubeServer}/api/v1/namespaces/default/services`, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } });
      await post(`${server.url}/api/playgrounds/${pg.editKey}/load`, { target: 'svc/web', rps: 5, durationSeconds: 3600 });
    }
    await new Promise((r) => setTimeout(r, 5000));
    report(`CPU with ${active} active small playgrounds at 1× (3 pods + load each)`, `${(await cpuPercentOver(10_000)).toFixed(1)} % of one core`);
  } finally {
    await server.close();
  }
}
