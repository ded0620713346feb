/** Entry point of the emulated kubectl: argv in, text out, exit code returned. */
import type { KubeClient } from './client';
import { ApiError, CommandError, formatError } from './errors';
import type { Command, Invocation, KubectlContext, KubectlIO } from './invocation';
import { UsageError, flag, flagSpecs, parseArgs } from './parse';
import { COMMANDS } from './commands/index';

export type { KubectlIO, KubectlContext } from './invocation';

/** Finds the command word, skipping flags (and their values) that may precede it. */
function commandIndex(argv: string[]): number {
  const valueFlags = new Set(flagSpecs('').filter((s) => s.kind === 'string' || s.kind === 'array').flatMap((s) => [`--${s.name}`, ...(s.short ? [`-${s.short}`] : [])]));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return -1;
    if (!a.startsWith('-')) return i;
    if (valueFlags.has(a)) i++;
  }
  return -1;
}

/** Runs one kubectl command line (argv without the leading 'kubectl') and returns its exit code. */
export async function runKubectl(argv: string[], client: KubeClient, io: KubectlIO, ctx: KubectlContext): Promise<number> {
  const words = argv[0] === 'kubectl' ? argv.slice(1) : argv;
  const idx = commandIndex(words);
  if (idx < 0) {
    io.stdout('kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n');
    return 0;
  }
  const name = words[idx];
  const command: Command | undefined = COMMANDS[name];
  if (!command) {
    io.stderr(`error: unknown command "${name}" for "kubectl"\nRun 'kubectl --help' for usage.\n`);
    return 1;
  }
  let inv: Invocation;
  try {
    const parsed = parseArgs([...words.slice(0, idx), ...words.slice(idx + 1)], name);
    const ns = flag(parsed, 'namespace');
    inv = { args: parsed.args, parsed, client, io, ctx, namespace: ns || ctx.namespace || 'default', namespaceExplicit: !!ns };
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`Error: ${err.message}\nSee 'kubectl ${name} --help' for usage.\n`);
      return 1;
    }
    throw err;
  }
  try {
    return await command(inv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`error: ${err.message}\nSee 'kubectl ${name} -h' for help and examples\n`);
      return 1;
    }
    if (err instanceof ApiError || err instanceof CommandError) {
      io.stderr(formatError(err));
      return err instanceof CommandError ? err.exitCode : 1;
    }
    if (io.signal?.aborted) return 0;
    io.stderr(formatError(err));
    return 1;
  }
}
