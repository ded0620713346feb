import { hasKey, isJsonMap, jsonEqual, type JsonMap } from './json-value.js';
import { fieldMeta, type FieldMeta, type TypeMeta } from './merge-keys.js';

/*
 * Sets of field paths as server-side apply tracks them (structured-merge-diff). A path element is spelled as in
 * FieldsV1: `f:<field>`, `k:{"name":"x"}` for an item of a keyed list, `v:"x"` for an item of a set.
 */

/** A path into an object, as FieldsV1 path elements. */
export type FieldPath = string[];

/** An immutable-by-convention set of field paths. */
export class FieldSet {
  private readonly members = new Map<string, FieldPath>();

  /** Builds a set from paths. */
  static of(paths: Iterable<FieldPath>): FieldSet {
    const set = new FieldSet();
    for (const p of paths) set.add(p);
    return set;
  }

  /** Reads a FieldsV1 document (`{"f:spec":{"f:replicas":{}}}`, `"."` marking a member with children). */
  static fromFieldsV1(fields: unknown): FieldSet {
    const set = new FieldSet();
    const walk = (node: unknown, prefix: FieldPath): void => {
      if (!isJsonMap(node)) return;
      for (const [pe, child] of Object.entries(node)) {
        if (pe === '.') {
          if (prefix.length > 0) set.add(prefix);
          continue;
        }
        const path = [...prefix, pe];
        if (isJsonMap(child) && Object.keys(child).length === 0) set.add(path);
        else walk(child, path);
      }
    };
    walk(fields, []);
    return set;
  }

  /** Adds a path (mutates; use while building). */
  add(path: FieldPath): void {
    this.members.set(memberKey(path), path);
  }

  has(path: FieldPath): boolean {
    return this.members.has(memberKey(path));
  }

  get size(): number {
    return this.members.size;
  }

  paths(): FieldPath[] {
    return [...this.members.values()].sort(comparePaths);
  }

  // Sets are immutable by convention, so an operation that changes nothing may return an operand.
  union(other: FieldSet): FieldSet {
    if (other.size === 0) return this;
    if (this.size === 0) return other;
    return FieldSet.of([...this.members.values(), ...other.members.values()]);
  }

  difference(other: FieldSet): FieldSet {
    if (other.size === 0 || this.size === 0) return this;
    return FieldSet.of([...this.members.values()].filter((p) => !other.has(p)));
  }

  intersection(other: FieldSet): FieldSet {
    return FieldSet.of([...this.members.values()].filter((p) => other.has(p)));
  }

  filter(keep: (path: FieldPath) => boolean): FieldSet {
    return FieldSet.of([...this.members.values()].filter(keep));
  }

  /** True when some member lies strictly below `path`. */
  hasDescendantOf(path: FieldPath): boolean {
    for (const p of this.members.values()) {
      if (p.length > path.length && path.every((pe, i) => p[i] === pe)) return true;
    }
    return false;
  }

  /** Writes the set as a FieldsV1 document. */
  toFieldsV1(): Record<string, unknown> {
    interface Node {
      member: boolean;
      children: Map<string, Node>;
    }
    const root: Node = { member: false, children: new Map() };
    for (const path of this.members.values()) {
      let node = root;
      for (const pe of path) {
        let next = node.children.get(pe);
        if (!next) {
          next = { member: false, children: new Map() };
          node.children.set(pe, next);
        }
        node = next;
      }
      node.member = true;
    }
    const write = (node: Node): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      if (node.member && node.children.size > 0) out['.'] = {};
      for (const pe of [...node.children.keys()].sort(compareElements)) out[pe] = write(node.children.get(pe)!);
      return out;
    };
    return write(root);
  }
}

// Path elements are `f:name`, JSON (`k:{...}`, `v:...`) or `i:n`: none holds a NUL, so it separates them.
function memberKey(path: FieldPath): string {
  return path.join('\u0000');
}

const ELEMENT_ORDER = ['f', 'k', 'v', 'i'];

