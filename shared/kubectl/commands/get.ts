/** kubectl get: server-side Tables for humans, whole objects for -o yaml|json|name|jsonpath|custom-columns, -w. */
import type { ResourceInfo } from '../../k8s/resources';
import type { KObject, Table } from '../../k8s/types';
import { TABLE_ACCEPT, call, categoryResources, kindPrefix, mustResolve, mustResolveKind, resourcePath, withTypeMeta } from '../api';
import { readFilenames } from '../manifests';
import { ApiError, CommandError, formatError, listError } from '../errors';
import type { Invocation } from '../invocation';
import { boolFlag, flag, listFlag } from '../parse';
import { evaluate } from '../printers/jsonpath';
import { isObjectFormat, printObjects } from '../printers/objects';
import { writeTable } from '../printers/table';
import { tableWriter, type TabWriter } from '../tabwriter';

interface Target {
  info: ResourceInfo;
  names: string[];
}

const MISSING_TYPE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
  'error: Required resource not specified.\n' +
  'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
  "See 'kubectl get -h' for help and examples\n";

/** Expands the positional arguments into resource types and names ('all' expands to its category). */
export function targetsFrom(args: string[]): Target[] {
  const out: Target[] = [];
  const add = (info: ResourceInfo, name?: string) => {
    let t = out.find((x) => x.info === info);
    if (!t) out.push((t = { info, names: [] }));
    if (name !== undefined) t.names.push(name);
  };
  if (args.every((a) => a.includes('/'))) {
    for (const a of args) add(mustResolve(a.slice(0, a.indexOf('/'))), a.slice(a.indexOf('/') + 1));
    return out;
  }
  if (args.slice(1).some((a) => a.includes('/'))) {
    throw new CommandError(
      "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
    );
  }
  for (const type of args[0].split(',')) {
    const infos = type === 'all' ? categoryResources('all') : [mustResolve(type)];
    for (const info of infos) {
      add(info);
      for (const n of args.slice(1)) add(info, n);
    }
  }
  return out;
}

/** Targets named by -f manifests. */
function targetsFromManifests(inv: Invocation): Target[] {
  const out: Target[] = [];
  for (const { obj, source } of readFilenames(inv)) {
    const info = mustResolveKind(obj.apiVersion, obj.kind, obj.metadata?.name, source);
    const t = out.find((x) => x.info === info);
    if (t) t.names.push(obj.metadata.name!);
    else out.push({ info, names: [obj.metadata.name!] });
  }
  return out;
}

function listQuery(inv: Invocation, extra: Record<string, string> = {}): Record<string, string> {
  const q: Record<string, string> = { limit: '500', ...extra };
  const l = flag(inv.parsed, 'selector');
  const fs = flag(inv.parsed, 'field-selector');
  if (l) q.labelSelector = l;
  if (fs) q.fieldSelector = fs;
  return q;
}

function nsFor(inv: Invocation, info: ResourceInfo, all: boolean): string | undefined {
  return info.namespaced && !all ? inv.namespace : undefined;
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a === undefined) return b === undefined ? 0 : -1;
  if (b === undefined) return 1;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function sortBy<T>(items: T[], expr: string | undefined, objectOf: (t: T) => unknown): T[] {
  if (!expr) return items;
  return [...items].sort((x, y) => compareValues(evaluate(expr, objectOf(x))[0], evaluate(expr, objectOf(y))[0]));
}

/** Runs `kubectl get`. */
export async function get(inv: Invocation): Promise<number> {
  if (inv.args.length === 0 && listFlag(inv.parsed, 'filename').length === 0) {
    inv.io.stderr(MISSING_TYPE);
    return 1;
  }
  const all = boolFlag(inv.parsed, 'all-namespaces');
  const output = flag(inv.parsed, 'output');
  const targets = inv.args.length > 0 ? targetsFrom(inv.args) : targetsFromManifests(inv);
  const errors: unknown[] = [];
  if (output && isObjectFormat(output)) return getObjects(inv, targets, output, all);
  if (output && output !== 'wide') {
    throw new CommandError(
      `unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`,
    );
  }
  const sortExpr = flag(inv.parsed, 'sort-by');
  const withKind = targets.length > 1 || boolFlag(inv.parsed, 'show-kind');
  const opts = {
    wide: output === 'wide',
    withNamespace: all,
    showLabels: boolFlag(inv.parsed, 'show-labels'),
    labelColumns: listFlag(inv.parsed, 'label-columns', true),
    noHeaders: boolFlag(inv.parsed, 'no-headers'),
  };
  let written = false;
  const lastTables: { target: Target; table: Table; writer: TabWriter }[] = [];
  for (const target of targets) {
    const { info } = target;
    const tableOpts = { ...opts, withNamespace: all && info.namespaced, kind: withKind ? kindPrefix(info) : undefined };
    const extra: Record<string, string> = sortExpr ? { includeObject: 'Object' } : {};
    let table: Table | undefined;
    if (target.names.length > 0) {
      for (const name of target.names) {
        try {
          const t: Table = await call(inv.client, {
            method: 'GET',
            path: resourcePath(info, nsFor(inv, info, false), name),
            accept: TABLE_ACCEPT,
            query: Object.keys(extra).length ? extra : undefined,
          });
          if (!table) table = t;
          else table = { ...table, rows: [...table.rows, ...t.rows] };
        } catch (err) {
          if (boolFlag(inv.parsed, 'ignore-not-found') && err instanceof ApiError && err.httpStatus === 404) continue;
          errors.push(err);
        }
      }
    } else {
      try {
        table = await call(inv.client, { method: 'GET', path: resourcePath(info, nsFor(inv, info, all)), accept: TABLE_ACCEPT, query: listQuery(inv, extra) });
      } catch (err) {
        errors.push(listError(err, info.group, info.version, info.resource, listQuery(inv)));
      }
    }
    if (!table) continue;
    // Watch keeps printing through the same writer so rows stay aligned with the first table.
    const w = tableWriter();
    lastTables.push({ target, table, writer: w });
    if (!Array.isArray(table.rows) || table.rows.length === 0) continue;
    const rows = sortBy(table.rows, sortExpr, (r) => r.object);
    writeTable(w, { ...table, rows }, tableOpts, true);
    const text = w.flush();
    if (written && !opts.noHeaders) inv.io.stdout('\n');
    inv.io.stdout(text);
    written = true;
  }
  for (const err of errors) inv.io.stderr(formatError(err));
  if (!written && errors.length === 0 && !boolFlag(inv.parsed, 'watch') && !boolFlag(inv.parsed, 'watch-only')) {
    const clusterScoped = targets.every((t) => !t.info.namespaced);
    inv.io.stderr(all || clusterScoped ? 'No resources found\n' : `No resources found in ${inv.namespace} namespace.\n`);
  }
  if (errors.length > 0) return 1;
  if (boolFlag(inv.parsed, 'watch') || boolFlag(inv.parsed, 'watch-only')) {
    if (targets.length !== 1) throw new CommandError('you may only specify a single resource type');
    const target = targets[0];
    const first = lastTables[0];
    return watchTable(inv, target, { ...opts, withNamespace: all && target.info.namespaced }, first?.table.metadata?.resourceVersion, written, first?.writer ?? tableWriter());
  }
  return 0;
}

