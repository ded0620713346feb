/** History checks over the change log recorded since the exercise started. */
import type { ExerciseCheck } from '../../shared/exercises/schema.js';
import type { Change } from '../sim/store.js';
import { describeAssertion, evaluate } from './assert.js';
import { describeSelector, matches, resourceOf } from './select.js';
import { valuesAt } from './paths.js';
import type { Verdict } from './state-check.js';

type HistoryCheck = Extract<ExerciseCheck, { type: 'history' }>;

export function historyCheck(check: HistoryCheck, log: Change[]): Verdict {
  const resource = resourceOf(check.select);
  const relevant = log.filter((c) => c.resource === resource && matches(check.select, c.object));
  const what = describeSelector(check.select);
  switch (check.mode) {
    case 'never': {
      const cond = check.condition!;
      const hit = relevant.find((c) => c.type !== 'DELETED' && evaluate(c.object, cond).passed);
      return hit
        ? { passed: false, message: `${hit.object.metadata.name} had ${describeAssertion(cond)} at resourceVersion ${hit.resourceVersion}` }
        : { passed: true, message: `no ${what} ever had ${describeAssertion(cond)}` };
    }
    case 'always': {
      const cond = check.condition!;
      const started = new Set<string>();
      let checked = 0;
      for (const c of relevant) {
        if (c.type === 'DELETED') continue;
        const key = `${c.object.metadata.namespace}/${c.object.metadata.name}`;
        if (check.from && !started.has(key)) {
          if (!evaluate(c.object, check.from).passed) continue;
          started.add(key);
        }
        checked++;
        const r = evaluate(c.object, cond);
        if (!r.passed) return { passed: false, message: `${c.object.metadata.name}: ${describeAssertion(cond)} was broken (was ${r.actual})` };
      }
      if (checked === 0) return { passed: false, message: `no recorded state of ${what} to check` };
      return { passed: true, message: `${what}: ${describeAssertion(cond)} held in all ${checked} recorded states` };
    }
    case 'happened': {
      const steps = check.sequence ?? [];
      let i = 0;
      for (const c of log) {
        if (i >= steps.length) break;
        const step = steps[i];
        const sel = step.select ?? check.select;
        if (c.type === step.event && c.resource === resourceOf(sel) && matches(sel, c.object)) i++;
      }
      const described = steps.map((s) => `${s.event} ${describeSelector(s.select ?? check.select)}`).join(' → ');
      return i >= steps.length ? { passed: true, message: `happened: ${described}` } : { passed: false, message: `not yet seen: ${described}` };
    }
    case 'changed': {
      const seen = new Set<string>();
      for (const c of relevant) if (c.type !== 'DELETED') for (const v of valuesAt(c.object, check.path!)) seen.add(JSON.stringify(v));
      const need = check.atLeast ?? 2;
      return seen.size >= need
        ? { passed: true, message: `${check.path} of ${what} took ${seen.size} values` }
        : { passed: false, message: `${check.path} of ${what} took ${seen.size} value(s), expected at least ${need}` };
    }
  }
}
