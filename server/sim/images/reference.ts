/** Image references normalised the way containerd does: `nginx` is `docker.io/library/nginx:latest`. */

export interface ImageRef {
  /** Registry host (`docker.io`, `registry.k8s.io`). */
  registry: string;
  /** Path inside the registry (`library/nginx`, `e2e-test-images/agnhost`). */
  path: string;
  tag?: string;
  digest?: string;
}

// The old community registry redirects to its successor, so both names find the same images.
const REGISTRY_ALIASES: Record<string, string> = { 'k8s.gcr.io': 'registry.k8s.io', 'index.docker.io': 'docker.io', 'registry-1.docker.io': 'docker.io' };

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Parses a reference (`nginx`, `nginx:1.25`, `registry.k8s.io/pause:3.10`, `x@sha256:...`), or undefined if invalid. */
export function parseImageRef(ref: string): ImageRef | undefined {
  if (!ref || ref !== ref.trim()) return undefined;
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return undefined;
  }
  const parts = rest.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) registry = parts.shift()!;
  registry = REGISTRY_ALIASES[registry] ?? registry;
  if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p))) return undefined;
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  if (!tag && !digest) tag = 'latest';
  return { registry, path: parts.join('/'), tag, digest };
}

/** `docker.io/library/nginx`: the repository without tag or digest. */
export function repositoryOf(ref: ImageRef): string {
  return `${ref.registry}/${ref.path}`;
}

/** The fully qualified reference the container runtime reports (`docker.io/library/nginx:1.25`). */
export function fullReference(ref: ImageRef): string {
  const base = repositoryOf(ref);
  if (ref.tag) return `${base}:${ref.tag}`;
  return `${base}@${ref.digest}`;
}

/** The short repository name learners type (`nginx`, `polinux/stress`, `registry.k8s.io/pause`). */
export function shortRepository(repository: string): string {
  if (repository.startsWith('docker.io/library/')) return repository.slice('docker.io/library/'.length);
  if (repository.startsWith('docker.io/')) return repository.slice('docker.io/'.length);
  return repository;
}
