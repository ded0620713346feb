import { describe, it, expect } from 'vitest';
import type { KObject } from '../../../shared/k8s/types.js';
import { decodeKubernetesProtobuf, ProtobufError } from './decode.js';
import { encodeKubernetesProtobuf, encodeMessage } from './encode.js';
import { message } from './schema.js';
import { WireWriter, WIRE_BYTES, WIRE_VARINT } from './wire.js';

const hex = (s: string) => Uint8Array.from(s.replace(/\s+/g, '').match(/../g)!.map((b) => parseInt(b, 16)));

/** Wraps raw object bytes in the k8s\0 + runtime.Unknown envelope. */
function envelope(apiVersion: string, kind: string, raw: Uint8Array): Uint8Array {
  const typeMeta = new WireWriter().tag(1, WIRE_BYTES).string(apiVersion).tag(2, WIRE_BYTES).string(kind).finish();
  const unknown = new WireWriter().tag(1, WIRE_BYTES).bytes(typeMeta).tag(2, WIRE_BYTES).bytes(raw).finish();
  return Uint8Array.from([0x6b, 0x38, 0x73, 0x00, ...unknown]);
}

// `kubectl create configmap app-config --from-literal=color=blue -n default`, written out by hand from the
// proto definitions, independently of our encoder.
const CONFIGMAP_FIXTURE = hex(`
  6b387300
  0a0f 0a027631 1209 436f6e6669674d6170
  1232
    0a21
      0a0a 6170702d636f6e666967
      1200
      1a07 64656661756c74
      2200 2a00 3200 3800 4200
    120d 0a05 636f6c6f72 1204 626c7565
  1a00
  2200
`);

const CONFIGMAP_JSON: KObject = {
  kind: 'ConfigMap',
  apiVersion: 'v1',
  metadata: { name: 'app-config', namespace: 'default', creationTimestamp: null as unknown as string },
  data: { color: 'blue' },
};

