/** Lets vitest load `.svelte.ts` state classes without the Svelte compiler: outside components a class field's
 * `$state(x)` behaves as its plain initial value, which is exactly what Svelte's server build emits. Import this
 * first in a test; when the Svelte plugin does compile the module, the shim is never consulted. */
type Rune = (<T>(value: T) => T) & { raw: <T>(value: T) => T };

const identity = <T>(value: T): T => value;
const state = Object.assign(identity, { raw: identity }) as Rune;
const scope = globalThis as unknown as Record<string, unknown>;
scope.$state ??= state;
