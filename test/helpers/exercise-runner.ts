/** Runs an exercise end to end on a real server: create the playground for it, grade the untouched setup,
 * apply the reference solution (in-browser kubectl commands and manifests), let time pass, grade again. */
import type { Exercise, GradeResult } from '../../shared/exercises/schema.js';
import { fetchClient } from '../../shared/kubectl/client.js';
import { runKubectl } from '../../shared/kubectl/run.js';
import { tokenize } from '../../shared/kubectl/parse.js';
import type { TestServer } from './server.js';

async function post(url: string, body: unknown) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
  return r.json();
}

export async function runExercise(server: TestServer, exercise: Exercise): Promise<{ before: GradeResult; after: GradeResult; output: string }> {
  const pg = await server.createPlayground({ exercise: exercise.id });
  const api = `${server.url}/api/playgrounds/${pg.editKey}`;
  await post(`${api}/clock`, { action: 'pause' });
  const before = (await post(`${api}/grade`, { exercise: exercise.id })) as GradeResult;
  const client = fetchClient(pg.kubeServer);
  let output = '';
  const io = { stdout: (s: string) => void (output += s), stderr: (s: string) => void (output += s), now: () => Date.now() };
  for (const line of exercise.solution.commands) {
    const argv = tokenize(line);
    const code = await runKubectl(argv, client, io, { namespace: 'default', serverUrl: pg.kubeServer });
    if (code !== 0) throw new Error(`solution command failed: ${line}\n${output}`);
  }
  if (exercise.solution.manifests.trim()) {
    const code = await runKubectl(['apply', '-f', '-'], client, { ...io, stdin: exercise.solution.manifests }, { namespace: 'default', serverUrl: pg.kubeServer });
    if (code !== 0) throw new Error(`solution manifests failed:\n${output}`);
  }
  for (let t = 0; t < exercise.solution.waitSeconds; t += 10) await post(`${api}/clock`, { action: 'step', seconds: Math.min(10, exercise.solution.waitSeconds - t) });
  const after = (await post(`${api}/grade`, { exercise: exercise.id })) as GradeResult;
  return { before, after, output };
}
