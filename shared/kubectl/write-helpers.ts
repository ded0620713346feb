/** Shared pieces of the commands that write objects: dry-run, namespaces of manifests, result messages. */
import type { ResourceInfo } from '../k8s/resources';
import type { KObject } from '../k8s/types';
import { kindPrefix } from './api';
import { CommandError } from './errors';
import type { Invocation } from './invocation';
import { flag } from './parse';
import { printObjects } from './printers/objects';

export type DryRun = 'none' | 'client' | 'server';

/** Reads --dry-run as kubectl 1.32 does. */
export function dryRunOf(inv: Invocation): DryRun {
  const v = flag(inv.parsed, 'dry-run') ?? 'none';
  if (v === 'client' || v === 'server' || v === 'none') return v;
  throw new CommandError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
}

/** Query parameters kubectl sends on writes. */
export function writeQuery(dryRun: DryRun, fieldManager: string, validate = true): Record<string, string> {
  const q: Record<string, string> = {};
  if (dryRun === 'server') q.dryRun = 'All';
  q.fieldManager = fieldManager;
  if (validate) q.fieldValidation = 'Strict';
  return q;
}

/** The namespace a manifest goes to; a conflicting -n is an error, as in kubectl. */
export function manifestNamespace(inv: Invocation, info: ResourceInfo, obj: KObject): string | undefined {
  if (!info.namespaced) return undefined;
  const own = obj.metadata?.namespace;
  if (own && inv.namespaceExplicit && own !== inv.namespace) {
    throw new CommandError(
      `the namespace from the provided object "${own}" does not match the namespace "${inv.namespace}". You must pass '--namespace=${own}' to perform this operation.`,
    );
  }
  return own || inv.namespace;
}

/** Suffix kubectl appends to a result in dry-run mode. */
export function dryRunSuffix(dryRun: DryRun): string {
  return dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
}

/** Prints the outcome of a write: 'deployment.apps/web created', or the object in the -o format. */
export function printResult(inv: Invocation, info: ResourceInfo, obj: KObject, verb: string, dryRun: DryRun): void {
  const output = flag(inv.parsed, 'output');
  if (output === 'name') {
    inv.io.stdout(`${kindPrefix(info)}/${obj.metadata.name}\n`);
  } else if (output) {
    inv.io.stdout(printObjects(output, [obj], true));
  } else {
    inv.io.stdout(`${kindPrefix(info)}/${obj.metadata.name} ${verb}${dryRunSuffix(dryRun)}\n`);
  }
}
