/** A port of Go's text/tabwriter (and kubectl's RememberWidths variant): kubectl aligns every table and every
 * describe section with it, so matching its column-block rules is what makes output match byte for byte. */

export interface TabWriterOptions {
  minWidth: number;
  padding: number;
  /** Keep the widest width seen per column across flushes (kubectl get -w keeps its columns steady). */
  rememberWidths?: boolean;
}

/** Display width: runes, not UTF-16 units, as Go counts them. */
function runeWidth(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export class TabWriter {
  private buffer = '';
  private maxWidths: number[] = [];

  constructor(private readonly opts: TabWriterOptions) {}

  /** Buffers text; cells are separated by '\t' and lines end with '\n'. */
  write(text: string): void {
    this.buffer += text;
  }

  /** Formats everything buffered and returns it. */
  flush(): string {
    if (!this.buffer) return '';
    const text = this.buffer;
    this.buffer = '';
    const endsWithNewline = text.endsWith('\n');
    const rawLines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
    const lines = rawLines.map((l) => l.split('\t'));
    const out: string[] = [];
    this.format(lines, 0, lines.length, [], out);
    return out.join('\n') + (endsWithNewline ? '\n' : '');
  }

  private format(lines: string[][], line0: number, line1: number, widths: number[], out: string[]): void {
    const column = widths.length;
    let start = line0;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i].length - 1) continue;
      this.writeLines(lines, start, i, widths, out);
      start = i;
      let width = this.opts.minWidth;
      for (; i < line1; i++) {
        const line = lines[i];
        if (column >= line.length - 1) break;
        const w = runeWidth(line[column]) + this.opts.padding;
        if (w > width) width = w;
      }
      if (this.opts.rememberWidths) {
        if (column < this.maxWidths.length && this.maxWidths[column] > width) width = this.maxWidths[column];
        this.maxWidths[column] = width;
      }
      this.format(lines, start, i, [...widths, width], out);
      start = i;
      i--;
    }
    this.writeLines(lines, start, line1, widths, out);
  }

  private writeLines(lines: string[][], line0: number, line1: number, widths: number[], out: string[]): void {
    for (let i = line0; i < line1; i++) {
      let s = '';
      lines[i].forEach((cell, j) => {
        s += cell;
        if (j < widths.length && j < lines[i].length - 1) s += ' '.repeat(Math.max(0, widths[j] - runeWidth(cell)));
      });
      out.push(s);
    }
  }
}

/** The writer kubectl's table printer uses (minwidth 6, padding 3, widths remembered). */
export function tableWriter(): TabWriter {
  return new TabWriter({ minWidth: 6, padding: 3, rememberWidths: true });
}

/** The writer kubectl's describers use (minwidth 0, padding 2). */
export function describeWriter(): TabWriter {
  return new TabWriter({ minWidth: 0, padding: 2 });
}
