/** Geometry for the replicas chart: scales and step paths (replica counts change in steps, not slopes). */
import type { Sample } from './workload-history.svelte.js';

export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Scales {
  x: (t: number) => number;
  y: (v: number) => number;
  yLoad: (v: number) => number;
  t0: number;
  t1: number;
  maxReplicas: number;
  maxLoad: number;
}

/** Fits the samples (up to simulated time `now`) into the box. */
export function scales(samples: Sample[], now: number, box: Box): Scales {
  const t0 = samples[0]?.t ?? now;
  const t1 = Math.max(now, t0 + 60_000);
  const maxReplicas = Math.max(1, ...samples.map((s) => Math.max(s.desired, s.ready)));
  const maxLoad = Math.max(100, ...samples.map((s) => Math.max(s.load ?? 0, s.loadTarget ?? 0)));
  const w = box.width - box.left - box.right;
  const h = box.height - box.top - box.bottom;
  return {
    x: (t) => box.left + ((t - t0) / (t1 - t0)) * w,
    y: (v) => box.top + h - (v / (maxReplicas * 1.15)) * h,
    yLoad: (v) => box.top + h - (v / (maxLoad * 1.1)) * h,
    t0,
    t1,
    maxReplicas,
    maxLoad,
  };
}

/** An SVG step path of one series, extended to `now`; samples without a value are skipped. */
export function stepPath(samples: Sample[], value: (s: Sample) => number | undefined, sc: Pick<Scales, 'x'>, y: (v: number) => number, now: number): string {
  const parts: string[] = [];
  let lastY: number | null = null;
  for (const s of samples) {
    const v = value(s);
    if (v === undefined) continue;
    const x = sc.x(s.t).toFixed(1);
    const yy = y(v).toFixed(1);
    if (lastY === null) parts.push(`M${x},${yy}`);
    else parts.push(`H${x}`, `V${yy}`);
    lastY = v;
  }
  if (lastY !== null) parts.push(`H${sc.x(now).toFixed(1)}`);
  return parts.join(' ');
}

/** Whole-number ticks for the replica axis, at most about five. */
export function replicaTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 5));
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}
