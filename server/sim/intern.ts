/** Structural sharing for JSON values read from storage: identical subtrees (the containers, tolerations and
 * conditions of the pods of one ReplicaSet, label maps, repeated strings) become one shared value. Stored
 * objects are immutable values, so sharing them is safe, and a large cluster loads in a fraction of the heap. */

type Json = unknown;

/** Returns a function that maps a parsed JSON value to an equal value sharing subtrees with earlier ones. */
export function createInterner(): (value: Json) => Json {
  const nodes = new Map<string, { value: Json; id: number }>();
  const ids = new WeakMap<object, number>();
  const strings = new Map<string, string>();
  let nextId = 0;

  // The key of a child inside its parent's key: interned nodes by id, primitives by a typed spelling.
  const childKey = (v: Json): string => {
    if (typeof v === 'string') return `s${v.length}:${v}`;
    if (v !== null && typeof v === 'object') return `#${ids.get(v)}`;
    return `p${String(v)}`;
  };

  const intern = (v: Json): Json => {
    if (typeof v === 'string') {
      const s = strings.get(v);
      if (s !== undefined) return s;
      strings.set(v, v);
      return v;
    }
    if (v === null || typeof v !== 'object') return v;
    let key: string;
    if (Array.isArray(v)) {
      key = '[';
      for (let i = 0; i < v.length; i++) {
        v[i] = intern(v[i]);
        key += `${childKey(v[i])},`;
      }
    } else {
      const map = v as Record<string, Json>;
      key = '{';
      for (const k in map) {
        map[k] = intern(map[k]);
        key += `${k.length}:${k}=${childKey(map[k])},`;
      }
    }
    const found = nodes.get(key);
    if (found) return found.value;
    const id = nextId++;
    nodes.set(key, { value: v, id });
    ids.set(v, id);
    return v;
  };
  return intern;
}
