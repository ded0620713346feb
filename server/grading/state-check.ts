/** State checks: the selected objects, now. */
import type { KObject } from '../../shared/k8s/types.js';
import type { Assertion, Selector } from '../../shared/exercises/schema.js';
import { describeAssertion, evaluate } from './assert.js';
import { describeSelector } from './select.js';

export interface Verdict {
  passed: boolean;
  message: string;
}

/** Asserts over a set of objects: every one must pass (or one, with `any`); `count` compares the number. */
export function assertObjects(objects: KObject[], sel: Selector, asserts: Assertion[], any = false): Verdict {
  const what = describeSelector(sel);
  const counts = asserts.filter((a) => a.op === 'count');
  for (const a of counts) {
    const n = objects.length;
    const want = Number(a.value);
    if (n !== want) return { passed: false, message: `expected ${want} ${what}, found ${n}` };
  }
  const rest = asserts.filter((a) => a.op !== 'count');
  if (rest.length === 0) return { passed: true, message: `found ${objects.length} ${what}` };
  if (objects.length === 0) return { passed: false, message: `no ${what} found` };
  const failures: string[] = [];
  let passing = 0;
  for (const obj of objects) {
    const bad = rest.map((a) => ({ a, r: evaluate(obj, a) })).filter((x) => !x.r.passed);
    if (bad.length === 0) passing++;
    else failures.push(`${obj.metadata.name}: ${describeAssertion(bad[0].a)} (is ${bad[0].r.actual})`);
  }
  if (any ? passing > 0 : failures.length === 0) return { passed: true, message: `${what}: ${rest.map(describeAssertion).join(', ')}` };
  return { passed: false, message: failures.slice(0, 3).join('; ') };
}
