/** kubectl scale: a merge patch on the scale subresource. */
import { call, kindPrefix, resourceNameArgs, resourcePath } from '../api';
import { ApiError, CommandError, formatError } from '../errors';
import type { Invocation } from '../invocation';
import { flag } from '../parse';

/** Runs `kubectl scale`. */
export async function scale(inv: Invocation): Promise<number> {
  const replicas = flag(inv.parsed, 'replicas');
  if (replicas === undefined) throw new CommandError('required flag(s) "replicas" not set');
  if (!/^-?\d+$/.test(replicas)) throw new CommandError(`invalid argument "${replicas}" for "--replicas" flag: strconv.ParseInt: parsing "${replicas}": invalid syntax`);
  if (Number(replicas) < 0) throw new CommandError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const targets = resourceNameArgs(inv.args);
  if (targets.length === 0) throw new CommandError('You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'');
  let failed = false;
  for (const { info, names } of targets) {
    if (!info.subresources.includes('scale')) throw new CommandError(`cannot scale ${info.resource}.${info.group}`.replace(/\.$/, ''));
    for (const name of names) {
      try {
        await call(inv.client, {
          method: 'PATCH',
          path: resourcePath(info, inv.namespace, name, 'scale'),
          body: { spec: { replicas: Number(replicas) } },
          contentType: 'application/merge-patch+json',
        });
        inv.io.stdout(`${kindPrefix(info)}/${name} scaled\n`);
      } catch (err) {
        failed = true;
        if (err instanceof ApiError && err.httpStatus === 404) inv.io.stderr(`error: no objects passed to scale ${err.status.message}\n`);
        else inv.io.stderr(formatError(err));
      }
    }
  }
  return failed ? 1 : 0;
}
