/** Tab completion for the in-browser kubectl: commands, subcommands, flags, resource types and names. */
import { RESOURCES, resolveResource } from '../k8s/resources';
import { COMMANDS } from './commands/index';
import { flagSpecs } from './parse';

export interface CompletionContext {
  /** Names of existing objects of a resource ('pods', 'nodes', ...) in a namespace ('' for cluster-scoped). */
  listNames(resource: string, namespace: string): Promise<string[]>;
}

const SUBCOMMANDS: Record<string, string[]> = {
  rollout: ['history', 'pause', 'restart', 'resume', 'status', 'undo'],
  create: ['configmap', 'cronjob', 'deployment', 'job', 'namespace', 'secret', 'service'],
  top: ['node', 'pod'],
  set: ['image'],
  config: ['current-context', 'get-contexts', 'view'],
  auth: ['can-i', 'whoami'],
};

/** Commands whose positional arguments are TYPE [NAME...]. */
const TYPED = new Set(['get', 'describe', 'delete', 'edit', 'label', 'annotate', 'scale', 'expose', 'explain', 'rollout', 'set']);
/** Commands whose first positional argument is a pod / node name. */
const POD_NAME = new Set(['logs', 'exec', 'attach', 'port-forward']);
const NODE_NAME = new Set(['cordon', 'uncordon', 'drain']);

const OUTPUTS = ['custom-columns=', 'json', 'jsonpath=', 'name', 'wide', 'yaml'];

function typeWords(): string[] {
  const words = new Set<string>();
  for (const r of RESOURCES) {
    if (r.virtual) continue;
    words.add(r.resource);
    for (const s of r.shortNames) words.add(s);
  }
  words.add('all');
  return [...words];
}

/** Splits the text before the cursor into finished words and the word being typed. */
function split(text: string): { words: string[]; current: string } {
  const words: string[] = [];
  let cur = '';
  let quote = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = '';
      else cur += ch;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (/\s/.test(ch)) {
      if (cur) words.push(cur);
      cur = '';
    } else cur += ch;
  }
  return { words, current: cur };
}

const matching = (candidates: string[], prefix: string) => [...new Set(candidates.filter((c) => c.startsWith(prefix)))].sort();

/** Completion candidates for the word under the cursor. */
export async function complete(line: string, cursor: number, ctx: CompletionContext): Promise<string[]> {
  const { words, current } = split(line.slice(0, cursor));
  if (words[0] === 'kubectl') words.shift();
  else if (words.length === 0 && 'kubectl'.startsWith(current) && current) return ['kubectl'];
  const command = words.find((w) => !w.startsWith('-'));
  if (!command) return current.startsWith('-') ? matching(flagSpecs('').map((s) => `--${s.name}`), current) : matching(Object.keys(COMMANDS), current);
  let namespace = 'default';
  const positionals: string[] = [];
  const specs = flagSpecs(command);
  const valueFlags = new Set(specs.filter((s) => s.kind === 'string' || s.kind === 'array').flatMap((s) => [`--${s.name}`, ...(s.short ? [`-${s.short}`] : [])]));
  for (let i = words.indexOf(command) + 1; i < words.length; i++) {
    const w = words[i];
    if (valueFlags.has(w)) {
      if (w === '-n' || w === '--namespace') namespace = words[i + 1] ?? namespace;
      i++;
    } else if (w.startsWith('--namespace=')) namespace = w.slice('--namespace='.length);
    else if (!w.startsWith('-')) positionals.push(w);
  }
  const previous = words[words.length - 1];
  if (previous === '-n' || previous === '--namespace') return matching(await ctx.listNames('namespaces', ''), current);
  if (previous === '-o' || previous === '--output') return matching(OUTPUTS, current);
  if (current.startsWith('-')) return matching(specs.map((s) => `--${s.name}`), current);
  const subs = SUBCOMMANDS[command];
  if (subs && positionals.length === 0) return matching(subs, current);
  const args = subs ? positionals.slice(1) : positionals;
  if (command === 'top') return names(ctx, args.length === 0 ? positionals[0] : '', namespace, current, args.length === 0);
  if (POD_NAME.has(command) && args.length === 0) return names(ctx, 'pods', namespace, current, true);
  if (NODE_NAME.has(command) && args.length === 0) return names(ctx, 'nodes', namespace, current, true);
  if (command === 'taint') return args.length === 0 ? matching(['nodes'], current) : names(ctx, 'nodes', namespace, current, args.length === 1);
  if (!TYPED.has(command)) return [];
  if (current.includes('/')) {
    const type = current.slice(0, current.indexOf('/'));
    const list = await names(ctx, type, namespace, current.slice(current.indexOf('/') + 1), true);
    return list.map((n) => `${type}/${n}`);
  }
  if (args.length === 0) return matching(typeWords(), current);
  if (args[0].includes('/')) return [];
  return names(ctx, args[0].split(',')[0], namespace, current, true);
}

async function names(ctx: CompletionContext, type: string, namespace: string, prefix: string, enabled: boolean): Promise<string[]> {
  if (!enabled) return [];
  const info = resolveResource(type === 'node' ? 'nodes' : type === 'pod' ? 'pods' : type);
  if (!info) return [];
  try {
    return matching(await ctx.listNames(info.resource, info.namespaced ? namespace : ''), prefix);
  } catch {
    return [];
  }
}