function compareElements(a: string, b: string): number {
  const ta = ELEMENT_ORDER.indexOf(a[0]);
  const tb = ELEMENT_ORDER.indexOf(b[0]);
  if (ta !== tb) return ta - tb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders paths element by element, the way structured-merge-diff iterates a set. */
export function comparePaths(a: FieldPath, b: FieldPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareElements(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Renders a path as the API server prints it in conflicts: `.spec.template.spec.containers[name="nginx"].image`. */
export function pathString(path: FieldPath): string {
  return path
    .map((pe) => {
      const body = pe.slice(2);
      switch (pe[0]) {
        case 'f':
          return `.${body}`;
        case 'k': {
          const key = JSON.parse(body) as JsonMap;
          return `[${Object.keys(key)
            .map((k) => `${k}=${JSON.stringify(key[k])}`)
            .join(',')}]`;
        }
        case 'v':
          return `[=${body}]`;
        default:
          return `[${body}]`;
      }
    })
    .join('');
}

// The API server defaults a port's protocol before keying the list, so an omitted protocol keys as TCP.
const KEY_DEFAULTS: JsonMap = { protocol: 'TCP' };

function keyFieldsOf(meta: FieldMeta): string[] {
  return [...(meta.listKeys ?? [meta.key!])].sort();
}

/** The `k:{...}` element naming an item of a keyed list. */
export function keyElement(item: JsonMap, meta: FieldMeta): string {
  const key: JsonMap = {};
  for (const k of keyFieldsOf(meta)) {
    if (hasKey(item, k)) key[k] = item[k];
    else if (hasKey(KEY_DEFAULTS, k)) key[k] = KEY_DEFAULTS[k];
  }
  return `k:${JSON.stringify(key)}`;
}

/** The `v:...` element naming an item of a set. */
export function valueElement(item: unknown): string {
  return `v:${JSON.stringify(item)}`;
}

/** True when a list is merged by key (its items are objects and the field declares a key). */
export function isKeyedList(meta: FieldMeta | undefined, list: unknown[]): meta is FieldMeta & { key: string } {
  return !!meta?.merge && !!meta.key && list.every(isJsonMap);
}

/** True when a list is merged as a set of primitives. */
export function isSetList(meta: FieldMeta | undefined, list: unknown[]): boolean {
  return !!meta?.merge && list.every((v) => !isJsonMap(v) && !Array.isArray(v));
}

/** The field set of a configuration, as an Apply records it: leaves, list items, atomic values, empty maps. */
export function fieldSetOf(value: JsonMap, type: TypeMeta | undefined): FieldSet {
  const set = new FieldSet();
  walkMap(value, type, [], set);
  return set;
}

/** The field set of one value at `path` (the part of an object's field set under that path). */
export function fieldSetAt(value: unknown, meta: FieldMeta | undefined, path: FieldPath): FieldSet {
  const set = new FieldSet();
  walkValue(value, meta, path, set);
  return set;
}

function walkMap(value: JsonMap, type: TypeMeta | undefined, prefix: FieldPath, set: FieldSet): void {
  for (const [k, v] of Object.entries(value)) walkValue(v, fieldMeta(type, k), [...prefix, `f:${k}`], set);
}

function walkValue(v: unknown, meta: FieldMeta | undefined, path: FieldPath, set: FieldSet): void {
  if (isJsonMap(v)) {
    if (meta?.atomic || Object.keys(v).length === 0) set.add(path);
    else walkMap(v, meta?.type, path, set);
  } else if (Array.isArray(v)) {
    if (isKeyedList(meta, v)) {
      for (const item of v as JsonMap[]) {
        const itemPath = [...path, keyElement(item, meta)];
        set.add(itemPath);
        walkMap(item, meta.type, itemPath, set);
      }
    } else if (isSetList(meta, v)) {
      for (const item of v) set.add([...path, valueElement(item)]);
    } else {
      set.add(path);
    }
  } else {
    set.add(path);
  }
}

function matches(item: unknown, pe: string): boolean {
  if (pe.startsWith('v:')) return jsonEqual(item, JSON.parse(pe.slice(2)));
  if (!isJsonMap(item)) return false;
  const key = JSON.parse(pe.slice(2)) as JsonMap;
  return Object.keys(key).every((k) => jsonEqual(hasKey(item, k) ? item[k] : KEY_DEFAULTS[k], key[k]));
}

/** The value at a path, or undefined when absent. */
export function valueAt(root: unknown, path: FieldPath): unknown {
  let node: unknown = root;
  for (const pe of path) {
    if (pe.startsWith('f:')) {
      if (!isJsonMap(node) || !hasKey(node, pe.slice(2))) return undefined;
      node = node[pe.slice(2)];
    } else {
      if (!Array.isArray(node)) return undefined;
      node = node.find((item) => matches(item, pe));
      if (node === undefined) return undefined;
    }
  }
  return node;
}

/** Removes the value at a path in place; maps left empty by the removal go too unless `keep` owns them. */
export function removeAt(root: JsonMap, path: FieldPath, keep: (path: FieldPath) => boolean): void {
  const parentPath = path.slice(0, -1);
  const parent = valueAt(root, parentPath);
  const last = path[path.length - 1];
  if (last.startsWith('f:')) {
    if (!isJsonMap(parent)) return;
    delete parent[last.slice(2)];
  } else {
    if (!Array.isArray(parent)) return;
    const index = parent.findIndex((item) => matches(item, last));
    if (index >= 0) parent.splice(index, 1);
  }
  const emptied = (isJsonMap(parent) && Object.keys(parent).length === 0) || (Array.isArray(parent) && parent.length === 0);
  const parentLast = parentPath[parentPath.length - 1];
  if (emptied && parentPath.length > 0 && parentLast.startsWith('f:') && !keep(parentPath)) removeAt(root, parentPath, keep);
}