async function watchTable(
  inv: Invocation,
  target: Target,
  opts: Parameters<typeof writeTable>[2],
  rv: string | undefined,
  headerPrinted: boolean,
  w: TabWriter,
): Promise<number> {
  const { info } = target;
  const query: Record<string, string> = target.names.length
    ? { fieldSelector: `metadata.name=${target.names[0]}` }
    : listQuery(inv);
  delete query.limit;
  if (rv) query.resourceVersion = rv;
  let printedHeader = headerPrinted;
  const controller = new AbortController();
  inv.io.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  if (inv.io.signal?.aborted) return 0;
  let failure: unknown;
  await inv.client.watch(
    { method: 'GET', path: resourcePath(info, nsFor(inv, info, !!opts.withNamespace)), accept: TABLE_ACCEPT, query },
    (ev) => {
      if (ev.type === 'BOOKMARK') return;
      if (ev.type === 'ERROR') {
        failure = new ApiError(ev.object, ev.object?.code ?? 500);
        controller.abort();
        return;
      }
      const table = ev.object as Table;
      if (!table || table.kind !== 'Table') return;
      writeTable(w, table, opts, !printedHeader);
      printedHeader = true;
      inv.io.stdout(w.flush());
    },
    controller.signal,
  );
  if (failure) {
    inv.io.stderr(formatError(failure));
    return 1;
  }
  return 0;
}

async function getObjects(inv: Invocation, targets: Target[], output: string, all: boolean): Promise<number> {
  const objects: KObject[] = [];
  const errors: unknown[] = [];
  const byName = targets.some((t) => t.names.length > 0);
  for (const { info, names } of targets) {
    if (names.length > 0) {
      for (const name of names) {
        try {
          objects.push(withTypeMeta(info, await call(inv.client, { method: 'GET', path: resourcePath(info, nsFor(inv, info, false), name) })));
        } catch (err) {
          if (boolFlag(inv.parsed, 'ignore-not-found') && err instanceof ApiError && err.httpStatus === 404) continue;
          errors.push(err);
        }
      }
    } else {
      try {
        const list = await call(inv.client, { method: 'GET', path: resourcePath(info, nsFor(inv, info, all)), query: listQuery(inv) });
        for (const item of list.items ?? []) objects.push(withTypeMeta(info, item));
      } catch (err) {
        errors.push(listError(err, info.group, info.version, info.resource, listQuery(inv)));
      }
    }
  }
  const sorted = sortBy(objects, flag(inv.parsed, 'sort-by'), (o) => o);
  const single = byName && targets.length === 1 && targets[0].names.length === 1;
  if (sorted.length > 0 || output === 'yaml' || output === 'json' || output.startsWith('jsonpath')) {
    if (!(single && sorted.length === 0)) {
      inv.io.stdout(printObjects(output, sorted, single, boolFlag(inv.parsed, 'no-headers'), boolFlag(inv.parsed, 'show-managed-fields')));
    }
  }
  for (const err of errors) inv.io.stderr(formatError(err));
  if (sorted.length === 0 && errors.length === 0 && !byName && (output === 'name' || output.startsWith('custom-columns'))) {
    const clusterScoped = targets.every((t) => !t.info.namespaced);
    inv.io.stderr(all || clusterScoped ? 'No resources found\n' : `No resources found in ${inv.namespace} namespace.\n`);
  }
  return errors.length > 0 ? 1 : 0;
}
