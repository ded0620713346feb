/** Renders values the way Go's fmt does in field.Error messages (%v for scalars, %q for strings, %#v for
 * structs, maps and slices), because kubectl prints those messages verbatim. */

/** A value already rendered in Go syntax; printed as is. */
export class GoRepr {
  constructor(readonly text: string) {}
}

/** Go's %q for a string (strconv.Quote): JSON escaping agrees with it for printable text. */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}

/** %#v of a map[string]string: keys sorted, `map[string]string{"a":"1", "b":"2"}`; nil prints `(nil)`. */
export function goStringMap(m: Record<string, string> | undefined | null): GoRepr {
  if (m === undefined || m === null) return new GoRepr('map[string]string(nil)');
  const body = Object.keys(m)
    .sort()
    .map((k) => `${goQuote(k)}:${goQuote(String(m[k]))}`)
    .join(', ');
  return new GoRepr(`map[string]string{${body}}`);
}

/** %#v of a []string. */
export function goStringSlice(a: string[] | undefined | null): GoRepr {
  if (a === undefined || a === null) return new GoRepr('[]string(nil)');
  return new GoRepr(`[]string{${a.map((s) => goQuote(String(s))).join(', ')}}`);
}

interface SelectorLike {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key?: string; operator?: string; values?: string[] }[];
}

/** %#v of a metav1.LabelSelector (the dereferenced pointer the API server prints). */
export function goLabelSelector(sel: SelectorLike | undefined | null): GoRepr {
  if (!sel) return new GoRepr('null');
  const exprs = sel.matchExpressions;
  const exprText =
    exprs === undefined || exprs === null
      ? '[]v1.LabelSelectorRequirement(nil)'
      : `[]v1.LabelSelectorRequirement{${exprs
          .map(
            (e) =>
              `v1.LabelSelectorRequirement{Key:${goQuote(e.key ?? '')}, Operator:${goQuote(e.operator ?? '')}, Values:${goStringSlice(e.values).text}}`,
          )
          .join(', ')}}`;
  return new GoRepr(`v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels).text}, MatchExpressions:${exprText}}`);
}

/** %#v of an intstr.IntOrString value (its String method has a pointer receiver, so Go prints the struct). */
export function goIntOrString(v: unknown): GoRepr {
  if (typeof v === 'number') return new GoRepr(`intstr.IntOrString{Type:0, IntVal:${v}, StrVal:""}`);
  return new GoRepr(`intstr.IntOrString{Type:1, IntVal:0, StrVal:${goQuote(String(v ?? ''))}}`);
}

/** Formats a bad value as field.Error.ErrorBody does. */
export function goValue(v: unknown): string {
  if (v instanceof GoRepr) return v.text;
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return goQuote(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return goStringSlice(v).text;
  if (typeof v === 'object' && Object.values(v).every((x) => typeof x === 'string')) return goStringMap(v as Record<string, string>).text;
  return JSON.stringify(v);
}
