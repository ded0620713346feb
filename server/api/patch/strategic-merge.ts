import { PatchError } from './errors.js';
import { goFormat } from './go-format.js';
import { cloneJson, hasKey, isJsonMap, type JsonMap } from './json-value.js';
import { fieldMeta, schemaForKind, type FieldMeta, type TypeMeta } from './merge-keys.js';

/*
 * Kubernetes strategic merge patch, as the API server applies it (apimachinery pkg/util/strategicpatch with
 * MergeParallelList and IgnoreUnmatchedNulls). Work happens on private copies, so the helpers mutate freely.
 */

const DIRECTIVE = '$patch';
const RETAIN_KEYS = '$retainKeys';
const SET_ORDER_PREFIX = '$setElementOrder/';
const DELETE_PRIMITIVE_PREFIX = '$deleteFromPrimitiveList/';

type ItemKind = 'map' | 'string' | 'number' | 'boolean';

/** Applies a strategic merge patch to an object of `kind`, merging lists by the merge keys of the Go types. */
export function strategicMergePatch(original: unknown, patch: unknown, kind: string): unknown {
  if (!isJsonMap(patch)) {
    throw new PatchError(`json: cannot unmarshal ${jsonTypeName(patch)} into Go value of type map[string]interface {}`, 400);
  }
  const base = isJsonMap(original) ? cloneJson(original) : {};
  return stripDirectives(mergeMap(base, cloneJson(patch), schemaForKind(kind)));
}

function mergeMap(original: JsonMap, patch: JsonMap, type: TypeMeta | undefined): JsonMap {
  if (hasKey(patch, DIRECTIVE)) {
    const directive = patch[DIRECTIVE];
    if (directive === 'replace') {
      delete patch[DIRECTIVE];
      return patch;
    }
    if (directive === 'delete') return {};
    if (directive !== 'merge') throw new PatchError(`unknown patch type: ${goFormat(directive)} in map: ${goFormat(patch)}`, 500);
    // `merge` is the default behaviour; the marker only has to go.
    delete patch[DIRECTIVE];
  }
  applyRetainKeys(original, patch);
  mergeOrderedLists(original, patch, type);

  for (const [rawKey, patchValue] of Object.entries(patch)) {
    const isDeleteList = rawKey.startsWith(DELETE_PRIMITIVE_PREFIX);
    const key = isDeleteList ? rawKey.slice(DELETE_PRIMITIVE_PREFIX.length) : rawKey;
    if (isDeleteList && !Array.isArray(patchValue)) throw new PatchError('invalid patch format of primitive list', 400);
    if (patchValue === null) {
      delete original[key];
      continue;
    }
    const meta = fieldMeta(type, key);
    if (!hasKey(original, key)) {
      if (!isDeleteList) original[key] = fresh(patchValue, meta);
      continue;
    }
    const originalValue = original[key];
    if (valueKind(originalValue) !== valueKind(patchValue)) {
      original[key] = patchValue;
    } else if (isJsonMap(originalValue)) {
      original[key] = mergeMap(originalValue, patchValue as JsonMap, meta?.type);
    } else if (Array.isArray(originalValue)) {
      const patchList = patchValue as unknown[];
      original[key] = meta?.merge || isDeleteList ? mergeSlice(originalValue, patchList, meta ?? {}, isDeleteList) : patchList;
    } else {
      original[key] = patchValue;
    }
  }
  return original;
}

// A value for a key the original lacks: directives inside it still have to be honoured and nulls dropped.
function fresh(value: unknown, meta: FieldMeta | undefined): unknown {
  if (isJsonMap(value)) return mergeMap({}, value, meta?.type);
  if (Array.isArray(value) && meta?.merge) return mergeSlice([], value, meta, false);
  return value;
}

function applyRetainKeys(original: JsonMap, patch: JsonMap): void {
  if (!hasKey(patch, RETAIN_KEYS)) return;
  const retain = patch[RETAIN_KEYS];
  delete patch[RETAIN_KEYS];
  if (!Array.isArray(retain)) throw new PatchError('invalid patch format of retainKeys', 400);
  const keep = new Set(retain);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || k.startsWith(DELETE_PRIMITIVE_PREFIX) || k.startsWith(SET_ORDER_PREFIX)) continue;
    if (!keep.has(k)) throw new PatchError('invalid patch format of retainKeys', 400);
  }
  for (const k of Object.keys(original)) {
    if (!keep.has(k)) delete original[k];
  }
}

