/**
 * Label and field selectors with the grammar, matching and error messages of
 * k8s.io/apimachinery/pkg/labels, pkg/fields and metav1.LabelSelectorAsSelector.
 */
import { labelKeyErrors, labelValueErrors } from './names.js';

/** Operators as selection.Operator spells them; 'gt'/'lt' are the `>`/`<` forms the string grammar also accepts. */
export type SelectorOperator = 'in' | 'notin' | 'exists' | '!' | '=' | '==' | '!=' | 'gt' | 'lt';

export interface Requirement {
  key: string;
  operator: SelectorOperator;
  values: string[];
}

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

/** A selector that does not parse or validate; the message is the API server's (`unable to parse requirement: ...`). */
export class SelectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelectorError';
  }
}

// ---- field.Error rendering, so messages read exactly like the API server's ----

// Go's %q / %#v of a string: JSON escaping is the same for the printable ASCII that selectors contain.
const goQuote = (s: string): string => JSON.stringify(s);
const goStringSlice = (vals: string[]): string => `[]string{${vals.map(goQuote).join(', ')}}`;

function invalid(path: string, value: string, detail: string): string {
  return `${path}: Invalid value: ${value}: ${detail}`;
}

// field.ErrorList.ToAggregate: one error prints bare, several print as `[a, b]`.
function aggregate(errs: string[]): string {
  return errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`;
}

// ---- lexer ----

type TokenKind =
  | 'error'
  | 'end'
  | ')'
  | ','
  | '!'
  | '=='
  | '='
  | '>'
  | 'identifier'
  | 'in'
  | '<'
  | '!='
  | 'notin'
  | '(';

interface Token {
  kind: TokenKind;
  literal: string;
}

const KEYWORDS: Record<string, TokenKind> = {
  ')': ')',
  ',': ',',
  '!': '!',
  '==': '==',
  '=': '=',
  '>': '>',
  in: 'in',
  '<': '<',
  '!=': '!=',
  notin: 'notin',
  '(': '(',
};

const isWhitespace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const isSpecial = (ch: string): boolean => '=!(),><'.includes(ch);

function lex(s: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && isWhitespace(s[pos])) pos++;
    if (pos >= s.length) {
      tokens.push({ kind: 'end', literal: '' });
      return tokens;
    }
    if (isSpecial(s[pos])) {
      // Longest run of special characters that still forms an operator ('!=' rather than '!' then '=').
      let buffer = '';
      let last: Token | undefined;
      while (pos < s.length && isSpecial(s[pos])) {
        buffer += s[pos];
        const kind = KEYWORDS[buffer];
        if (kind) last = { kind, literal: buffer };
        else if (last) break;
        pos++;
      }
      tokens.push(last ?? { kind: 'error', literal: `error expected: keyword found '${buffer}'` });
      continue;
    }
    let word = '';
    while (pos < s.length && !isSpecial(s[pos]) && !isWhitespace(s[pos])) word += s[pos++];
    const kind = KEYWORDS[word];
    tokens.push({ kind: kind === 'in' || kind === 'notin' ? kind : 'identifier', literal: word });
  }
}

// ---- parser (a recursive descent over the token list, as labels.Parser) ----

const BINARY_OPERATORS = 'in, notin, =, ==, !=, gt, lt';

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  // In value context the keywords 'in'/'notin' are ordinary identifiers ('x in (in)').
  private asValue(t: Token): Token {
    return t.kind === 'in' || t.kind === 'notin' ? { kind: 'identifier', literal: t.literal } : t;
  }

  lookahead(valueContext: boolean): Token {
    const t = this.tokens[this.position];
    return valueContext ? this.asValue(t) : t;
  }

  consume(valueContext: boolean): Token {
    const t = this.tokens[this.position++];
    return valueContext ? this.asValue(t) : t;
  }

  parse(): Requirement[] {
    const reqs: Requirement[] = [];
    for (;;) {
      const t = this.lookahead(true);
      if (t.kind === 'end') return reqs;
      if (t.kind !== 'identifier' && t.kind !== '!') {
        throw new SelectorError(`found '${t.literal}', expected: !, identifier, or 'end of string'`);
      }
      let req: Requirement;
      try {
        req = this.parseRequirement();
      } catch (e) {
        throw new SelectorError(`unable to parse requirement: ${(e as Error).message}`);
      }
      reqs.push(req);
      const next = this.consume(true);
      if (next.kind === 'end') return reqs;
      if (next.kind !== ',') throw new SelectorError(`found '${next.literal}', expected: ',' or 'end of string'`);
      const after = this.lookahead(true);
      if (after.kind !== 'identifier' && after.kind !== '!') {
        throw new SelectorError(`found '${after.literal}', expected: identifier after ','`);
      }
    }
  }

  private parseRequirement(): Requirement {
    let t = this.consume(true);
    let operator: SelectorOperator | undefined;
    if (t.kind === '!') {
      operator = '!';
      t = this.consume(true);
    }
    if (t.kind !== 'identifier') throw new Error(`found '${t.literal}', expected: identifier`);
    const key = t.literal;
    const keyErrs = labelKeyErrors(key);
    // The parser validates the key without a field path, which Go prints as <nil>.
    if (keyErrs.length > 0) throw new Error(invalid('<nil>', goQuote(key), keyErrs.join('; ')));
    const peek = this.lookahead(true).kind;
    if (operator === '!' || peek === 'end' || peek === ',') {
      return newRequirement(key, operator ?? 'exists', []);
    }
    const opToken = this.consume(false);
    const op = OPERATOR_OF_TOKEN[opToken.kind];
    if (!op) throw new Error(`found '${opToken.literal}', expected: ${BINARY_OPERATORS}`);
    const values = op === 'in' || op === 'notin' ? this.parseValues() : this.parseExactValue();
    return newRequirement(key, op, values);
  }

  private parseValues(): string[] {
    const open = this.consume(true);
    if (open.kind !== '(') throw new Error(`found '${open.literal}' expected: '('`);
    const t = this.lookahead(true);
    if (t.kind === ')') {
      this.consume(true);
      return [''];
    }
    if (t.kind !== 'identifier' && t.kind !== ',') throw new Error(`found '${t.literal}', expected: ',', ')' or identifier`);
    const values = this.parseIdentifiersList();
    if (this.consume(true).kind !== ')') throw new Error(`found '${t.literal}', expected: ')'`);
    return values;
  }

  // A comma list where empty entries mean the empty value: '(a,,b)', '(,a)', '(a,)'.
  private parseIdentifiersList(): string[] {
    const set = new Set<string>();
    for (;;) {
      const t = this.consume(true);
      if (t.kind === 'identifier') {
        set.add(t.literal);
        const next = this.lookahead(true);
        if (next.kind === ',') continue;
        if (next.kind === ')') return sortedValues(set);
        throw new Error(`found '${next.literal}', expected: ',' or ')'`);
      }
      if (t.kind === ',') {
        if (set.size === 0) set.add('');
        const next = this.lookahead(true).kind;
        if (next === ')') {
          set.add('');
          return sortedValues(set);
        }
        if (next === ',') set.add('');
        continue;
      }
      throw new Error(`found '${t.literal}', expected: ',', or identifier`);
    }
  }

  private parseExactValue(): string[] {
    const peek = this.lookahead(true).kind;
    if (peek === 'end' || peek === ',') return [''];
    const t = this.consume(true);
    if (t.kind === 'identifier') return [t.literal];
    throw new Error(`found '${t.literal}', expected: identifier`);
  }
}

const OPERATOR_OF_TOKEN: Partial<Record<TokenKind, SelectorOperator>> = {
  in: 'in',
  notin: 'notin',
  '=': '=',
  '==': '==',
  '!=': '!=',
  '>': 'gt',
  '<': 'lt',
};

// Go's sets.String.List() sorts byte-wise, which for these ASCII values is JS's default sort.
const sortedValues = (set: Set<string>): string[] => [...set].sort();

const INT64 = /^[+-]?\d+$/;

// labels.NewRequirement: validates the operator/value combination and every value.
function newRequirement(key: string, operator: SelectorOperator, values: string[], pathPrefix = ''): Requirement {
  const errs: string[] = [];
  const keyErrs = labelKeyErrors(key);
  if (keyErrs.length > 0) errs.push(invalid(`${pathPrefix}key`, goQuote(key), keyErrs.join('; ')));
  const valuesPath = `${pathPrefix}values`;
  switch (operator) {
    case 'in':
    case 'notin':
      if (values.length === 0) {
        errs.push(invalid(valuesPath, goStringSlice(values), "for 'in', 'notin' operators, values set can't be empty"));
      }
      break;
    case '=':
    case '==':
    case '!=':
      if (values.length !== 1) {
        errs.push(invalid(valuesPath, goStringSlice(values), 'exact-match compatibility requires one single value'));
      }
      break;
    case 'exists':
    case '!':
      if (values.length !== 0) {
        errs.push(invalid(valuesPath, goStringSlice(values), 'values set must be empty for exists and does not exist'));
      }
      break;
    case 'gt':
    case 'lt':
      if (values.length !== 1) {
        errs.push(invalid(valuesPath, goStringSlice(values), "for 'Gt', 'Lt' operators, exactly one value is required"));
      }
      values.forEach((v, i) => {
        if (!INT64.test(v)) {
          errs.push(invalid(`${valuesPath}[${i}]`, goQuote(v), "for 'Gt', 'Lt' operators, the value must be an integer"));
        }
      });
      break;
  }
  values.forEach((v, i) => {
    const valueErrs = labelValueErrors(v);
    if (valueErrs.length > 0) errs.push(invalid(`${valuesPath}[${i}][${key}]`, goQuote(v), valueErrs.join('; ')));
  });
  if (errs.length > 0) throw new Error(aggregate(errs));
  return { key, operator, values };
}

// Requirements are kept sorted by key, as the API server does, so String() output is deterministic.
const byKey = (a: Requirement, b: Requirement): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Parses a label selector string ('app=web,tier!=db,env in (a,b),!gone,has'); '' → []. Throws SelectorError. */
export function parseLabelSelector(s: string): Requirement[] {
  return new Parser(lex(s)).parse().sort(byKey);
}

function requirementMatches(r: Requirement, labels: Record<string, string>): boolean {
  const has = Object.hasOwn(labels, r.key);
  const value = has ? labels[r.key] : undefined;
  switch (r.operator) {
    case 'in':
    case '=':
    case '==':
      return has && r.values.includes(value as string);
    case 'notin':
    case '!=':
      return !has || !r.values.includes(value as string);
    case 'exists':
      return has;
    case '!':
      return !has;
    case 'gt':
    case 'lt': {
      if (!has || !INT64.test(value as string) || r.values.length !== 1 || !INT64.test(r.values[0])) return false;
      const actual = BigInt(value as string);
      const wanted = BigInt(r.values[0]);
      return r.operator === 'gt' ? actual > wanted : actual < wanted;
    }
  }
}

/** True when every requirement matches the labels (an empty list matches everything). */
export function matchesRequirements(reqs: Requirement[], labels: Record<string, string> | undefined): boolean {
  const ls = labels ?? {};
  return reqs.every((r) => requirementMatches(r, ls));
}

const EXPRESSION_OPERATORS: Record<string, SelectorOperator> = {
  In: 'in',
  NotIn: 'notin',
  Exists: 'exists',
  DoesNotExist: '!',
};

/**
 * metav1.LabelSelectorAsSelector as requirements. An empty selector `{}` gives [] (matches everything).
 * A null/undefined selector matches nothing, which a requirement list cannot express: it also gives [],
 * so callers that may hold a nil selector must use matchesLabelSelector or check for nil themselves.
 * Throws SelectorError for an unknown operator or an invalid key/value.
 */
export function labelSelectorToRequirements(sel: LabelSelector | undefined | null): Requirement[] {
  if (!sel) return [];
  const reqs: Requirement[] = [];
  try {
    for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push(newRequirement(k, '=', [v]));
    for (const expr of sel.matchExpressions ?? []) {
      const op = EXPRESSION_OPERATORS[expr.operator];
      if (!op) throw new Error(`${goQuote(String(expr.operator))} is not a valid label selector operator`);
      reqs.push(newRequirement(expr.key, op, [...(expr.values ?? [])]));
    }
  } catch (e) {
    throw new SelectorError((e as Error).message);
  }
  return reqs.sort(byKey);
}

/** Whether labels match a LabelSelector: nil matches nothing, {} matches everything, an invalid selector matches nothing. */
export function matchesLabelSelector(
  sel: LabelSelector | undefined | null,
  labels: Record<string, string> | undefined,
): boolean {
  if (!sel) return false;
  let reqs: Requirement[];
  try {
    reqs = labelSelectorToRequirements(sel);
  } catch {
    return false;
  }
  return matchesRequirements(reqs, labels);
}

/** One requirement as labels.Requirement.String prints it: 'app=web', 'env in (a,b)', '!gone'. */
export function formatRequirement(r: Requirement): string {
  const values = r.values.length === 1 ? r.values[0] : [...r.values].sort().join(',');
  switch (r.operator) {
    case 'exists':
      return r.key;
    case '!':
      return `!${r.key}`;
    case 'in':
      return `${r.key} in (${values})`;
    case 'notin':
      return `${r.key} notin (${values})`;
    case 'gt':
      return `${r.key}>${values}`;
    case 'lt':
      return `${r.key}<${values}`;
    default:
      return `${r.key}${r.operator}${values}`;
  }
}

/** Requirements joined as labels.Selector.String prints them ('' for none). */
export function formatRequirements(reqs: Requirement[]): string {
  return reqs.map(formatRequirement).join(',');
}

/** A LabelSelector as kubectl describe prints it (metav1.FormatLabelSelector): 'app=nginx,tier in (a,b)', '<none>' when empty. */
export function formatLabelSelector(sel: LabelSelector | undefined | null): string {
  let reqs: Requirement[];
  try {
    reqs = labelSelectorToRequirements(sel);
  } catch {
    return '<error>';
  }
  return formatRequirements(reqs) || '<none>';
}

// ---- field selectors ----

export interface FieldRequirement {
  field: string;
  operator: '=' | '!=';
  value: string;
}

// Split on commas not escaped by a backslash; escapes stay in the term for unescapeFieldValue.
function splitTerms(s: string): string[] {
  if (s === '') return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let i = 0; i < s.length; i++) {
    if (inSlash) inSlash = false;
    else if (s[i] === '\\') inSlash = true;
    else if (s[i] === ',') {
      terms.push(s.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(s.slice(start));
  return terms;
}

/** fields.UnescapeValue: `\\`, `\,` and `\=` are the only escapes; a bare ',' or '=' is an error. */
export function unescapeFieldValue(s: string): string {
  let out = '';
  let inSlash = false;
  for (const c of s) {
    if (inSlash) {
      if (c !== '\\' && c !== ',' && c !== '=') {
        throw new SelectorError(`invalid field selector: invalid escape sequence: \\${c}`);
      }
      out += c;
      inSlash = false;
    } else if (c === '\\') inSlash = true;
    else if (c === ',' || c === '=') {
      // Go formats the offending rune with %v, which prints its code point.
      throw new SelectorError(`invalid field selector: unescaped character in value: ${c.codePointAt(0)}`);
    } else out += c;
  }
  if (inSlash) throw new SelectorError('invalid field selector: invalid escape sequence: \\');
  return out;
}

/** fields.EscapeValue: escapes '\', ',' and '=' for use in a field selector value. */
export function escapeFieldValue(s: string): string {
  return s.replace(/[\\,=]/g, (c) => `\\${c}`);
}

/** Parses a field selector ('metadata.name=x,spec.nodeName!=', '==' accepted); '' → []. Throws SelectorError. */
export function parseFieldSelector(s: string): FieldRequirement[] {
  const reqs: FieldRequirement[] = [];
  // Terms are sorted like fields.ParseSelector so errors and String() are deterministic.
  for (const term of splitTerms(s).sort()) {
    if (term === '') continue;
    const m = /^(.*?)(!=|==|=)(.*)$/s.exec(term);
    if (!m) throw new SelectorError(`invalid selector: '${s}'; can't understand '${term}'`);
    const [, field, op, rhs] = m;
    reqs.push({ field, operator: op === '!=' ? '!=' : '=', value: unescapeFieldValue(rhs) });
  }
  return reqs;
}

/** The string value at a dotted path ('spec.nodeName'), '' when missing; scalars are stringified as Go would print them. */
export function fieldValue(obj: unknown, path: string): string {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[part];
  }
  if (cur === undefined || cur === null) return '';
  if (typeof cur === 'string') return cur;
  if (typeof cur === 'number' || typeof cur === 'boolean') return String(cur);
  return '';
}

/** True when the object satisfies every field requirement (missing fields compare as ''). */
export function matchesFieldSelector(reqs: FieldRequirement[], obj: unknown): boolean {
  return reqs.every((r) => (fieldValue(obj, r.field) === r.value) === (r.operator === '='));
}
