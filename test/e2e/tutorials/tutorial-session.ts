/** A tutorial session: a fresh playground with its clock paused, real kubectl against it, the product API
 * (clock steps, load generators) and a reader for kubectl's column output. */
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { kubectlFor, type BackgroundKubectl, type KubectlResult } from '../../helpers/kubectl.js';

export interface TutorialSession {
  server: TestServer;
  /** Runs real kubectl and returns its exit code, stdout and stderr (killed after `timeoutMs`). */
  k(args: string[], input?: string, timeoutMs?: number): Promise<KubectlResult>;
  /** Starts real kubectl and leaves it running (`logs -f`, `drain`), to be waited on by its output or by the cluster. */
  start(args: string[], timeoutMs?: number): BackgroundKubectl;
  /** Runs real kubectl and returns stdout, throwing with stderr when kubectl fails. */
  ok(args: string[], input?: string): Promise<string>;
  /** Advances the paused simulated clock by `seconds`; everything due in between happens in time order. */
  step(seconds: number): Promise<void>;
  /** GETs a path of this playground's Kubernetes API (`/api/v1/...`) and returns its JSON. */
  get(path: string): Promise<any>;
  /** Calls a product route of this playground (`/api/playgrounds/<key><path>`) and returns its JSON. */
  product(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  close(): Promise<void>;
}

/** Starts a server and a playground (default template: control plane + 2 workers) with the clock paused. */
export async function openTutorial(opts: { seed?: number; template?: string } = {}): Promise<TutorialSession> {
  // A frozen wall clock on a minute boundary: the simulated clock starts at the same second of a minute every
  // run (CronJob schedules) and cannot creep forward between creation and the pause below, however loaded
  // the machine is; from then on only explicit steps move it.
  const frozen = Math.floor(Date.now() / 60_000) * 60_000;
  const server = await startTestServer({ realNow: () => frozen });
  const pg = await server.createPlayground({ seed: opts.seed ?? 1, ...(opts.template ? { template: opts.template } : {}) });
  const run = kubectlFor(pg.kubeServer);
  const product = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}/api/playgrounds/${pg.editKey}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, json: (await res.json()) as unknown };
  };
  const clock = async (body: unknown) => {
    const r = await product('POST', '/clock', body);
    if (r.status !== 200) throw new Error(`clock ${JSON.stringify(body)}: ${r.status} ${JSON.stringify(r.json)}`);
  };
  await clock({ action: 'pause' });
  // Let the bootstrap settle (nodes Ready, system pods Running) before the tutorial starts.
  await clock({ action: 'step', seconds: 5 });
  // Controllers react to a write on the next real-time tick, tens of milliseconds later; a person typing the
  // next command never sees that gap but a test could. Running the queued work (a zero step, so no simulated
  // time passes) before each command makes every command see the cluster as a person would.
  const settle = () => clock({ action: 'step', seconds: 0 });
  const k = async (args: string[], input?: string, timeoutMs?: number) => {
    await settle();
    return run(args, input, timeoutMs);
  };
  return {
    server,
    k,
    start: (args, timeoutMs) => run.start(args, timeoutMs),
    async ok(args, input) {
      const r = await k(args, input);
      if (r.code !== 0) throw new Error(`kubectl ${args.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout}`);
      return r.stdout;
    },
    step: (seconds) => clock({ action: 'step', seconds }),
    get: async (path) => (await fetch(pg.kubeServer + path)).json(),
    product,
    close: () => server.close(),
  };
}

/** Parses kubectl's column output into rows keyed by header, using the header's column offsets (cells may
 * contain single spaces, like `cpu: 0%/50%` or `0 (5s ago)`). */
export function table(stdout: string): Record<string, string>[] {
  const lines = stdout.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const header = lines[0]!;
  const cols: { name: string; start: number }[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(header); m; m = re.exec(header)) cols.push({ name: m[0], start: m.index });
  return lines.slice(1).map((line) => {
    const row: Record<string, string> = {};
    cols.forEach((c, i) => {
      const end = i + 1 < cols.length ? cols[i + 1]!.start : line.length;
      row[c.name] = line.slice(c.start, end).trim();
    });
    return row;
  });
}

/** The header line of kubectl's column output, with runs of spaces collapsed. */
export function headerOf(stdout: string): string {
  return (stdout.split('\n')[0] ?? '').trim().replace(/\s{2,}/g, ' ');
}
