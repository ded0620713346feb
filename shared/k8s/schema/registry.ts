/** All object schemas, indexed by OpenAPI definition name and by group/version/kind. */

import { RESOURCES } from '../resources.js';
import { buildTypes } from './dsl.js';
import type { FieldSchema, GroupVersionKind, TypeSchema } from './model.js';
import { appsTypes } from './types-apps.js';
import { autoscalingV1Types, autoscalingV2Types } from './types-autoscaling.js';
import { batchTypes } from './types-batch.js';
import { CORE, corePodTypes } from './types-core-pod.js';
import { coreTypes } from './types-core.js';
import { META, metaTypes } from './types-meta.js';
import { authorizationTypes, coordinationTypes, discoveryTypes, metricsTypes, networkingTypes, policyTypes } from './types-other-groups.js';

/** The OpenAPI package that holds the kinds of an API group version. */
export function packageOf(group: string, version: string): string {
  if (group === 'metrics.k8s.io') return `io.k8s.metrics.pkg.apis.metrics.${version}`;
  return `io.k8s.api.${group === '' ? 'core' : group.split('.')[0]}.${version}`;
}

/** Kinds that are served only as subresource bodies, not as resources of their own. */
const SUBRESOURCE_KINDS: GroupVersionKind[] = [
  { group: '', version: 'v1', kind: 'Binding' },
  { group: 'autoscaling', version: 'v1', kind: 'Scale' },
  { group: 'policy', version: 'v1', kind: 'Eviction' },
];

function build(): Map<string, TypeSchema> {
  const raw = [
    ...metaTypes, ...corePodTypes, ...coreTypes, ...appsTypes, ...batchTypes, ...autoscalingV1Types,
    ...autoscalingV2Types, ...networkingTypes, ...discoveryTypes, ...coordinationTypes, ...policyTypes,
    ...authorizationTypes, ...metricsTypes,
  ];
  const types = new Map(buildTypes(raw, [CORE, META]).map((t) => [t.name, t]));
  const gvks: GroupVersionKind[] = [...SUBRESOURCE_KINDS, ...RESOURCES.map(({ group, version, kind }) => ({ group, version, kind }))];
  for (const gvk of gvks) {
    const name = `${packageOf(gvk.group, gvk.version)}.${gvk.kind}`;
    const t = types.get(name);
    if (!t) throw new Error(`no schema for kind ${name}`);
    t.gvk = gvk;
  }
  for (const info of RESOURCES) {
    if (info.virtual && info.group !== 'metrics.k8s.io') continue;
    const pkg = packageOf(info.group, info.version);
    const list = listType(pkg, info.kind);
    list.gvk = { group: info.group, version: info.version, kind: `${info.kind}List` };
    types.set(list.name, list);
  }
  return types;
}

function listType(pkg: string, kind: string): TypeSchema {
  const f = (name: string, type: FieldSchema['type'], description: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({ name, type, description, ...extra });
  return {
    name: `${pkg}.${kind}List`,
    description: `${kind}List is a list of ${kind} objects.`,
    fields: [
      f('apiVersion', 'string', 'APIVersion defines the versioned schema of this representation of an object.'),
      f('items', 'array', `List of ${kind} objects.`, { ref: `${pkg}.${kind}`, required: true }),
      f('kind', 'string', 'Kind is a string value representing the REST resource this object represents.'),
      f('metadata', 'object', 'Standard list metadata.', { ref: `${META}.ListMeta` }),
    ],
  };
}

const TYPES = build();

/** The schema of an OpenAPI definition by full name (io.k8s.api.apps.v1.DeploymentSpec). */
export function typeSchema(name: string): TypeSchema | undefined {
  return TYPES.get(name);
}

/** Every schema, in definition order. */
export function allTypeSchemas(): TypeSchema[] {
  return [...TYPES.values()];
}

/** The schema of a top-level kind as a manifest names it (`apps/v1`, `Deployment`), for `kubectl explain`. */
export function schemaFor(apiVersion: string, kind: string): TypeSchema | undefined {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const t = TYPES.get(`${packageOf(group, version)}.${kind}`);
  return t?.gvk ? t : undefined;
}

/** Walks a dotted field path (`spec.template.spec.containers`) from a kind: the field reached and the type it
 * holds (undefined for scalars), or undefined when a segment does not exist. */
export function fieldAt(apiVersion: string, kind: string, path: string): { field?: FieldSchema; type?: TypeSchema } | undefined {
  let type = schemaFor(apiVersion, kind);
  let field: FieldSchema | undefined;
  for (const segment of path.split('.').filter(Boolean)) {
    field = type?.fields.find((f) => f.name === segment);
    if (!field) return undefined;
    type = field.ref ? TYPES.get(field.ref) : undefined;
  }
  return { field, type };
}

/** The definition names a set of roots reference, transitively, roots first. */
export function referencedTypes(roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    const t = TYPES.get(name);
    if (!t) return;
    seen.add(name);
    for (const f of t.fields) if (f.ref) visit(f.ref);
  };
  roots.forEach(visit);
  return [...seen];
}
