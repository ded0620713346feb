/**
 * The patch metadata of the served kinds: which lists merge (and by which key), which are sets, which maps are
 * atomic. Transcribed from the `patchStrategy`/`patchMergeKey` tags and `+listType`/`+listMapKey`/`+mapType`
 * markers of the k8s.io/api Go types; a list not described here is replaced wholesale (atomic), as in Go.
 */

/** Patch metadata of one field. */
export interface FieldMeta {
  /** `patchStrategy:"merge"`: lists merge by `key`, or as a set when the items are primitives. */
  merge?: boolean;
  /** `patchMergeKey`. */
  key?: string;
  /** `+listMapKey` for server-side apply when it differs from [key] (e.g. ports are keyed by port and protocol). */
  listKeys?: string[];
  /** `+mapType=atomic` / `+structType=atomic`: server-side apply owns it as one value. */
  atomic?: boolean;
  /** Schema of the value (of each item, for lists). */
  type?: TypeMeta;
}

/** Patch metadata of a struct: its fields that carry metadata. */
export interface TypeMeta {
  fields: Record<string, FieldMeta>;
}

const struct = (fields: Record<string, FieldMeta>): TypeMeta => ({ fields });
const keyed = (key: string, type?: TypeMeta, listKeys?: string[]): FieldMeta => ({ merge: true, key, type, listKeys });
const nested = (type: TypeMeta): FieldMeta => ({ type });
const SET: FieldMeta = { merge: true };
const ATOMIC: FieldMeta = { atomic: true };
const conditions = keyed('type');

const objectMeta = struct({
  finalizers: SET,
  ownerReferences: keyed('uid'),
});

const container = struct({
  ports: keyed('containerPort', undefined, ['containerPort', 'protocol']),
  env: keyed('name', struct({ valueFrom: nested(struct({ configMapKeyRef: ATOMIC, secretKeyRef: ATOMIC, fieldRef: ATOMIC, resourceFieldRef: ATOMIC })) })),
  volumeMounts: keyed('mountPath'),
  volumeDevices: keyed('devicePath'),
});

const podSpec = struct({
  containers: keyed('name', container),
  initContainers: keyed('name', container),
  ephemeralContainers: keyed('name', container),
  volumes: keyed('name'),
  imagePullSecrets: keyed('name'),
  hostAliases: keyed('ip'),
  topologySpreadConstraints: keyed('topologyKey', struct({ labelSelector: ATOMIC }), ['topologyKey', 'whenUnsatisfiable']),
  schedulingGates: keyed('name'),
  resourceClaims: keyed('name'),
  nodeSelector: ATOMIC,
});

const podTemplate = struct({ metadata: nested(objectMeta), spec: nested(podSpec) });

const podStatus = struct({
  conditions,
  podIPs: keyed('ip'),
  hostIPs: keyed('ip'),
  resourceClaimStatuses: keyed('name'),
});

const workloadStatus = struct({ conditions });

function workload(): TypeMeta {
  return struct({
    metadata: nested(objectMeta),
    spec: nested(struct({ selector: ATOMIC, template: nested(podTemplate) })),
    status: nested(workloadStatus),
  });
}

const jobSpec = struct({ selector: ATOMIC, template: nested(podTemplate) });

const SCHEMAS: Record<string, TypeMeta> = {
  Pod: struct({ metadata: nested(objectMeta), spec: nested(podSpec), status: nested(podStatus) }),
  PodTemplate: struct({ metadata: nested(objectMeta), template: nested(podTemplate) }),
  Deployment: workload(),
  ReplicaSet: workload(),
  DaemonSet: workload(),
  StatefulSet: workload(),
  Job: struct({ metadata: nested(objectMeta), spec: nested(jobSpec), status: nested(struct({ conditions })) }),
  CronJob: struct({
    metadata: nested(objectMeta),
    spec: nested(struct({ jobTemplate: nested(struct({ metadata: nested(objectMeta), spec: nested(jobSpec) })) })),
  }),
  Service: struct({
    metadata: nested(objectMeta),
    spec: nested(struct({ ports: keyed('port', undefined, ['port', 'protocol']), selector: ATOMIC })),
    status: nested(struct({ conditions })),
  }),
  Node: struct({
    metadata: nested(objectMeta),
    spec: nested(struct({ podCIDRs: SET })),
    status: nested(struct({ conditions, addresses: keyed('type') })),
  }),
  Namespace: struct({ metadata: nested(objectMeta), status: nested(struct({ conditions })) }),
  PersistentVolumeClaim: struct({
    metadata: nested(objectMeta),
    spec: nested(struct({ selector: ATOMIC })),
    status: nested(struct({ conditions })),
  }),
  ServiceAccount: struct({ metadata: nested(objectMeta), secrets: keyed('name') }),
  HorizontalPodAutoscaler: struct({ metadata: nested(objectMeta), status: nested(struct({ conditions })) }),
  PodDisruptionBudget: struct({
    metadata: nested(objectMeta),
    spec: nested(struct({ selector: ATOMIC })),
    status: nested(struct({ conditions })),
  }),
};

const GENERIC = struct({ metadata: nested(objectMeta) });

/** The patch metadata of a kind; kinds without merge lists still get ObjectMeta's (finalizers, ownerReferences). */
export function schemaForKind(kind: string): TypeMeta {
  return SCHEMAS[kind] ?? GENERIC;
}

/** The metadata of one field of a struct, if any. */
export function fieldMeta(type: TypeMeta | undefined, name: string): FieldMeta | undefined {
  return type?.fields[name];
}