// What `kubectl create deployment web --image=nginx --replicas=2 -o json --dry-run=client` prints: the object kubectl
// would POST as JSON, and therefore what the decoder must reproduce from the protobuf body.
const DEPLOYMENT_JSON: KObject = {
  kind: 'Deployment',
  apiVersion: 'apps/v1',
  metadata: { name: 'web', creationTimestamp: null as unknown as string, labels: { app: 'web' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { creationTimestamp: null, labels: { app: 'web' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx', resources: {} }] },
    },
    strategy: {},
  },
  status: {},
};

describe('decodeKubernetesProtobuf', () => {
  it('decodes a hand-written ConfigMap body into the JSON kubectl would send', () => {
    expect(decodeKubernetesProtobuf(CONFIGMAP_FIXTURE)).toEqual(CONFIGMAP_JSON);
  });

  it('encodes that ConfigMap to exactly the hand-written bytes (encoder matches Go output)', () => {
    expect(encodeKubernetesProtobuf(CONFIGMAP_JSON)).toEqual(CONFIGMAP_FIXTURE);
  });

  it('decodes kubectl create deployment web --image=nginx --replicas=2', () => {
    const body = encodeKubernetesProtobuf(DEPLOYMENT_JSON);
    expect(Array.from(body.subarray(0, 4))).toEqual([0x6b, 0x38, 0x73, 0x00]);
    expect(decodeKubernetesProtobuf(body)).toEqual(DEPLOYMENT_JSON);
  });

  it('keeps replicas: 0 because DeploymentSpec.replicas is a pointer', () => {
    const zero = structuredClone(DEPLOYMENT_JSON);
    zero.spec.replicas = 0;
    expect(decodeKubernetesProtobuf(encodeKubernetesProtobuf(zero)).spec.replicas).toBe(0);
    const unset = structuredClone(DEPLOYMENT_JSON);
    delete unset.spec.replicas;
    expect(decodeKubernetesProtobuf(encodeKubernetesProtobuf(unset)).spec).not.toHaveProperty('replicas');
  });

  it('drops the zero values Go writes for omitempty fields but keeps non-omitempty ones', () => {
    const svc: KObject = {
      kind: 'Service',
      apiVersion: 'v1',
      metadata: { name: 'my-svc', creationTimestamp: null as unknown as string, labels: { app: 'my-svc' } },
      spec: {
        ports: [{ name: '5678-8080', protocol: 'TCP', port: 5678, targetPort: 8080 }],
        selector: { app: 'my-svc' },
        type: 'ClusterIP',
      },
      status: { loadBalancer: {} },
    };
    const decoded = decodeKubernetesProtobuf(encodeKubernetesProtobuf(svc));
    expect(decoded).toEqual(svc);
    expect(decoded.spec.ports[0]).not.toHaveProperty('nodePort');
    expect(decoded.spec).not.toHaveProperty('clusterIP');

    const portZero = structuredClone(svc);
    portZero.spec.ports[0].port = 0;
    expect(decodeKubernetesProtobuf(encodeKubernetesProtobuf(portZero)).spec.ports[0].port).toBe(0);
  });

  it('turns Secret data bytes into base64 and accepts non-UTF-8 values', () => {
    const secret: KObject = {
      kind: 'Secret',
      apiVersion: 'v1',
      metadata: { name: 'db', creationTimestamp: null as unknown as string },
      data: { password: btoa('s3cr3t'), blob: '/wA=' },
      type: 'Opaque',
    };
    const body = encodeKubernetesProtobuf(secret);
    // The wire carries the raw bytes, not base64 text.
    expect(new TextDecoder('latin1').decode(body)).toContain('s3cr3t');
    expect(decodeKubernetesProtobuf(body)).toEqual(secret);
  });

  it.each<[string, KObject]>([
    [
      'autoscale (autoscaling/v1 keeps status zero replicas, which are not omitempty)',
      {
        kind: 'HorizontalPodAutoscaler',
        apiVersion: 'autoscaling/v1',
        metadata: { name: 'web', creationTimestamp: null as unknown as string },
        spec: { scaleTargetRef: { kind: 'Deployment', name: 'web', apiVersion: 'apps/v1' }, minReplicas: 1, maxReplicas: 5, targetCPUUtilizationPercentage: 80 },
        status: { currentReplicas: 0, desiredReplicas: 0 },
      },
    ],
    [
      'autoscale (autoscaling/v2 metrics and behavior)',
      {
        kind: 'HorizontalPodAutoscaler',
        apiVersion: 'autoscaling/v2',
        metadata: { name: 'web', creationTimestamp: null as unknown as string },
        spec: {
          scaleTargetRef: { kind: 'Deployment', name: 'web', apiVersion: 'apps/v1' },
          minReplicas: 2,
          maxReplicas: 10,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }],
          behavior: { scaleDown: { stabilizationWindowSeconds: 0, policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } },
        },
        // currentMetrics has no omitempty: kubectl's JSON carries it as null.
        status: { desiredReplicas: 0, currentMetrics: null },
      },
    ],
    [
      'auth can-i create pods',
      {
        kind: 'SelfSubjectAccessReview',
        apiVersion: 'authorization.k8s.io/v1',
        metadata: { creationTimestamp: null as unknown as string },
        spec: { resourceAttributes: { namespace: 'default', verb: 'create', resource: 'pods' } },
        status: { allowed: false },
      },
    ],
    [
      'create cronjob',
      {
        kind: 'CronJob',
        apiVersion: 'batch/v1',
        metadata: { name: 'tick', creationTimestamp: null as unknown as string },
        spec: {
          schedule: '*/1 * * * *',
          jobTemplate: {
            metadata: { name: 'tick', creationTimestamp: null },
            spec: {
              template: {
                metadata: { creationTimestamp: null },
                spec: { containers: [{ name: 'tick', image: 'busybox', command: ['date'], resources: {} }], restartPolicy: 'OnFailure' },
              },
            },
          },
        },
        status: {},
      },
    ],
    [
      'create ingress',
      {
        kind: 'Ingress',
        apiVersion: 'networking.k8s.io/v1',
        metadata: { name: 'web', creationTimestamp: null as unknown as string },
        spec: {
          ingressClassName: 'nginx',
          rules: [{ host: 'web.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }],
          tls: [{ hosts: ['web.example.com'], secretName: 'web-tls' }],
        },
        status: { loadBalancer: {} },
      },
    ],
    [
      'create poddisruptionbudget (IntOrString percent, non-omitempty status counters)',
      {
        kind: 'PodDisruptionBudget',
        apiVersion: 'policy/v1',
        metadata: { name: 'web', creationTimestamp: null as unknown as string },
        spec: { minAvailable: '50%', selector: { matchLabels: { app: 'web' } } },
        status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 },
      },
    ],
    [
      'create rolebinding',
      {
        kind: 'RoleBinding',
        apiVersion: 'rbac.authorization.k8s.io/v1',
        metadata: { name: 'admins', creationTimestamp: null as unknown as string },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'admin' },
        subjects: [{ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: 'alice' }],
      },
    ],
  ])('round-trips %s', (_name, obj) => {
    expect(decodeKubernetesProtobuf(encodeKubernetesProtobuf(obj))).toEqual(obj);
  });

  it('decodes a full pod template: probes, env sources, volumes, security context and negative ints', () => {
    const deploy = structuredClone(DEPLOYMENT_JSON);
    deploy.metadata.annotations = { 'kubernetes.io/change-cause': 'init' };
    deploy.metadata.ownerReferences = [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: 'u-1', controller: false }];
    deploy.metadata.managedFields = [
      { manager: 'kubectl-create', operation: 'Update', apiVersion: 'apps/v1', time: '2024-05-06T07:08:09Z', fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': {} } },
    ];
    deploy.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '25%' } };
    deploy.spec.template.spec = {
      volumes: [
        { name: 'cfg', configMap: { name: 'app-config', items: [{ key: 'color', path: 'color.txt' }], defaultMode: 420 } },
        { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
        { name: 'data', persistentVolumeClaim: { claimName: 'data' } },
      ],
      containers: [
        {
          name: 'app',
          image: 'nginx:1.27',
          ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }],
          envFrom: [{ configMapRef: { name: 'app-config', optional: true } }],
          env: [
            { name: 'MODE', value: 'prod' },
            { name: 'POD', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
            { name: 'PW', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
          ],
          resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '100m' } },
          volumeMounts: [{ name: 'cfg', mountPath: '/etc/app', readOnly: true }],
          readinessProbe: { httpGet: { path: '/healthz', port: 'http', scheme: 'HTTP' }, periodSeconds: 5, failureThreshold: 3 },
          livenessProbe: { tcpSocket: { port: 80 }, initialDelaySeconds: 10 },
          imagePullPolicy: 'IfNotPresent',
          securityContext: { runAsNonRoot: false, capabilities: { drop: ['ALL'] } },
        },
      ],
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 0,
      priority: -5,
      tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }],
      securityContext: { fsGroup: 2000, supplementalGroups: [1, 2] },
    };
    expect(decodeKubernetesProtobuf(encodeKubernetesProtobuf(deploy))).toEqual(deploy);
  });

  it('reads packed repeated integers', () => {
    const packed = new WireWriter().varint(3).varint(4).finish();
    const ctx = new WireWriter().tag(4, WIRE_BYTES).bytes(packed).finish();
    const spec = new WireWriter().tag(14, WIRE_BYTES).bytes(ctx).finish();
    const tmpl = new WireWriter().tag(2, WIRE_BYTES).bytes(spec).finish();
    const job = new WireWriter().tag(2, WIRE_BYTES).bytes(new WireWriter().tag(6, WIRE_BYTES).bytes(tmpl).finish()).finish();
    expect(decodeKubernetesProtobuf(envelope('batch/v1', 'Job', job)).spec.template.spec.securityContext).toEqual({ supplementalGroups: [3, 4] });
  });

  it('ignores fields it has no schema for', () => {
    const raw = Uint8Array.from([
      ...encodeMessage(message('Namespace'), { metadata: { name: 'team-a' } }, { goZeroValues: false }),
      ...new WireWriter().tag(99, WIRE_VARINT).varint(7).tag(98, WIRE_BYTES).string('future').finish(),
    ]);
    expect(decodeKubernetesProtobuf(envelope('v1', 'Namespace', raw))).toEqual({ kind: 'Namespace', apiVersion: 'v1', metadata: { name: 'team-a' } });
  });

  it('keeps a "__proto__" label as plain data', () => {
    const ns: KObject = { kind: 'Namespace', apiVersion: 'v1', metadata: { name: 'x', labels: { ['__proto__']: 'evil' } } };
    const decoded = decodeKubernetesProtobuf(encodeKubernetesProtobuf(ns, { goZeroValues: false }));
    expect(Object.getPrototypeOf(decoded.metadata.labels)).toBe(Object.prototype);
    expect(Object.keys(decoded.metadata.labels!)).toEqual(['__proto__']);
  });
});

