/** kubectl's describe building blocks: a PrefixWriter over a Go-style tab writer and the shared sections
 * (labels, annotations, tolerations, taints, events) printed exactly as pkg/describe does. */
import { ageSince } from '../../k8s/duration';
import { formatExactQuantity, parseQuantityExact, type ExactQuantity } from '../../k8s/quantity';
import type { KObject } from '../../k8s/types';
import { describeWriter, type TabWriter } from '../tabwriter';

const MAX_ANNOTATION_LEN = 140;
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** Writes lines indented two spaces per level into one tab writer, as describe.PrefixWriter does. */
export class PrefixWriter {
  private readonly tw: TabWriter = describeWriter();
  private out = '';

  /** `raw` skips alignment: rollout history writes the template straight to the terminal, tabs included. */
  constructor(private readonly raw = false) {}

  /** Writes text at an indent level (0 = none). */
  write(level: number, text: string): void {
    if (this.raw) this.out += '  '.repeat(level) + text;
    else this.tw.write('  '.repeat(level) + text);
  }

  /** Formats what was written so far, closing every column block, as Flush does. */
  flush(): void {
    if (!this.raw) this.out += this.tw.flush();
  }

  /** The finished text. */
  toString(): string {
    this.flush();
    return this.out;
  }
}

/** Go's time.RFC1123Z in UTC: 'Sun, 22 Nov 2026 11:59:30 +0000'. */
export function rfc1123z(timestamp: string | undefined | null): string {
  const d = new Date(timestamp ? Date.parse(timestamp) : 0);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** printLabelsMultilineWithIndent. */
export function labelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined, initialIndent = ''): void {
  w.write(0, `${initialIndent}${title}:\t`);
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(0, `${initialIndent}\t`);
    w.write(0, `${k}=${labels![k]}\n`);
  });
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}...` : s;
}

/** printAnnotationsMultiline: long or multi-line values go on their own lines, cut at 140 characters. */
export function annotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !SKIP_ANNOTATIONS.has(k))
    .sort();
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(0, '\t');
    const value = annotations![k].replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(0, `${k}:\n`);
      for (const line of value.split('\n')) w.write(0, `\t  ${shorten(line, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(0, `${k}: ${value}\n`);
    }
  });
}

interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** printTolerationsMultilineWithIndent. */
export function tolerationsMultiline(w: PrefixWriter, title: string, tolerations: Toleration[] | undefined, initialIndent = ''): void {
  w.write(0, `${initialIndent}${title}:\t`);
  const list = [...(tolerations ?? [])].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
  if (list.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, `${initialIndent}\t`);
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${s}\n`);
  });
}

/** printNodeTaintsMultiline: sorted by effect then key. */
export function taintsMultiline(w: PrefixWriter, title: string, taints: { key: string; value?: string; effect: string }[] | undefined): void {
  w.write(0, `${title}:\t`);
  const list = [...(taints ?? [])].sort((a, b) => {
    const ka = `${a.effect},${a.key}`;
    const kb = `${b.effect},${b.key}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  if (list.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`);
  });
}

/** 'ReplicaSet/web-7d4b9c8f6d' from the controller owner reference, or ''. */
export function controlledBy(obj: KObject): string {
  const ref = obj.metadata.ownerReferences?.find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

/** DescribeEvents: sorted by last timestamp, ages against the injected clock. */
export function describeEvents(w: PrefixWriter, events: KObject[] | undefined, now: number): void {
  if (!events) return;
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  const time = (e: KObject) => Date.parse(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp ?? '') || 0;
  const sorted = [...events].sort((a, b) => time(a) - time(b));
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const first = e.eventTime && !e.firstTimestamp ? ageSince(e.eventTime, now) : ageSince(e.firstTimestamp, now);
    let interval = first;
    if (e.series) interval = `${ageSince(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`;
    else if ((e.count ?? 0) > 1) interval = `${ageSince(e.lastTimestamp, now)} (x${e.count} over ${first})`;
    const source = e.source?.component || e.reportingComponent || '';
    w.write(1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${String(e.message ?? '').trim()}\n`);
  }
}

/** Sums quantities like resource.Quantity.Add (the first operand's format wins). */
export function sumQuantities(values: (string | number | undefined)[]): string {
  const parsed = values.filter((v) => v !== undefined && v !== '').map((v) => parseQuantityExact(v!));
  if (parsed.length === 0) return '0';
  const exp = Math.min(...parsed.map((q) => q.exp));
  const total: ExactQuantity = {
    mantissa: parsed.reduce((acc, q) => acc + q.mantissa * 10n ** BigInt(q.exp - exp), 0n),
    exp,
    format: parsed[0].format,
  };
  return formatExactQuantity(total);
}

/** Canonical form of one quantity ('0' when unset). */
export function quantityString(v: string | number | undefined): string {
  return v === undefined ? '0' : formatExactQuantity(parseQuantityExact(v));
}
