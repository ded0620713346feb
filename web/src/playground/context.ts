/** Svelte context access to the open playground, so deep components need no prop drilling. */
import { getContext, setContext } from 'svelte';
import type { PlaygroundState } from './playground-state.svelte.js';

const KEY = Symbol('playground');

/** Makes the playground available to descendants. */
export function providePlayground(state: PlaygroundState): void {
  setContext(KEY, state);
}

/** The playground of the enclosing page. */
export function usePlayground(): PlaygroundState {
  return getContext<PlaygroundState>(KEY);
}

/** A context map holding `state`, for mounting or rendering a component outside the playground page. */
export function playgroundContext(state: PlaygroundState): Map<unknown, unknown> {
  return new Map([[KEY, state]]);
}
