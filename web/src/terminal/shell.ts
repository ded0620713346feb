/** The little shell around the emulated kubectl: heredocs (`kubectl apply -f - <<EOF`), a `k` alias, `clear`,
 * `help` and `history`, and Ctrl-C that aborts a running `-w`/`-f` command. */
import { tokenize } from '../../../shared/kubectl/parse.js';

export interface ShellHost {
  /** Writes terminal text ('\n' is translated to CRLF by the host). */
  write(s: string): void;
  clear(): void;
  /** Runs kubectl argv (without the word 'kubectl') with optional stdin; resolves to the exit code. */
  kubectl(argv: string[], stdin: string | undefined, signal: AbortSignal): Promise<number>;
  history(): string[];
}

interface Heredoc {
  argv: string[];
  terminator: string;
  stripTabs: boolean;
  lines: string[];
}

export const HELP = `This terminal runs an emulated kubectl against this playground's Kubernetes API.
  kubectl get pods                    k is an alias for kubectl
  kubectl apply -f - <<EOF            paste a manifest, end with EOF
  kubectl get pods -w                 Ctrl-C stops watching
  Tab completes commands, kinds and names; Up/Down walk the history; Ctrl-L clears.
`;

/** Interprets submitted lines. `busy` is true while a command runs or a heredoc is being collected. */
export class Shell {
  #heredoc: Heredoc | null = null;
  #abort: AbortController | null = null;

  constructor(private readonly host: ShellHost) {}

  /** The prompt to show next: '> ' inside a heredoc. */
  get prompt(): string {
    return this.#heredoc ? '> ' : '$ ';
  }

  /** Whether heredoc lines are being collected. */
  get collecting(): boolean {
    return this.#heredoc !== null;
  }

  /** Whether a command is running (input other than Ctrl-C is ignored then). */
  get running(): boolean {
    return this.#abort !== null;
  }

  /** Ctrl-C: aborts the running command or drops a half-typed heredoc. */
  interrupt(): void {
    this.#heredoc = null;
    this.#abort?.abort();
  }

  /** Handles one submitted line; resolves when the shell is ready for the next one. */
  async submit(line: string): Promise<void> {
    if (this.#heredoc) {
      const doc = this.#heredoc;
      const text = doc.stripTabs ? line.replace(/^\t+/, '') : line;
      if (text === doc.terminator) {
        this.#heredoc = null;
        await this.#exec(doc.argv, `${doc.lines.join('\n')}\n`);
      } else {
        doc.lines.push(line);
      }
      return;
    }
    let argv: string[];
    try {
      argv = tokenize(line);
    } catch (e) {
      this.host.write(`shell: ${e instanceof Error ? e.message : String(e)}\n`);
      return;
    }
    const hd = argv.findIndex((a) => /^<<-?/.test(a));
    if (hd >= 0) {
      const op = argv[hd];
      const stripTabs = op.startsWith('<<-');
      const word = op.replace(/^<<-?/, '') || argv[hd + 1];
      if (!word) {
        this.host.write('shell: syntax error near unexpected token `newline\'\n');
        return;
      }
      const consumed = op.replace(/^<<-?/, '') ? 1 : 2;
      this.#heredoc = { argv: [...argv.slice(0, hd), ...argv.slice(hd + consumed)], terminator: word, stripTabs, lines: [] };
      return;
    }
    await this.#exec(argv, undefined);
  }

  async #exec(argv: string[], stdin: string | undefined): Promise<void> {
    if (argv.length === 0) return;
    const [cmd, ...rest] = argv;
    switch (cmd) {
      case 'kubectl':
      case 'k': {
        const abort = new AbortController();
        this.#abort = abort;
        try {
          await this.host.kubectl(rest, stdin, abort.signal);
        } catch (e) {
          if (!abort.signal.aborted) this.host.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
        } finally {
          this.#abort = null;
        }
        return;
      }
      case 'clear':
        this.host.clear();
        return;
      case 'help':
        this.host.write(HELP);
        return;
      case 'history':
        this.host.history().forEach((h, i) => this.host.write(`${String(i + 1).padStart(5)}  ${h}\n`));
        return;
      case 'exit':
        this.host.write('This terminal stays open: close the tab to leave.\n');
        return;
      default:
        this.host.write(`${cmd}: command not found (this terminal runs kubectl only; try 'help')\n`);
    }
  }
}