// Handles every `$setElementOrder/<list>` with its list; precedence: the order list, then the patch, then live.
function mergeOrderedLists(original: JsonMap, patch: JsonMap, type: TypeMeta | undefined): void {
  for (const directiveKey of Object.keys(patch)) {
    if (!directiveKey.startsWith(SET_ORDER_PREFIX)) continue;
    const order = patch[directiveKey];
    delete patch[directiveKey];
    if (!Array.isArray(order)) throw new PatchError('invalid patch format of setElementOrder list', 400);
    const field = directiveKey.slice(SET_ORDER_PREFIX.length);
    if (patch[field] === null) continue;
    const foundOriginal = hasKey(original, field);
    const foundPatch = hasKey(patch, field);
    const originalList = foundOriginal ? asList(original[field]) : [];
    const patchList = foundPatch ? asList(patch[field]) : [];
    const meta = fieldMeta(type, field) ?? {};
    const mergeKey = meta.key ?? '';
    validatePatchWithSetOrderList(patchList, order, mergeKey);
    if (!foundOriginal && !foundPatch) continue;

    const serverOrder = originalList.slice();
    let merged: unknown[];
    if (!foundPatch) merged = originalList;
    else if (!meta.merge) merged = patchList;
    else merged = mergeSlice(foundOriginal ? originalList : [], patchList, meta, false);

    const kind = itemKind(originalList, patchList);
    if (kind !== undefined) {
      const [inOrder, serverOnly] = partition(merged, order, mergeKey);
      merged = normalizeElementOrder(inOrder, serverOnly, order, serverOrder, mergeKey, kind);
    }
    original[field] = merged;
    delete patch[field];
  }
}

function asList(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new PatchError(`expected a []interface {}, but received a ${jsonTypeName(value)}`, 500);
  return value;
}

// The relative order of the patch items must agree with the order list, and every patch item must be in it.
function validatePatchWithSetOrderList(patchList: unknown[], order: unknown[], mergeKey: string): void {
  if (order.length === 0 || patchList.length === 0) return;
  const items = mergeKey ? patchList.filter((v) => !(isJsonMap(v) && v[DIRECTIVE] === 'delete')) : patchList;
  let p = 0;
  let o = 0;
  while (p < items.length && o < order.length) {
    if (isJsonMap(items[p]) && hasKey(items[p] as JsonMap, DIRECTIVE)) {
      p++;
      continue;
    }
    if (sameKey(items[p], order[o], mergeKey)) p++;
    o++;
  }
  if (p < items.length) {
    throw new PatchError(
      `The order in patch list:\n${goFormat(patchList)}\n doesn't match $setElementOrder list:\n${goFormat(order)}\n`,
      500,
    );
  }
}

function sameKey(left: unknown, right: unknown, mergeKey: string): boolean {
  if (!mergeKey) return left === right;
  return mergeKeyOf(left, mergeKey) === mergeKeyOf(right, mergeKey);
}

function mergeKeyOf(item: unknown, mergeKey: string): unknown {
  if (!isJsonMap(item)) throw new PatchError(`expected a map[string]interface {}, but received a ${jsonTypeName(item)}`, 500);
  if (!hasKey(item, mergeKey)) throw new PatchError(`map: ${goFormat(item)} does not contain declared merge key: ${mergeKey}`, 500);
  return item[mergeKey];
}

function mergeSlice(original: unknown[], patch: unknown[], meta: FieldMeta, isDeleteList: boolean): unknown[] {
  if (original.length === 0 && patch.length === 0) return original;
  const kind = itemKind(original, patch) as ItemKind;
  const mergeKey = kind === 'map' ? (meta.key ?? '') : '';
  let merged: unknown[];
  if (kind !== 'map') {
    if (isDeleteList) {
      const drop = new Set(patch);
      return original.filter((v) => !drop.has(v));
    }
    merged = deduplicateScalars([...original, ...patch]);
  } else {
    if (!mergeKey) throw new PatchError('cannot merge lists without merge key for type map', 500);
    ({ original, patch } = applySpecialElements(original, patch, mergeKey));
    merged = mergeByKey(original, patch, mergeKey, meta.type);
  }
  const [patchItems, serverOnly] = partition(merged, patch, mergeKey);
  return normalizeElementOrder(patchItems, serverOnly, patch, original, mergeKey, kind);
}

// List items carrying `$patch`: delete removes the live item with that key, replace makes the patch the list.
function applySpecialElements(original: unknown[], patch: unknown[], mergeKey: string): { original: unknown[]; patch: unknown[] } {
  const plain: unknown[] = [];
  let replace = false;
  for (const item of patch) {
    const map = item as JsonMap;
    if (!hasKey(map, DIRECTIVE)) {
      plain.push(item);
      continue;
    }
    const directive = map[DIRECTIVE];
    if (directive === 'delete') {
      const key = mergeKeyOf(map, mergeKey);
      original = original.filter((o) => !(isJsonMap(o) && o[mergeKey] === key));
    } else if (directive === 'replace') {
      replace = true;
    } else if (directive === 'merge') {
      throw new PatchError('merging lists cannot yet be specified in the patch', 500);
    } else {
      throw new PatchError(`unknown patch type: ${goFormat(directive)} in map: ${goFormat(map)}`, 500);
    }
  }
  return replace ? { original: plain.map((v) => mergeMap({}, v as JsonMap, undefined)), patch: [] } : { original, patch: plain };
}

function mergeByKey(original: unknown[], patch: unknown[], mergeKey: string, type: TypeMeta | undefined): unknown[] {
  const result = original.slice();
  for (const item of patch) {
    const key = mergeKeyOf(item, mergeKey);
    const index = result.findIndex((o) => isJsonMap(o) && o[mergeKey] === key);
    if (index >= 0) result[index] = mergeMap(result[index] as JsonMap, item as JsonMap, type);
    else result.push(mergeMap({}, item as JsonMap, type));
  }
  return result;
}

