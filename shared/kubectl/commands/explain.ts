/** kubectl explain: field documentation from the server's OpenAPI v3 documents. */
import { call, mustResolve } from '../api';
import { CommandError } from '../errors';
import type { Invocation } from '../invocation';
import { boolFlag } from '../parse';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schema = any;

function resolveRef(doc: Schema, s: Schema): Schema {
  let cur = s;
  for (let i = 0; i < 10 && cur; i++) {
    const ref = cur.$ref ?? cur.allOf?.[0]?.$ref;
    if (!ref) break;
    const name = String(ref).split('/').pop()!;
    cur = { ...doc.components?.schemas?.[name], description: cur.description ?? doc.components?.schemas?.[name]?.description };
  }
  return cur;
}

function typeName(doc: Schema, s: Schema): string {
  const r = resolveRef(doc, s);
  if (r?.type === 'array') return `[]${typeName(doc, r.items).replace(/^<|>$/g, '')}`;
  if (r?.type === 'object' && !r.properties && r.additionalProperties) return `map[string]${typeName(doc, r.additionalProperties).replace(/^<|>$/g, '')}`;
  if (r?.properties) return 'Object';
  if (r?.format === 'int-or-string' || r?.['x-kubernetes-int-or-string']) return 'IntOrString';
  return r?.type ?? 'Object';
}

function indent(text: string, n: number): string {
  return text
    .split('\n')
    .map((l) => (l ? ' '.repeat(n) + l : l))
    .join('\n');
}

/** Runs `kubectl explain TYPE[.field.path]`. */
export async function explain(inv: Invocation): Promise<number> {
  const arg = inv.args[0];
  if (!arg) throw new CommandError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
  const [type, ...fieldPath] = arg.split('.');
  const info = mustResolve(type);
  const index = await call(inv.client, { method: 'GET', path: '/openapi/v3' });
  const key = info.group ? `apis/${info.group}/${info.version}` : `api/${info.version}`;
  const entry = index.paths?.[key];
  if (!entry) throw new CommandError(`couldn't find resource for "${info.group ? `${info.group}/` : ''}${info.version}, Kind=${info.kind}"`);
  const url = String(entry.serverRelativeURL);
  const [path, qs] = url.split('?');
  const doc = await call(inv.client, { method: 'GET', path, query: Object.fromEntries(new URLSearchParams(qs ?? '')) });
  const schemas = doc.components?.schemas ?? {};
  const rootName = Object.keys(schemas).find((n) => (schemas[n]['x-kubernetes-group-version-kind'] ?? []).some((g: Schema) => g.kind === info.kind && g.version === info.version && (g.group ?? '') === info.group));
  if (!rootName) throw new CommandError(`couldn't find resource for "${info.kind}"`);
  let schema = resolveRef(doc, schemas[rootName]);
  let fieldName = '';
  for (const f of fieldPath) {
    const next = schema?.properties?.[f];
    if (!next) throw new CommandError(`field "${f}" does not exist`);
    fieldName = f;
    schema = resolveRef(doc, next.type === 'array' ? { ...next.items, description: next.description } : next);
    if (next.type === 'array') schema = { ...schema, __array: true };
  }
  let out = `GROUP:      ${info.group}\n`.replace(/^GROUP:      \n$/, '');
  out += `KIND:       ${info.kind}\nVERSION:    ${info.version}\n\n`;
  if (fieldName) out += `FIELD: ${fieldName} <${schema.__array ? `[]${typeName(doc, schema)}` : typeName(doc, schema)}>\n\n`;
  out += `DESCRIPTION:\n${indent(schema?.description ?? '<empty>', 4)}\n    \n`;
  const props = schema?.properties ?? {};
  const required = new Set<string>(schema?.required ?? []);
  if (Object.keys(props).length) {
    out += 'FIELDS:\n';
    for (const name of Object.keys(props).sort()) {
      const p = props[name];
      out += `  ${name}\t<${typeName(doc, p)}>${required.has(name) ? ' -required-' : ''}\n`;
      if (!boolFlag(inv.parsed, 'recursive')) out += `${indent(resolveRef(doc, p).description ?? p.description ?? '<no description>', 4)}\n\n`;
    }
  }
  inv.io.stdout(out);
  return 0;
}
