/** kubectl's client-side apply: the last-applied annotation and the three-way strategic merge patch computed
 * from it (original = last applied, modified = the manifest, current = the live object). */
import type { KObject } from '../k8s/types';
import { sortKeys } from './printers/yaml-json';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonMap = { [k: string]: Json };

/** Merge keys of strategic-merge lists, by field name (from the k8s.io/api patchMergeKey tags). Lists not
 * named here are atomic and replaced whole. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
  ownerReferences: 'uid',
  conditions: 'type',
  schedulingGates: 'name',
  resourceClaims: 'name',
};

/** Ports merge by containerPort inside containers and by port inside a Service spec. */
function mergeKeyFor(field: string, path: string[]): string | undefined {
  if (field === 'ports') return path.includes('containers') || path.includes('initContainers') ? 'containerPort' : 'port';
  return MERGE_KEYS[field];
}

function isMap(v: unknown): v is JsonMap {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

/** The object kubectl sends: the manifest plus its own serialization as the last-applied annotation. */
export function withLastApplied(obj: KObject): KObject {
  const copy = structuredClone(obj);
  const annotations = { ...(copy.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  copy.metadata = { ...copy.metadata, annotations };
  const serialized = `${JSON.stringify(sortKeys(copy))}\n`;
  copy.metadata.annotations = { ...annotations, [LAST_APPLIED]: serialized };
  return copy;
}

/** Fields of `modified` that differ from `current` (additions and changes only). */
function diffAdditions(current: Json | undefined, modified: Json, path: string[]): Json | undefined {
  if (isMap(modified) && isMap(current)) {
    const out: JsonMap = {};
    for (const [k, v] of Object.entries(modified)) {
      const key = mergeKeyFor(k, path);
      if (Array.isArray(v) && key && Array.isArray(current[k]) && v.every(isMap)) {
        const d = diffMergeList(current[k] as Json[], v, key, [...path, k]);
        if (d) {
          out[`$setElementOrder/${k}`] = v.map((item) => ({ [key]: (item as JsonMap)[key] }));
          out[k] = d;
        }
        continue;
      }
      const d = diffAdditions(current[k], v, [...path, k]);
      if (d !== undefined) out[k] = d;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  if (isMap(modified) && current === undefined) return modified;
  return equal(current, modified) ? undefined : modified;
}

function diffMergeList(current: Json[], modified: Json[], key: string, path: string[]): Json[] | undefined {
  const out: Json[] = [];
  for (const item of modified as JsonMap[]) {
    const live = (current as JsonMap[]).find((c) => isMap(c) && equal(c[key], item[key]));
    if (!live) {
      out.push(item);
      continue;
    }
    const d = diffAdditions(live, item, path);
    if (d !== undefined) out.push({ ...(d as JsonMap), [key]: item[key] });
  }
  return out.length > 0 ? out : undefined;
}

/** Fields of `original` that `modified` no longer has, as deletion directives. */
function diffDeletions(original: Json | undefined, modified: Json, path: string[]): Json | undefined {
  if (!isMap(original) || !isMap(modified)) return undefined;
  const out: JsonMap = {};
  for (const [k, v] of Object.entries(original)) {
    if (!(k in modified)) {
      out[k] = null;
      continue;
    }
    const m = modified[k];
    const key = mergeKeyFor(k, path);
    if (Array.isArray(v) && Array.isArray(m) && key && v.every(isMap) && m.every(isMap)) {
      const deletes: Json[] = [];
      for (const item of v as JsonMap[]) {
        const kept = (m as JsonMap[]).find((x) => equal(x[key], item[key]));
        if (!kept) deletes.push({ $patch: 'delete', [key]: item[key] });
        else {
          const d = diffDeletions(item, kept, [...path, k]);
          if (d !== undefined) deletes.push({ ...(d as JsonMap), [key]: item[key] });
        }
      }
      if (deletes.length > 0) out[k] = deletes;
      continue;
    }
    const d = diffDeletions(v, m, [...path, k]);
    if (d !== undefined) out[k] = d;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function mergePatches(a: Json | undefined, b: Json | undefined): Json | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (isMap(a) && isMap(b)) {
    const out: JsonMap = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? (mergePatches(out[k], v) as Json) : v;
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  return b;
}

/** CreateThreeWayMergePatch: what must change on the live object so it matches the manifest, deleting what
 * the previous apply set and the manifest dropped. Returns {} when nothing changes. */
export function threeWayPatch(original: KObject | undefined, modified: KObject, current: KObject): Record<string, unknown> {
  const additions = diffAdditions(current as unknown as Json, modified as unknown as Json, []);
  const deletions = original ? diffDeletions(original as unknown as Json, modified as unknown as Json, []) : undefined;
  return (mergePatches(deletions, additions) as Record<string, unknown> | undefined) ?? {};
}

/** Parses the last-applied annotation of a live object. */
export function lastApplied(obj: KObject): KObject | undefined {
  const text = obj.metadata.annotations?.[LAST_APPLIED];
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