// Go's in-place deduplication: a duplicate is overwritten by the last element, which shuffles the tail.
function deduplicateScalars(values: unknown[]): unknown[] {
  const s = values.slice();
  let last = s.length - 1;
  for (let i = 0; i < last; i++) {
    for (let j = i + 1; j <= last; j++) {
      if (s[i] === s[j]) {
        s[j] = s[last];
        s.length = last;
        last--;
        j--;
      }
    }
  }
  return s;
}

function partition(items: unknown[], by: unknown[], mergeKey: string): [unknown[], unknown[]] {
  const inBy: unknown[] = [];
  const others: unknown[] = [];
  if (!mergeKey) {
    const present = new Set(by);
    for (const v of items) (present.has(v) ? inBy : others).push(v);
    return [inBy, others];
  }
  const keys = new Set(by.map((v) => mergeKeyOf(v, mergeKey)));
  for (const v of items) (keys.has(mergeKeyOf(v, mergeKey)) ? inBy : others).push(v);
  return [inBy, others];
}

// Sorts the patch items by patchOrder and the live-only items by serverOrder, then interleaves them.
function normalizeElementOrder(
  patch: unknown[],
  serverOnly: unknown[],
  patchOrder: unknown[],
  serverOrder: unknown[],
  mergeKey: string,
  kind: ItemKind,
): unknown[] {
  const sortedPatch = normalizeSliceOrder(patch, patchOrder, mergeKey, kind);
  const sortedServer = normalizeSliceOrder(serverOnly, serverOrder, mergeKey, kind);
  return mergeSortedSlice(sortedServer, sortedPatch, serverOrder, mergeKey, kind);
}

function normalizeSliceOrder(toSort: unknown[], order: unknown[], mergeKey: string, kind: ItemKind): unknown[] {
  let items = toSort.slice();
  let toDelete: unknown[] = [];
  if (kind === 'map') {
    for (const v of [...items, ...order]) mergeKeyOf(v, mergeKey);
    toDelete = items.filter((v) => (v as JsonMap)[DIRECTIVE] === 'delete');
    items = items.filter((v) => (v as JsonMap)[DIRECTIVE] !== 'delete');
  }
  // Go's stable insertion sort with its (deliberately lopsided) comparator: an item absent from `order` sorts first.
  const less = (a: unknown, b: unknown): boolean => {
    const ia = indexIn(order, a, mergeKey, kind);
    if (ia < 0) return true;
    const ib = indexIn(order, b, mergeKey, kind);
    return ib < 0 ? true : ia < ib;
  };
  for (let i = 1; i < items.length; i++) {
    for (let j = i; j > 0 && less(items[j], items[j - 1]); j--) {
      [items[j], items[j - 1]] = [items[j - 1], items[j]];
    }
  }
  return [...items, ...toDelete];
}

function indexIn(list: unknown[], value: unknown, mergeKey: string, kind: ItemKind): number {
  const pick = (v: unknown): unknown => (kind === 'map' ? (isJsonMap(v) ? v[mergeKey] : undefined) : v);
  const wanted = pick(value);
  return list.findIndex((v) => pick(v) === wanted);
}

// Inserts live-only items (left) among patch items (right) where the live order puts them.
function mergeSortedSlice(left: unknown[], right: unknown[], serverOrder: unknown[], mergeKey: string, kind: ItemKind): unknown[] {
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i >= left.length) out.push(right[j++]);
    else if (j >= right.length) out.push(left[i++]);
    else {
      const li = indexIn(serverOrder, left[i], mergeKey, kind);
      const ri = indexIn(serverOrder, right[j], mergeKey, kind);
      if (li >= 0 && ri >= 0 && li < ri) out.push(left[i++]);
      else out.push(right[j++]);
    }
  }
  return out;
}

function valueKind(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (isJsonMap(value)) return 'map';
  return typeof value;
}

function itemKind(...lists: unknown[][]): ItemKind | undefined {
  let kind: ItemKind | undefined;
  for (const list of lists) {
    for (const v of list) {
      if (Array.isArray(v)) throw new PatchError('lists of lists are not supported', 422);
      const k = (isJsonMap(v) ? 'map' : typeof v) as ItemKind;
      if (kind !== undefined && kind !== k) {
        throw new PatchError(`list element types are not identical: ${lists.map(goFormat).join(' ')}`, 500);
      }
      kind = k;
    }
  }
  return kind;
}

function jsonTypeName(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'object' : typeof value;
}

// Typed decoding drops unknown keys on the real server; directives left in replaced values must vanish the same way.
function stripDirectives(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripDirectives);
  if (!isJsonMap(value)) return value;
  const out: JsonMap = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === DIRECTIVE || k === RETAIN_KEYS || k.startsWith(SET_ORDER_PREFIX) || k.startsWith(DELETE_PRIMITIVE_PREFIX)) continue;
    out[k] = stripDirectives(v);
  }
  return out;
}
