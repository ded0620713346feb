/** The playgrounds this browser opened before, remembered in localStorage (most recent first). */

export interface RecentPlayground {
  key: string;
  name: string;
  role: 'edit' | 'view';
  template: string;
  openedAt: number;
  /** The exercise this playground was created for, if any. */
  exercise?: string;
}

const STORAGE_KEY = 'kube-playground.recent';
const LIMIT = 12;

/** Reads the remembered playgrounds; tolerates a missing or corrupt entry. */
export function loadRecent(storage: Pick<Storage, 'getItem'>): RecentPlayground[] {
  try {
    const raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((r): r is RecentPlayground => typeof r?.key === 'string') : [];
  } catch {
    return [];
  }
}

/** Remembers a playground as the most recent one, keeping at most a dozen and one entry per key; an exercise
 * remembered earlier for the key is kept. */
export function rememberPlayground(storage: Pick<Storage, 'getItem' | 'setItem'>, entry: RecentPlayground): RecentPlayground[] {
  const before = loadRecent(storage);
  const exercise = entry.exercise ?? before.find((r) => r.key === entry.key)?.exercise;
  const list = [{ ...entry, ...(exercise ? { exercise } : {}) }, ...before.filter((r) => r.key !== entry.key)].slice(0, LIMIT);
  storage.setItem(STORAGE_KEY, JSON.stringify(list));
  return list;
}

/** Forgets one playground. */
export function forgetPlayground(storage: Pick<Storage, 'getItem' | 'setItem'>, key: string): RecentPlayground[] {
  const list = loadRecent(storage).filter((r) => r.key !== key);
  storage.setItem(STORAGE_KEY, JSON.stringify(list));
  return list;
}
