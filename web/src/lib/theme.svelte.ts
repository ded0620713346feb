/** Light/dark theme choice, persisted; 'system' follows the OS preference. */
export type ThemeMode = 'system' | 'light' | 'dark';

const KEY = 'kube-playground.theme';

class ThemeState {
  mode = $state<ThemeMode>('system');

  constructor() {
    if (typeof localStorage === 'undefined') return;
    const saved = localStorage.getItem(KEY);
    if (saved === 'light' || saved === 'dark') this.mode = saved;
  }

  /** Cycles system → light → dark → system and applies it to the document. */
  cycle(): void {
    this.set(this.mode === 'system' ? 'light' : this.mode === 'light' ? 'dark' : 'system');
  }

  /** Applies and remembers a mode. */
  set(mode: ThemeMode): void {
    this.mode = mode;
    if (mode === 'system') {
      delete document.documentElement.dataset.theme;
      localStorage.removeItem(KEY);
    } else {
      document.documentElement.dataset.theme = mode;
      localStorage.setItem(KEY, mode);
    }
  }
}

export const theme = new ThemeState();
