/** Keeps what only the create call returns (the kubeconfig and both keys) for the tab that created it, so the
 * share menu can offer them without a second round trip. */
import type { CreatedPlayground } from '../../../shared/api/product.js';

const PREFIX = 'kube-playground.created.';

/** Remembers a freshly created playground for this tab. */
export function stashCreated(p: CreatedPlayground): void {
  try {
    sessionStorage.setItem(PREFIX + p.editKey, JSON.stringify(p));
  } catch {
    // Private mode without storage: the share menu builds the kubeconfig itself.
  }
}

/** The created-playground record for a key, if this tab created it. */
export function createdFor(key: string): CreatedPlayground | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as CreatedPlayground) : null;
  } catch {
    return null;
  }
}
