/** Classroom playgrounds on Workers: each student's cluster lives in its own Durable Object, which the
 * directory object drives through internal routes. */
import type { ClassroomPlaygrounds, CreateStudentPlayground, PlaygroundState } from '../../classroom/playgrounds.js';
import type { Exercise } from '../../../shared/exercises/schema.js';
import type { FaultSpec } from '../../sim/controllers/lifecycle/fault-actions.js';
import { clusterStub, internalPost, type Env } from './env.js';
import { INTERNAL_CREATE, internalPlaygroundPath } from './internal-routes.js';

async function failure(res: Response, what: string): Promise<Error> {
  return new Error(`${what} failed with HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
}

export class RemotePlaygrounds implements ClassroomPlaygrounds {
  constructor(private readonly env: Env) {}

  async create(opts: CreateStudentPlayground): Promise<void> {
    const res = await internalPost(clusterStub(this.env, opts.id), INTERNAL_CREATE, {
      id: opts.id,
      editKey: opts.editKey,
      name: opts.name,
      exercise: opts.exercise,
      classroom: true,
      origin: this.env.PUBLIC_URL ?? 'https://playground.invalid',
    });
    if (res.status !== 201) throw await failure(res, 'creating a student playground');
    await res.body?.cancel();
  }

  async inspect(id: string, exercise: Exercise): Promise<PlaygroundState | undefined> {
    const res = await internalPost(clusterStub(this.env, id), internalPlaygroundPath(id, 'inspect'), { exercise });
    if (res.status === 404) return undefined;
    if (!res.ok) throw await failure(res, 'grading a student playground');
    return (await res.json()) as PlaygroundState;
  }

  async applyFault(id: string, spec: FaultSpec): Promise<string | undefined> {
    const res = await internalPost(clusterStub(this.env, id), internalPlaygroundPath(id, 'fault'), { spec });
    if (res.status === 404) return 'no playground';
    if (!res.ok) throw await failure(res, 'applying a fault');
    return ((await res.json()) as { problem: string | null }).problem ?? undefined;
  }

  async delete(id: string): Promise<void> {
    const res = await internalPost(clusterStub(this.env, id), internalPlaygroundPath(id, 'delete'), {});
    await res.body?.cancel();
  }
}
