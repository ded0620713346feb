/** The program each running container executes, built from its spec, image and environment and cached
 * (it is a pure function of them, so the cache can be dropped at any time). */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { SimContext } from '../../controller.js';
import { containerProgram, type ContainerProgram } from '../../images/program.js';
import { resolveImage } from '../../images/registry.js';
import { SHELL } from '../../images/behavior.js';
import { containerEnvironment } from './container-env.js';
import type { PodRecord } from './state.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const CACHE_LIMIT = 20_000;

/** What building a program reads: the cluster (images) and objects (env sources). */
export type ProgramContext = Pick<SimContext, 'cluster' | 'get'>;
// Per cluster: two clusters (a fork, or tests with one seed) can hold pods with the same uid.
const caches = new WeakMap<object, Map<string, ContainerProgram>>();

/** The spec of a container (init or regular) by name. */
export function containerSpec(pod: KObject, name: string): Json | undefined {
  return (pod.spec?.containers ?? []).find((c: Json) => c.name === name) ?? (pod.spec?.initContainers ?? []).find((c: Json) => c.name === name);
}

/** The program of container `name` in its run that started at `startedAt`. */
export function programFor(ctx: ProgramContext, pod: KObject, rec: PodRecord | undefined, name: string, startedAt: number): ContainerProgram | undefined {
  const spec = containerSpec(pod, name);
  if (!spec) return undefined;
  let cache = caches.get(ctx.cluster);
  if (!cache) caches.set(ctx.cluster, (cache = new Map()));
  const key = `${pod.metadata.uid}/${name}/${startedAt}/${spec.image}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const res = resolveImage(ctx.cluster, spec.image);
  const behavior = res.ok ? res.behavior : SHELL;
  const { env, lines } = containerEnvironment(ctx, pod, spec, rec?.services ?? [], rec?.ip ?? pod.status?.podIP);
  const program = containerProgram({ command: spec.command, args: spec.args, behavior, env, environment: lines, startedAt });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, program);
  return program;
}
