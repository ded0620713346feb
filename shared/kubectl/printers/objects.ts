/** The non-table output formats shared by get, create, apply and friends (-o yaml|json|name|jsonpath|custom-columns). */
import type { KObject } from '../../k8s/types';
import { resourceForKind } from '../../k8s/resources';
import { CommandError } from '../errors';
import { tableWriter } from '../tabwriter';
import { evaluate, executeJsonPath, valueText } from './jsonpath';
import { toJson, toYaml } from './yaml-json';

/** Drops managedFields as kubectl does unless --show-managed-fields. */
export function stripManagedFields(obj: KObject): KObject {
  if (!obj.metadata?.managedFields) return obj;
  const { managedFields: _drop, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}

/** Wraps several objects in the v1 List kubectl prints. */
export function asList(items: KObject[]): KObject {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } } as KObject;
}

/** 'pod/web-1', 'deployment.apps/web'. */
export function objectName(obj: KObject): string {
  const info = resourceForKind(obj.apiVersion, obj.kind);
  const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : '';
  const kind = (info?.kind ?? obj.kind).toLowerCase();
  return `${group ? `${kind}.${group}` : kind}/${obj.metadata.name}`;
}

/** True for output formats printed from whole objects rather than server Tables. */
export function isObjectFormat(output: string | undefined): boolean {
  if (!output) return false;
  return ['yaml', 'json', 'name'].includes(output) || /^(jsonpath|jsonpath-as-json|custom-columns|go-template|template)(=|-file=)/.test(output) || output.startsWith('jsonpath');
}

function customColumns(spec: string, objects: KObject[], noHeaders: boolean): string {
  const cols = spec.split(',').map((c) => {
    const idx = c.indexOf(':');
    if (idx < 0) throw new CommandError(`unexpected custom-columns spec: ${c}, expected <header>:<json-path-expr>`);
    return { header: c.slice(0, idx), expr: c.slice(idx + 1) };
  });
  const w = tableWriter();
  if (!noHeaders) w.write(`${cols.map((c) => c.header).join('\t')}\n`);
  for (const obj of objects) {
    const cells = cols.map((c) => {
      const values = evaluate(c.expr, obj).filter((v) => v !== undefined);
      return values.length === 0 ? '<none>' : values.map(valueText).join(',');
    });
    w.write(`${cells.join('\t')}\n`);
  }
  return w.flush();
}

/** Prints objects in a -o format; `single` prints the lone object instead of a List. */
export function printObjects(output: string, objects: KObject[], single: boolean, noHeaders = false, showManagedFields = false): string {
  const objs = showManagedFields ? objects : objects.map(stripManagedFields);
  const data = single && objs.length === 1 ? objs[0] : asList(objs);
  if (output === 'yaml') return toYaml(data);
  if (output === 'json') return toJson(data);
  if (output === 'name') return objs.map((o) => `${objectName(o)}\n`).join('');
  if (output.startsWith('jsonpath=') || output.startsWith('jsonpath-as-json=')) {
    const template = output.slice(output.indexOf('=') + 1);
    return executeJsonPath(template, data);
  }
  if (output.startsWith('custom-columns=')) return customColumns(output.slice('custom-columns='.length), objs, noHeaders);
  throw new CommandError(
    `unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`,
  );
}
