/** A one-line-per-field notation for schemas, so hundreds of fields stay readable:
 *
 *   'name[!] type [modifier...] | description'
 *
 * `!` marks a required field. Types: string, boolean, int32, int64, number, byte, quantity, time (date-time),
 * ios (int-or-string), object (free-form JSON), map (string to string), a nested type name (Capitalised),
 * `[]T` for a list and `{}T` for a map of T. Modifiers: `enum=A,B`, `merge=key` (patch merge key with
 * strategy merge), `strategy=merge,retainKeys`, `list=atomic|map|set`, `keys=a,b` (list-map keys). */

import type { FieldSchema, ScalarType, TypeSchema } from './model.js';

/** A type as written: its description and field lines. */
export type TypeSpec = [description: string, fields: string[]];

export interface RawType {
  pkg: string;
  short: string;
  description: string;
  lines: string[];
}

/** Declares the types of one OpenAPI package (io.k8s.api.apps.v1, ...). */
export function pkg(prefix: string, types: Record<string, TypeSpec>): RawType[] {
  return Object.entries(types).map(([short, [description, lines]]) => ({ pkg: prefix, short, description, lines }));
}

/** Field lines every top-level kind starts with, following the real descriptions. */
export function kindFields(spec?: string, status?: string, metaRequired = false): string[] {
  const out = [
    'apiVersion string | APIVersion defines the versioned schema of this representation of an object.',
    'kind string | Kind is a string value representing the REST resource this object represents.',
    `metadata${metaRequired ? '!' : ''} ObjectMeta | Standard object's metadata.`,
  ];
  if (spec) out.push(`spec ${spec} | Spec defines the desired behavior of the object.`);
  if (status) out.push(`status ${status} | Most recently observed status of the object. Read-only.`);
  return out;
}

const SCALARS: Record<string, [ScalarType, FieldSchema['format']?]> = {
  string: ['string'],
  boolean: ['boolean'],
  int32: ['integer', 'int32'],
  int64: ['integer', 'int64'],
  number: ['number', 'double'],
  byte: ['byte'],
  quantity: ['quantity'],
  time: ['date-time'],
  ios: ['int-or-string'],
  object: ['object'],
};

/** Parses one field line; `resolve` turns a short type name into its full definition name. */
export function parseField(line: string, resolve: (short: string) => string): FieldSchema {
  const bar = line.indexOf(' | ');
  if (bar < 0) throw new Error(`schema line without description: ${line}`);
  const [head, typeToken, ...mods] = line.slice(0, bar).trim().split(/\s+/);
  const required = head.endsWith('!');
  const f: FieldSchema = { name: required ? head.slice(0, -1) : head, type: 'string', description: line.slice(bar + 3).trim() };
  if (required) f.required = true;
  applyType(f, typeToken, resolve);
  for (const mod of mods) {
    const [key, value] = mod.split('=');
    const values = value.split(',');
    if (key === 'enum') f.enum = values;
    else if (key === 'merge') {
      f.patchMergeKey = value;
      f.patchStrategy ??= 'merge';
    } else if (key === 'strategy') f.patchStrategy = value;
    else if (key === 'list') f.listType = value as FieldSchema['listType'];
    else if (key === 'keys') f.listMapKeys = values;
    else throw new Error(`unknown schema modifier ${mod} in: ${line}`);
  }
  return f;
}

function applyType(f: FieldSchema, token: string, resolve: (short: string) => string): void {
  if (token === 'map') token = '{}string';
  const container = token.startsWith('[]') ? 'array' : token.startsWith('{}') ? 'map' : undefined;
  const inner = container ? token.slice(2) : token;
  const scalar = SCALARS[inner];
  if (!container) {
    if (scalar) {
      f.type = scalar[0];
      if (scalar[1]) f.format = scalar[1];
    } else {
      f.type = 'object';
      f.ref = resolve(inner);
    }
    return;
  }
  f.type = container;
  if (scalar) {
    f.items = scalar[0];
    if (scalar[1]) f.itemsFormat = scalar[1];
  } else f.ref = resolve(inner);
}

/** Builds the full schemas of raw types, resolving short names within the type's package first, then in
 * the fallback packages (core and meta types are shared by every group). */
export function buildTypes(raw: RawType[], fallbacks: string[]): TypeSchema[] {
  const names = new Set(raw.map((t) => `${t.pkg}.${t.short}`));
  return raw.map((t) => {
    const resolve = (short: string): string => {
      for (const p of [t.pkg, ...fallbacks]) if (names.has(`${p}.${short}`)) return `${p}.${short}`;
      throw new Error(`schema type ${short} (used by ${t.short}) is not defined`);
    };
    return { name: `${t.pkg}.${t.short}`, description: t.description, fields: t.lines.map((l) => parseField(l, resolve)) };
  });
}
