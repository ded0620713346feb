/** Light/dark theme choice, persisted; 'system' follows the OS preference. */
export type ThemeMode = 'system' | 'light' | 'dark';

const KEY = 'kube-playground.theme';

class ThemeState {
  mode = $state<ThemeMode>('system');

  constructor() {
    if (typeof localStorage === 'undefined') return;
    const saved = localStorage.getItem(KEY);
    if (saved === 'light' || saved === 'dark') this.mode = saved;
    // In 'system' mode the document follows the OS preference as it changes.
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.apply());
  }

  /** Cycles system → light → dark → system and applies it to the document. */
  cycle(): void {
    this.set(this.mode === 'system' ? 'light' : this.mode === 'light' ? 'dark' : 'system');
  }

  /** Applies and remembers a mode. */
  set(mode: ThemeMode): void {
    this.mode = mode;
    if (mode === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, mode);
    this.apply();
  }

  /** Sets the document's data-theme (the only thing the stylesheet reads) from the mode. */
  private apply(): void {
    const dark = this.mode === 'dark' || (this.mode === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }
}

export const theme = new ThemeState();
