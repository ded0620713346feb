/** What every kubectl command receives: parsed arguments, the API client, terminal IO and context. */
import type { KubeClient } from './client';
import type { ParsedArgs } from './parse';

export interface KubectlIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Text piped to the command ('-f -', heredocs). */
  stdin?: string;
  signal?: AbortSignal;
  /** Opens the YAML editor; resolves to the edited text or null when the user cancels. */
  openEditor?(yaml: string): Promise<string | null>;
  /** Wall-clock milliseconds, injected so output is deterministic in tests. */
  now(): number;
}

export interface KubectlContext {
  namespace: string;
  serverUrl: string;
}

export interface Invocation {
  /** Positional arguments after the command word(s). */
  args: string[];
  parsed: ParsedArgs;
  client: KubeClient;
  io: KubectlIO;
  ctx: KubectlContext;
  /** Effective namespace: -n or the context's. */
  namespace: string;
  /** True when -n/--namespace was given. */
  namespaceExplicit: boolean;
}

export type Command = (inv: Invocation) => Promise<number>;
