/** field.Error of k8s.io/apimachinery: one offending field, its reason and the message kubectl prints. */
import { goQuote, goValue } from './go-format.js';

export type FieldErrorType =
  | 'FieldValueRequired'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueDuplicate'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTypeInvalid'
  | 'FieldValueNotFound'
  | 'FieldValueTooMany';

export interface FieldError {
  type: FieldErrorType;
  field: string;
  /** field.Error.ErrorBody(): `Invalid value: -1: must be greater than or equal to 0`. */
  message: string;
}

function withDetail(head: string, detail: string | undefined): string {
  return detail ? `${head}: ${detail}` : head;
}

/** field.Required. */
export function required(field: string, detail = ''): FieldError {
  return { type: 'FieldValueRequired', field, message: withDetail('Required value', detail) };
}

/** field.Invalid; value is rendered as Go would (see goValue). */
export function invalid(field: string, value: unknown, detail: string): FieldError {
  return { type: 'FieldValueInvalid', field, message: withDetail(`Invalid value: ${goValue(value)}`, detail) };
}

/** field.NotSupported: valid values quoted in the given order. */
export function notSupported(field: string, value: unknown, valid: string[]): FieldError {
  const detail = valid.length ? `supported values: ${valid.map(goQuote).join(', ')}` : '';
  return { type: 'FieldValueNotSupported', field, message: withDetail(`Unsupported value: ${goValue(value)}`, detail) };
}

/** field.Duplicate. */
export function duplicate(field: string, value: unknown): FieldError {
  return { type: 'FieldValueDuplicate', field, message: `Duplicate value: ${goValue(value)}` };
}

/** field.NotFound: a reference to something that does not exist. */
export function notFound(field: string, value: unknown): FieldError {
  return { type: 'FieldValueNotFound', field, message: `Not found: ${goValue(value)}` };
}

/** field.Forbidden. */
export function forbidden(field: string, detail: string): FieldError {
  return { type: 'FieldValueForbidden', field, message: withDetail('Forbidden', detail) };
}

/** field.TooLong: the value itself is never printed. */
export function tooLong(field: string, maxBytes: number): FieldError {
  return { type: 'FieldValueTooLong', field, message: `Too long: must have at most ${maxBytes} bytes` };
}

/** field.TooMany: a list longer than allowed. */
export function tooMany(field: string, actual: number, max: number): FieldError {
  return { type: 'FieldValueTooMany', field, message: `Too many: ${actual}: must have at most ${max} items` };
}

/** field.TypeInvalid: a value of the wrong JSON type. */
export function typeInvalid(field: string, value: unknown, detail: string): FieldError {
  return { type: 'FieldValueTypeInvalid', field, message: withDetail(`Invalid value: ${goValue(value)}`, detail) };
}

/** The validation message of a field that may not change (apimachinery FieldImmutableErrorMsg). */
export const IMMUTABLE = 'field is immutable';

/** apimachinery IsNegativeErrorMsg. */
export const NEGATIVE = 'must be greater than or equal to 0';

/** ValidateNonnegativeField for an optional number. */
export function nonNegative(value: unknown, field: string): FieldError[] {
  return typeof value === 'number' && value < 0 ? [invalid(field, value, NEGATIVE)] : [];
}
