/** Object paths in checks: `status.availableReplicas`, `spec.containers[0].image`,
 * `spec.template.spec.containers[*].image`, `metadata.labels["app.kubernetes.io/name"]`. */

type Segment = { key: string } | { index: number } | { all: true };

export class PathError extends Error {}

export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\[\*\]|\["([^"]*)"\]|\['([^']*)'\]|(\.)/g;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(path))) {
    if (m.index !== last) throw new PathError(`invalid path "${path}"`);
    last = re.lastIndex;
    if (m[1] !== undefined) out.push({ key: m[1] });
    else if (m[2] !== undefined) out.push({ index: Number(m[2]) });
    else if (m[3] !== undefined) out.push({ key: m[3] });
    else if (m[4] !== undefined) out.push({ key: m[4] });
    else if (m[0] === '[*]') out.push({ all: true });
  }
  if (last !== path.length) throw new PathError(`invalid path "${path}"`);
  return out;
}

/** Every value the path reaches (wildcards fan out); missing parts yield nothing. */
export function valuesAt(obj: unknown, path: string): unknown[] {
  let current: unknown[] = [obj];
  for (const seg of parsePath(path)) {
    const next: unknown[] = [];
    for (const v of current) {
      if (v === null || v === undefined) continue;
      if ('key' in seg) {
        if (typeof v === 'object' && !Array.isArray(v) && seg.key in (v as object)) next.push((v as Record<string, unknown>)[seg.key]);
      } else if ('index' in seg) {
        if (Array.isArray(v) && seg.index < v.length) next.push(v[seg.index]);
      } else if (Array.isArray(v)) next.push(...v);
      else if (typeof v === 'object') next.push(...Object.values(v as object));
    }
    current = next;
  }
  return current.filter((v) => v !== undefined);
}
