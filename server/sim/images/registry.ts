/** The simulated image registry: resolves a reference against the catalog and the playground's own images,
 * answering like containerd does (the digest and size of a found image, the CRI error of a failed pull). */
import type { Cluster } from '../cluster.js';
import { fnv32a } from '../hash.js';
import { isImageUnpullable } from '../faults-state.js';
import type { ImageBehavior } from './behavior.js';
import { CATALOG, type CatalogImage } from './catalog.js';
import { fullReference, parseImageRef, repositoryOf, type ImageRef } from './reference.js';

/** An image a playground's users added through the product API; kept in `cluster.sim.images`. */
export interface UserImage {
  repository: string;
  tags: Record<string, number>;
  behavior: ImageBehavior;
  description: string;
}

export type Resolution =
  | {
      ok: true;
      ref: ImageRef;
      /** `docker.io/library/nginx:1.25` */
      full: string;
      repository: string;
      /** `docker.io/library/nginx@sha256:...` as status.imageID shows. */
      imageID: string;
      sizeBytes: number;
      behavior: ImageBehavior;
      preloaded: boolean;
    }
  | { ok: false; invalid?: boolean; error: string };

const KNOWN_REGISTRIES = new Set(['docker.io', 'registry.k8s.io', 'gcr.io', 'quay.io', 'ghcr.io', 'us-docker.pkg.dev', 'mcr.microsoft.com', 'public.ecr.aws']);

const byRepository = new Map<string, CatalogImage>(CATALOG.map((i) => [i.repository, i]));

/** The playground's user images (mutable list in the persisted simulation state). */
export function userImages(cluster: Cluster): UserImage[] {
  const s = cluster.sim as { images?: UserImage[] };
  s.images ??= [];
  return s.images;
}

/** Adds or extends a user image; tags already present keep their size unless given again. */
export function addUserImage(cluster: Cluster, image: UserImage): UserImage {
  const list = userImages(cluster);
  const existing = list.find((i) => i.repository === image.repository);
  const merged = existing ? { ...existing, ...image, tags: { ...existing.tags, ...image.tags } } : image;
  if (existing) list[list.indexOf(existing)] = merged;
  else list.push(merged);
  list.sort((a, b) => (a.repository < b.repository ? -1 : 1));
  cluster.touchSim();
  return merged;
}

/** A stable fake sha256 (64 hex digits) derived from a string. */
export function fakeSha256(seed: string): string {
  let out = '';
  let h = fnv32a(seed);
  for (let i = 0; out.length < 64; i++) {
    h = fnv32a(`${h}:${seed}:${i}`);
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

function lookup(cluster: Cluster | undefined, repository: string): { tags: Record<string, number>; behavior: ImageBehavior; preloaded: boolean } | undefined {
  const user = cluster ? userImages(cluster).find((i) => i.repository === repository) : undefined;
  const known = byRepository.get(repository);
  if (!user && !known) return undefined;
  return {
    tags: { ...(known?.tags ?? {}), ...(user?.tags ?? {}) },
    behavior: user?.behavior ?? known!.behavior,
    preloaded: !user && !!known?.preloaded,
  };
}

/** Resolves an image reference as a pull would (faults included when a cluster is given). */
export function resolveImage(cluster: Cluster | undefined, image: string): Resolution {
  const ref = parseImageRef(image);
  if (!ref) {
    return { ok: false, invalid: true, error: `couldn't parse image name "${image}": invalid reference format` };
  }
  const full = fullReference(ref);
  const repository = repositoryOf(ref);
  const prefix = `failed to pull and unpack image "${full}": failed to resolve reference "${full}"`;
  if (!KNOWN_REGISTRIES.has(ref.registry) && !(cluster && userImages(cluster).some((i) => i.repository === repository))) {
    const path = `https://${ref.registry}/v2/${ref.path}/manifests/${ref.tag ?? ref.digest}`;
    return { ok: false, error: `rpc error: code = Unknown desc = ${prefix}: failed to do request: Head "${path}": dial tcp: lookup ${ref.registry.split(':')[0]}: no such host` };
  }
  const found = lookup(cluster, repository);
  if (!found) {
    if (ref.registry === 'docker.io') {
      return { ok: false, error: `rpc error: code = Unknown desc = ${prefix}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed` };
    }
    return { ok: false, error: `rpc error: code = NotFound desc = ${prefix}: ${full}: not found` };
  }
  const tag = ref.tag ?? Object.keys(found.tags).find((t) => `sha256:${fakeSha256(`${repository}:${t}`)}` === ref.digest) ?? 'latest';
  const size = found.tags[tag];
  if (size === undefined) return { ok: false, error: `rpc error: code = NotFound desc = ${prefix}: ${full}: not found` };
  if (cluster && isImageUnpullable(cluster, image)) {
    const host = ref.registry === 'docker.io' ? 'registry-1.docker.io' : ref.registry;
    return { ok: false, error: `rpc error: code = Unknown desc = ${prefix}: unexpected status from HEAD request to https://${host}/v2/${ref.path}/manifests/${ref.tag ?? ref.digest}: 503 Service Unavailable` };
  }
  const digest = ref.digest ?? `sha256:${fakeSha256(`${repository}:${tag}`)}`;
  return { ok: true, ref, full, repository, imageID: `${repository}@${digest}`, sizeBytes: size, behavior: found.behavior, preloaded: found.preloaded };
}

/** Every image a playground can pull: the catalog then the user's own, one row per repository. */
export function listImages(cluster: Cluster): { repository: string; tags: { tag: string; sizeBytes: number }[]; description: string; source: 'catalog' | 'user'; behavior: ImageBehavior }[] {
  const row = (i: CatalogImage | UserImage, source: 'catalog' | 'user') => ({
    repository: i.repository,
    tags: Object.entries(i.tags).map(([tag, sizeBytes]) => ({ tag, sizeBytes })),
    description: i.description,
    source,
    behavior: i.behavior,
  });
  return [...CATALOG.map((i) => row(i, 'catalog')), ...userImages(cluster).map((i) => row(i, 'user'))];
}
