/** Tab completion for the terminal: kubectl commands, resource kinds, object names (from the live cluster
 * state, so it is instant) and common flags. */
import { RESOURCES, resolveResource, storageKey } from '../../../shared/k8s/resources.js';

export const COMMANDS = [
  'annotate', 'api-resources', 'apply', 'auth', 'cluster-info', 'config', 'cordon', 'create', 'delete', 'describe',
  'drain', 'edit', 'explain', 'expose', 'get', 'label', 'logs', 'rollout', 'run', 'scale', 'set', 'taint', 'top',
  'uncordon', 'version',
];

const TAKES_RESOURCE = new Set(['get', 'describe', 'delete', 'edit', 'label', 'annotate', 'scale', 'expose', 'explain', 'rollout', 'set', 'top', 'cordon', 'uncordon', 'drain', 'taint', 'logs']);
const SUBCOMMANDS: Record<string, string[]> = {
  rollout: ['history', 'pause', 'restart', 'resume', 'status', 'undo'],
  create: ['configmap', 'deployment', 'job', 'namespace', 'secret', 'service'],
  set: ['image'],
  top: ['nodes', 'pods'],
  config: ['view'],
  auth: ['can-i'],
};
const FLAGS = ['--all-namespaces', '--namespace', '--output', '--selector', '--watch', '--show-labels', '--replicas', '--image', '--dry-run=server', '--filename', '--force', '--grace-period', '--tail', '--follow', '--previous', '--container'];
const OUTPUTS = ['wide', 'yaml', 'json', 'name', 'jsonpath=', 'custom-columns='];
const RESOURCE_WORDS = [...new Set(RESOURCES.filter((r) => !r.virtual).map((r) => r.resource))].sort();
const NODE_COMMANDS = new Set(['cordon', 'uncordon', 'drain', 'taint']);

/** Names of objects of a storage-key resource in a namespace (undefined = all namespaces). */
export type NameLookup = (resource: string, namespace: string | undefined) => string[];

export interface Completion {
  /** Replacement candidates for the word under the cursor. */
  candidates: string[];
  /** Start offset of that word in the line. */
  from: number;
}

/** Candidates for the word ending at `cursor`. */
export function completeLine(line: string, cursor: number, names: NameLookup): Completion {
  const before = line.slice(0, cursor);
  const from = before.search(/\S*$/);
  const word = before.slice(from);
  const words = before.slice(0, from).trim().split(/\s+/).filter(Boolean);
  const match = (list: string[]) => list.filter((c) => c.startsWith(word));

  if (words.length === 0) return { candidates: match(['kubectl', 'k', 'clear', 'help', 'history']), from };
  if (words[0] !== 'kubectl' && words[0] !== 'k') return { candidates: [], from };

  const prev = words.at(-1)!;
  if (prev === '-o' || prev === '--output') return { candidates: match(OUTPUTS), from };
  const nsFlag = words.findIndex((w) => w === '-n' || w === '--namespace');
  if (prev === '-n' || prev === '--namespace') return { candidates: match(names('namespaces', undefined)), from };
  if (word.startsWith('-')) return { candidates: match(FLAGS), from };

  const positional = words.slice(1).filter((w, i, all) => !w.startsWith('-') && !['-n', '--namespace', '-o', '-l', '-c', '-f'].includes(all[i - 1] ?? ''));
  const allNs = words.includes('-A') || words.includes('--all-namespaces');
  const namespace = allNs ? undefined : nsFlag >= 0 ? words[nsFlag + 1] : 'default';
  if (positional.length === 0) return { candidates: match(COMMANDS), from };

  const command = positional[0];
  const args = positional.slice(1);
  const sub = SUBCOMMANDS[command];
  if (sub && args.length === 0 && command !== 'set' && command !== 'top') {
    if (command !== 'rollout') return { candidates: match(sub), from };
  }
  if (command === 'rollout' && args.length === 0) return { candidates: match(sub!), from };
  const rest = command === 'rollout' || command === 'set' ? args.slice(1) : args;
  if (command === 'set' && args.length === 0) return { candidates: match(sub!), from };
  if (command === 'logs') return { candidates: match(names('pods', namespace)), from };
  if (NODE_COMMANDS.has(command)) return { candidates: match(names('nodes', undefined)), from };
  if (!TAKES_RESOURCE.has(command)) return { candidates: [], from };

  if (word.includes('/')) {
    const [type, partial] = [word.slice(0, word.indexOf('/')), word.slice(word.indexOf('/') + 1)];
    const info = resolveResource(type);
    if (!info) return { candidates: [], from };
    const list = names(storageKey(info), info.namespaced ? namespace : undefined).filter((n) => n.startsWith(partial));
    return { candidates: list.map((n) => `${type}/${n}`), from };
  }
  if (rest.length === 0) return { candidates: match(RESOURCE_WORDS), from };
  const info = resolveResource(rest[0].split(',')[0]);
  if (!info) return { candidates: [], from };
  return { candidates: match(names(storageKey(info), info.namespaced ? namespace : undefined)), from };
}

/** The longest common prefix of the candidates. */
export function commonPrefix(list: string[]): string {
  if (list.length === 0) return '';
  let p = list[0];
  for (const s of list) while (!s.startsWith(p)) p = p.slice(0, -1);
  return p;
}
