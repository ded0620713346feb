/** The tiny Markdown subset exercise instructions use (`code`, **bold**, paragraphs), parsed into segments the
 * UI renders as elements, so no HTML from the server is ever injected. */

export type Segment = { kind: 'text' | 'code' | 'bold'; text: string };

/** Splits text into paragraphs of styled segments; single newlines join lines as Markdown does. */
export function parseInline(text: string): Segment[][] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((para) => {
      const out: Segment[] = [];
      const re = /`([^`]+)`|\*\*([^*]+)\*\*/g;
      const flat = para.replace(/\s*\n\s*/g, ' ');
      let last = 0;
      for (let m = re.exec(flat); m; m = re.exec(flat)) {
        if (m.index > last) out.push({ kind: 'text', text: flat.slice(last, m.index) });
        out.push(m[1] !== undefined ? { kind: 'code', text: m[1] } : { kind: 'bold', text: m[2] });
        last = m.index + m[0].length;
      }
      if (last < flat.length) out.push({ kind: 'text', text: flat.slice(last) });
      return out;
    });
}
