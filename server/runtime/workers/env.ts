/** The Worker's bindings (wrangler.toml). */
import type { ClusterObject } from './cluster-object.js';
import type { DirectoryObject } from './directory-object.js';

export interface Env {
  /** One Durable Object per playground, named by the playground id. */
  CLUSTERS: DurableObjectNamespace<ClusterObject>;
  /** The single directory object holding product data (exercises, API keys, classrooms). */
  DIRECTORY: DurableObjectNamespace<DirectoryObject>;
  ASSETS?: Fetcher;
  PUBLIC_URL?: string;
  /** `name:secret,other:secret2`: course-platform API keys, imported by the directory at first use. */
  PLAYGROUND_API_KEYS?: string;
}

/** The directory object (there is exactly one). */
export function directoryStub(env: Env): DurableObjectStub<DirectoryObject> {
  return env.DIRECTORY.get(env.DIRECTORY.idFromName('directory'));
}

/** The object holding playground `id`. */
export function clusterStub(env: Env, id: string): DurableObjectStub<ClusterObject> {
  return env.CLUSTERS.get(env.CLUSTERS.idFromName(id));
}

/** A JSON POST to an object's internal route (the host part of the URL is never looked at). */
export function internalPost(stub: { fetch(req: Request): Promise<Response> }, path: string, body: unknown): Promise<Response> {
  return stub.fetch(new Request(`https://internal${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
}
