/** kubectl set image: a strategic merge patch of the named containers' images. */
import { call, kindPrefix, resourceNameArgs, resourcePath } from '../api';
import { CommandError } from '../errors';
import type { Invocation } from '../invocation';

/** The pod spec inside a workload ('spec.template.spec', or 'spec' for a pod). */
function podSpecPath(kind: string): string[] {
  if (kind === 'Pod') return ['spec'];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  return ['spec', 'template', 'spec'];
}

function nest(path: string[], value: unknown): Record<string, unknown> {
  return path.reduceRight<Record<string, unknown>>((acc, key) => ({ [key]: acc }), value as Record<string, unknown>);
}

/** Runs `kubectl set image`. */
export async function set(inv: Invocation): Promise<number> {
  const [sub, ...rest] = inv.args;
  if (sub !== 'image') throw new CommandError(sub ? `set ${sub} is not supported in this simulated cluster` : 'Configure application resources.\nAvailable Commands: image');
  const pairs = rest.filter((a) => a.includes('='));
  const resources = rest.filter((a) => !a.includes('='));
  if (pairs.length === 0) throw new CommandError('at least one image update is required');
  const images = pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const);
  for (const { info, names } of resourceNameArgs(resources)) {
    for (const name of names) {
      const path = resourcePath(info, inv.namespace, name);
      const obj = await call(inv.client, { method: 'GET', path });
      const specPath = podSpecPath(obj.kind ?? info.kind);
      const spec = specPath.reduce((acc: Record<string, unknown> | undefined, k) => acc?.[k] as Record<string, unknown> | undefined, obj);
      const containers = (spec?.containers ?? []) as { name: string; image: string }[];
      const updates: { image: string; name: string }[] = [];
      for (const [container, image] of images) {
        const matched = container === '*' ? containers : containers.filter((c) => c.name === container);
        if (matched.length === 0) throw new CommandError(`unable to find container named "${container}"`);
        for (const c of matched) updates.push({ image, name: c.name });
      }
      const changed = updates.some((u) => containers.find((c) => c.name === u.name)?.image !== u.image);
      if (changed) {
        const body = nest(specPath, { '$setElementOrder/containers': containers.map((c) => ({ name: c.name })), containers: updates });
        await call(inv.client, { method: 'PATCH', path, body, contentType: 'application/strategic-merge-patch+json' });
      }
      inv.io.stdout(`${kindPrefix(info)}/${name} image updated\n`);
    }
  }
  return 0;
}
