// `npm run dev:edge`: the Workers build served locally and offline by wrangler (PORT honoured, telemetry off).
// Extra arguments go to `wrangler dev` (the end-to-end test passes --persist-to and, without a web build,
// --assets).
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '8787';
const child = spawn('npx', ['wrangler', 'dev', '--port', port, '--ip', '127.0.0.1', '--show-interactive-dev-session=false', '--log-level', 'warn', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_SEND_ERROR_REPORTS: 'false', CLOUDFLARE_API_TOKEN: process.env.CLOUDFLARE_API_TOKEN ?? '' },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