describe('decodeKubernetesProtobuf errors', () => {
  it('rejects bodies without the k8s\\0 prefix', () => {
    expect(() => decodeKubernetesProtobuf(new TextEncoder().encode('{"kind":"Pod"}'))).toThrow(ProtobufError);
  });

  it('names the kind it has no schema for', () => {
    expect(() => decodeKubernetesProtobuf(envelope('apps/v1', 'StatefulSet', new Uint8Array(0)))).toThrow(
      new ProtobufError('no protobuf schema for apps/v1, Kind=StatefulSet'),
    );
  });

  it('rejects a known field sent with the wrong wire type', () => {
    const raw = new WireWriter().tag(1, WIRE_VARINT).varint(1).finish();
    expect(() => decodeKubernetesProtobuf(envelope('v1', 'ConfigMap', raw))).toThrow(/ConfigMap.metadata: wire type 0/);
  });

  it('rejects compressed payloads it cannot read', () => {
    const body = Uint8Array.from([...envelope('v1', 'ConfigMap', new Uint8Array(0)), ...new WireWriter().tag(3, WIRE_BYTES).string('gzip').finish()]);
    expect(() => decodeKubernetesProtobuf(body)).toThrow(/content encoding "gzip"/);
  });

  it('throws only ProtobufError for every truncation of a real body', () => {
    const body = encodeKubernetesProtobuf(DEPLOYMENT_JSON);
    for (let n = 0; n < body.length; n++) {
      try {
        decodeKubernetesProtobuf(body.subarray(0, n));
      } catch (e) {
        expect(e).toBeInstanceOf(ProtobufError);
      }
    }
  });

  it('throws only ProtobufError for randomly corrupted bodies', () => {
    const body = encodeKubernetesProtobuf(DEPLOYMENT_JSON);
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    for (let i = 0; i < 2000; i++) {
      const copy = body.slice();
      for (let k = 0; k < 3; k++) copy[4 + Math.floor(rand() * (copy.length - 4))] = Math.floor(rand() * 256);
      try {
        decodeKubernetesProtobuf(copy);
      } catch (e) {
        expect(e).toBeInstanceOf(ProtobufError);
      }
    }
  });
});
