/** How the HPA turns a metric proposal into the replica count it applies: the stabilization window over
 * recent recommendations, then min/max replicas and the scale-up/down rate (the fixed 2×-or-4 rule without
 * spec.behavior, the behavior's policies with it). Reasons and messages are the controller's. */
import type { HpaHistory } from './sim-state.js';

export interface Condition {
  status: 'True' | 'False';
  reason: string;
  message: string;
}

export interface Normalized {
  replicas: number;
  ableToScale: Condition;
  scalingLimited: Condition;
}

interface Policy {
  type: 'Pods' | 'Percent';
  value: number;
  periodSeconds: number;
}

export interface ScalingRules {
  stabilizationWindowSeconds?: number;
  selectPolicy?: 'Max' | 'Min' | 'Disabled';
  policies?: Policy[];
}

/** Without spec.behavior: --horizontal-pod-autoscaler-downscale-stabilization. */
const DOWNSCALE_STABILIZATION_MS = 5 * 60_000;

const READY: Condition = { status: 'True', reason: 'ReadyForNewScale', message: 'recommended size matches current size' };
const DOWN_STABILIZED: Condition = { status: 'True', reason: 'ScaleDownStabilized', message: 'recent recommendations were higher than current one, applying the highest recent recommendation' };
const UP_STABILIZED: Condition = { status: 'True', reason: 'ScaleUpStabilized', message: 'recent recommendations were lower than current one, applying the lowest recent recommendation' };
const WITHIN: Omit<Condition, 'status'> = { reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' };
const UP_LIMIT = { reason: 'ScaleUpLimit', message: 'the desired replica count is increasing faster than the maximum scale rate' };
const TOO_MANY = { reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' };
const TOO_FEW = { reason: 'TooFewReplicas', message: 'the desired replica count is less than the minimum replica count' };
const DOWN_LIMIT = { reason: 'ScaleDownLimit', message: 'the desired replica count is decreasing faster than the maximum scale rate' };

/** recordInitialRecommendation: the first sync remembers the current size. */
export function recordInitial(history: HpaHistory, current: number, now: number): void {
  if (history.recommendations.length === 0) history.recommendations.push({ replicas: current, at: now });
}

/** Replaces the oldest obsolete recommendation (or appends) with the newest one. */
function remember(history: HpaHistory, replicas: number, now: number, obsoleteBefore: number): void {
  let old = -1;
  history.recommendations.forEach((r, i) => {
    if (r.at < obsoleteBefore) old = i;
  });
  if (old >= 0) history.recommendations[old] = { replicas, at: now };
  else history.recommendations.push({ replicas, at: now });
}

function limited(replicas: number, stabilized: number, why: { reason: string; message: string } | undefined): Condition {
  const w = why ?? WITHIN;
  return { status: replicas === stabilized ? 'False' : 'True', reason: w.reason, message: w.message };
}

/** normalizeDesiredReplicas: used when the HPA has no spec.behavior. */
export function normalizeWithoutBehavior(history: HpaHistory, now: number, current: number, desired: number, min: number, max: number): Normalized {
  const cutoff = now - DOWNSCALE_STABILIZATION_MS;
  let stabilized = desired;
  for (const r of history.recommendations) if (r.at >= cutoff && r.replicas > stabilized) stabilized = r.replicas;
  remember(history, desired, now, cutoff);
  const ableToScale = stabilized !== desired ? DOWN_STABILIZED : READY;
  const scaleUpLimit = Math.max(2 * current, 4);
  const [ceiling, ceilingWhy] = max > scaleUpLimit ? [scaleUpLimit, UP_LIMIT] : [max, TOO_MANY];
  let replicas = stabilized;
  let why: { reason: string; message: string } | undefined;
  if (stabilized < min) [replicas, why] = [min, TOO_FEW];
  else if (stabilized > ceiling) [replicas, why] = [ceiling, ceilingWhy];
  return { replicas, ableToScale, scalingLimited: limited(replicas, stabilized, why) };
}

function changeInPeriod(events: { change: number; at: number }[], periodSeconds: number, now: number): number {
  const cutoff = now - periodSeconds * 1000;
  return events.reduce((sum, e) => (e.at > cutoff ? sum + e.change : sum), 0);
}

function scaleUpLimit(current: number, events: { change: number; at: number }[], rules: ScalingRules, now: number): number {
  if (rules.selectPolicy === 'Disabled') return current;
  const pick = rules.selectPolicy === 'Min' ? Math.min : Math.max;
  let result: number | undefined;
  for (const p of rules.policies ?? []) {
    const start = current - changeInPeriod(events, p.periodSeconds, now);
    const proposed = p.type === 'Pods' ? start + p.value : Math.ceil(start * (1 + p.value / 100));
    result = result === undefined ? proposed : pick(result, proposed);
  }
  return result ?? 0;
}

function scaleDownLimit(current: number, events: { change: number; at: number }[], rules: ScalingRules, now: number): number {
  if (rules.selectPolicy === 'Disabled') return current;
  const pick = rules.selectPolicy === 'Min' ? Math.max : Math.min;
  let result: number | undefined;
  for (const p of rules.policies ?? []) {
    const start = current + changeInPeriod(events, p.periodSeconds, now);
    const proposed = p.type === 'Pods' ? start - p.value : Math.trunc(start * (1 - p.value / 100));
    result = result === undefined ? proposed : pick(result, proposed);
  }
  return result ?? 2 ** 31 - 1;
}

/** normalizeDesiredReplicasWithBehaviors: stabilization windows and scaling policies from spec.behavior. */
export function normalizeWithBehavior(
  history: HpaHistory,
  now: number,
  behavior: { scaleUp: ScalingRules; scaleDown: ScalingRules },
  current: number,
  desired: number,
  min: number,
  max: number,
): Normalized {
  const upWindow = behavior.scaleUp.stabilizationWindowSeconds ?? 0;
  const downWindow = behavior.scaleDown.stabilizationWindowSeconds ?? 300;
  const up = desired >= current;
  const cutoff = now - (up ? upWindow : downWindow) * 1000;
  let stabilized = desired;
  for (const r of history.recommendations) {
    if (r.at > cutoff) stabilized = up ? Math.min(stabilized, r.replicas) : Math.max(stabilized, r.replicas);
  }
  remember(history, desired, now, now - Math.max(upWindow, downWindow) * 1000);
  const ableToScale = stabilized !== desired ? (up ? UP_STABILIZED : DOWN_STABILIZED) : READY;
  let replicas = stabilized;
  let why: { reason: string; message: string } | undefined;
  if (stabilized > current) {
    const limit = Math.max(scaleUpLimit(current, history.scaleUp, behavior.scaleUp, now), current);
    const [ceiling, ceilingWhy] = max > limit ? [limit, UP_LIMIT] : [max, TOO_MANY];
    if (stabilized > ceiling) [replicas, why] = [ceiling, ceilingWhy];
  } else if (stabilized < current) {
    const limit = Math.min(scaleDownLimit(current, history.scaleDown, behavior.scaleDown, now), current);
    const [floor, floorWhy] = min < limit ? [limit, DOWN_LIMIT] : [min, TOO_FEW];
    if (stabilized < floor) [replicas, why] = [floor, floorWhy];
  }
  return { replicas, ableToScale, scalingLimited: limited(replicas, stabilized, why) };
}

/** storeScaleEvent: remembers a rescale for the rate policies (only kept with spec.behavior). */
export function recordScaleEvent(history: HpaHistory, behavior: { scaleUp: ScalingRules; scaleDown: ScalingRules }, from: number, to: number, now: number): void {
  const upward = to > from;
  const rules = upward ? behavior.scaleUp : behavior.scaleDown;
  const longest = Math.max(0, ...(rules.policies ?? []).map((p) => p.periodSeconds));
  const events = upward ? history.scaleUp : history.scaleDown;
  const cutoff = now - longest * 1000;
  const fresh = events.filter((e) => e.at >= cutoff);
  fresh.push({ change: Math.abs(to - from), at: now });
  if (upward) history.scaleUp = fresh;
  else history.scaleDown = fresh;
}
