/** kubectl run: one pod from an image (interactive sessions are not available without real containers). */
import { findResource } from '../../k8s/resources';
import { call, resourcePath } from '../api';
import { CommandError } from '../errors';
import { podObject } from '../generators';
import type { Invocation } from '../invocation';
import { boolFlag, flag, listFlag } from '../parse';
import { printObjects } from '../printers/objects';
import { dryRunOf, printResult, writeQuery } from '../write-helpers';

/** Runs `kubectl run`. */
export async function run(inv: Invocation): Promise<number> {
  const name = inv.args[0];
  if (!name) throw new CommandError('NAME is required for run');
  const image = flag(inv.parsed, 'image');
  if (!image) throw new CommandError('required flag(s) "image" not set');
  if (boolFlag(inv.parsed, 'stdin') || boolFlag(inv.parsed, 'tty') || boolFlag(inv.parsed, 'attach') || boolFlag(inv.parsed, 'rm')) {
    throw new CommandError('interactive sessions (-i, -t, --attach, --rm) are not supported in this simulated cluster: no real containers run here');
  }
  const labelsFlag = flag(inv.parsed, 'labels');
  const labels = labelsFlag ? Object.fromEntries(labelsFlag.split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])) : undefined;
  const port = flag(inv.parsed, 'port');
  const rest = [...inv.args.slice(1), ...inv.parsed.rest];
  const command = boolFlag(inv.parsed, 'command');
  const pod = podObject(name, image, {
    labels,
    port: port ? Number(port) : undefined,
    env: listFlag(inv.parsed, 'env'),
    command: command ? rest : undefined,
    args: command ? undefined : rest,
    restart: flag(inv.parsed, 'restart'),
  });
  const dryRun = dryRunOf(inv);
  const output = flag(inv.parsed, 'output');
  if (dryRun === 'client' && output && output !== 'name') {
    inv.io.stdout(printObjects(output, [pod], true));
    return 0;
  }
  const info = findResource('', 'v1', 'pods')!;
  const created = dryRun === 'client' ? pod : await call(inv.client, { method: 'POST', path: resourcePath(info, inv.namespace), body: pod, query: writeQuery(dryRun, 'kubectl-run') });
  printResult(inv, info, created, 'created', dryRun);
  return 0;
}
