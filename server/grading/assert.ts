/** Evaluates one assertion against one object, with a message a learner can act on. */
import type { Assertion } from '../../shared/exercises/schema.js';
import { valuesAt } from './paths.js';

export interface AssertionOutcome {
  passed: boolean;
  actual: string;
}

function show(v: unknown): string {
  if (v === undefined) return '<none>';
  return typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v);
}

function compare(actual: unknown, op: Assertion['op'], expected: unknown): boolean {
  switch (op) {
    case 'equals':
      return String(actual) === String(expected);
    case 'notEquals':
      return String(actual) !== String(expected);
    case 'contains':
      return Array.isArray(actual) ? actual.map(String).includes(String(expected)) : String(actual ?? '').includes(String(expected));
    case 'matches':
      return new RegExp(String(expected)).test(String(actual ?? ''));
    case '>=':
      return Number(actual) >= Number(expected);
    case '<=':
      return Number(actual) <= Number(expected);
    case '>':
      return Number(actual) > Number(expected);
    case '<':
      return Number(actual) < Number(expected);
    default:
      return false;
  }
}

/** Whether an object satisfies an assertion. A path reaching several values passes when all of them do
 * (`exists` when any exists). */
export function evaluate(obj: unknown, a: Assertion): AssertionOutcome {
  const values = a.path ? valuesAt(obj, a.path) : [obj];
  if (a.op === 'exists') return { passed: values.length > 0, actual: values.length ? show(values[0]) : '<none>' };
  if (a.op === 'notExists') return { passed: values.length === 0, actual: values.length ? show(values[0]) : '<none>' };
  if (values.length === 0) return { passed: false, actual: '<none>' };
  const passed = values.every((v) => compare(v, a.op, a.value));
  return { passed, actual: values.length === 1 ? show(values[0]) : `[${values.map(show).join(', ')}]` };
}

export function describeAssertion(a: Assertion): string {
  if (a.op === 'exists' || a.op === 'notExists') return `${a.path} ${a.op}`;
  return `${a.path ?? 'object'} ${a.op} ${show(a.value)}`;
}
