import { it } from 'vitest';
import { builtInExercises } from '../../shared/exercises/load.js';
import { startTestServer } from '../helpers/server.js';
import { runExercise } from '../helpers/exercise-runner.js';

it('debug', async () => {
  const server = await startTestServer();
  const ex = builtInExercises().find((e) => e.id === process.env.EX)!;
  const orig = server.createPlayground.bind(server);
  let kube = '';
  server.createPlayground = async (b) => { const p = await orig(b); kube = p.kubeServer; return p; };
  const r = await runExercise(server, ex);
  console.log(JSON.stringify(r.after.checks.filter((c) => !c.passed), null, 1), r.output);
  for (const path of (process.env.GETS ?? '').split(',').filter(Boolean)) console.log(path, JSON.stringify(await (await fetch(kube + path)).json(), null, 1).slice(0, 6000));
  await server.close();
}, 120_000);
