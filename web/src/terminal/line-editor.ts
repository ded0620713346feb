/** A readline-style line editor over raw terminal input: cursor movement, history, kill/yank-free editing
 * shortcuts, and redraws as ANSI sequences. Pure: input strings in, output strings and events out. */

export type LineEvent =
  | { type: 'submit'; line: string }
  | { type: 'interrupt' }
  | { type: 'complete'; line: string; cursor: number }
  | { type: 'clear' };

/** Edits one input line at a time and keeps the history of submitted lines. */
export class LineEditor {
  buffer = '';
  cursor = 0;
  prompt: string;
  readonly history: string[] = [];
  /** Off while collecting heredoc lines, which are input, not commands worth recalling. */
  recording = true;
  #historyIndex = -1;
  #draft = '';

  constructor(
    private readonly write: (s: string) => void,
    private readonly emit: (e: LineEvent) => void,
    prompt = '$ ',
  ) {
    this.prompt = prompt;
  }

  /** Prints the prompt and the current buffer on a fresh line. */
  showPrompt(): void {
    this.write(this.prompt + this.buffer);
    this.#moveBack(this.buffer.length - this.cursor);
  }

  /** Replaces the current line (for completion) and redraws it. */
  setLine(line: string, cursor = line.length): void {
    this.buffer = line;
    this.cursor = cursor;
    this.#redraw();
  }

  /** Feeds raw input from the terminal (keys or a paste). */
  input(data: string): void {
    let i = 0;
    while (i < data.length) {
      const rest = data.slice(i);
      const esc = /^\x1b(?:\[(\d*(?:;\d+)?)([A-Za-z~])|O([A-Za-z]))/.exec(rest);
      if (esc) {
        this.#escape(esc[2] ?? esc[3], esc[1] ?? '');
        i += esc[0].length;
        continue;
      }
      const ch = data[i++];
      if (ch === '\n' && data[i - 2] === '\r') continue;
      this.#key(ch);
    }
  }

  #key(ch: string): void {
    switch (ch) {
      case '\r':
      case '\n': {
        const line = this.buffer;
        this.write('\r\n');
        if (this.recording && line.trim() && this.history.at(-1) !== line) this.history.push(line);
        this.buffer = '';
        this.cursor = 0;
        this.#historyIndex = -1;
        this.emit({ type: 'submit', line });
        return;
      }
      case '\x03':
        this.write('^C\r\n');
        this.buffer = '';
        this.cursor = 0;
        this.#historyIndex = -1;
        this.emit({ type: 'interrupt' });
        return;
      case '\x7f':
      case '\b':
        if (this.cursor > 0) {
          this.buffer = this.buffer.slice(0, this.cursor - 1) + this.buffer.slice(this.cursor);
          this.cursor--;
          this.#redraw();
        }
        return;
      case '\t':
        this.emit({ type: 'complete', line: this.buffer, cursor: this.cursor });
        return;
      case '\x01':
        return this.#moveTo(0);
      case '\x05':
        return this.#moveTo(this.buffer.length);
      case '\x02':
        return this.#moveTo(Math.max(0, this.cursor - 1));
      case '\x06':
        return this.#moveTo(Math.min(this.buffer.length, this.cursor + 1));
      case '\x15':
        this.buffer = this.buffer.slice(this.cursor);
        this.cursor = 0;
        return this.#redraw();
      case '\x0b':
        this.buffer = this.buffer.slice(0, this.cursor);
        return this.#redraw();
      case '\x17': {
        const before = this.buffer.slice(0, this.cursor).replace(/\S+\s*$/, '');
        this.buffer = before + this.buffer.slice(this.cursor);
        this.cursor = before.length;
        return this.#redraw();
      }
      case '\x0c':
        this.emit({ type: 'clear' });
        return;
      case '\x04':
        return;
      default:
        if (ch < ' ') return;
        this.buffer = this.buffer.slice(0, this.cursor) + ch + this.buffer.slice(this.cursor);
        this.cursor++;
        if (this.cursor === this.buffer.length) this.write(ch);
        else this.#redraw();
    }
  }

  #escape(code: string, param: string): void {
    switch (code) {
      case 'A':
        return this.#historyStep(-1);
      case 'B':
        return this.#historyStep(1);
      case 'C':
        return this.#moveTo(Math.min(this.buffer.length, this.cursor + 1));
      case 'D':
        return this.#moveTo(Math.max(0, this.cursor - 1));
      case 'H':
        return this.#moveTo(0);
      case 'F':
        return this.#moveTo(this.buffer.length);
      case '~':
        if (param === '3' && this.cursor < this.buffer.length) {
          this.buffer = this.buffer.slice(0, this.cursor) + this.buffer.slice(this.cursor + 1);
          this.#redraw();
        } else if (param === '1' || param === '7') this.#moveTo(0);
        else if (param === '4' || param === '8') this.#moveTo(this.buffer.length);
        return;
    }
  }

  #historyStep(delta: number): void {
    if (this.history.length === 0) return;
    if (this.#historyIndex === -1) {
      if (delta > 0) return;
      this.#draft = this.buffer;
      this.#historyIndex = this.history.length - 1;
    } else {
      const next = this.#historyIndex + delta;
      if (next >= this.history.length) {
        this.#historyIndex = -1;
        this.setLine(this.#draft);
        return;
      }
      this.#historyIndex = Math.max(0, next);
    }
    this.setLine(this.history[this.#historyIndex]);
  }

  #moveTo(pos: number): void {
    const delta = pos - this.cursor;
    if (delta > 0) this.write(`\x1b[${delta}C`);
    else if (delta < 0) this.#moveBack(-delta);
    this.cursor = pos;
  }

  #moveBack(n: number): void {
    if (n > 0) this.write(`\x1b[${n}D`);
  }

  #redraw(): void {
    this.write(`\r\x1b[K${this.prompt}${this.buffer}`);
    this.#moveBack(this.buffer.length - this.cursor);
  }
}
