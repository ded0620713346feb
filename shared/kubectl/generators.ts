/** The objects kubectl's `create <kind>` and `run` generators build, field for field (Go zero values such as
 * `creationTimestamp: null` and `resources: {}` included, since -o yaml shows them). */
import type { KObject } from '../k8s/types';
import { CommandError } from './errors';

/** The container name kubectl derives from an image: 'registry/team/web:1.2' → 'web'. */
export function containerNameFromImage(image: string): string {
  const noDigest = image.split('@')[0];
  const last = noDigest.split('/').pop() ?? noDigest;
  const name = last.split(':')[0];
  return name.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/** kubectl create deployment. */
export function deploymentObject(name: string, images: string[], replicas: number, port?: number): KObject {
  const labels = { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { creationTimestamp: null as unknown as string, labels, name },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      strategy: {},
      template: {
        metadata: { creationTimestamp: null, labels },
        spec: {
          containers: images.map((image) => ({
            image,
            name: containerNameFromImage(image),
            ...(port !== undefined ? { ports: [{ containerPort: port }] } : {}),
            resources: {},
          })),
        },
      },
    },
    status: {},
  };
}

/** kubectl create service <type>. */
export function serviceObject(name: string, type: string, tcp: string[], nodePort?: number, clusterIP?: string): KObject {
  const ports = tcp.map((spec) => {
    const [portText, targetText] = spec.split(':');
    const port = Number(portText);
    if (!Number.isInteger(port)) throw new CommandError(`invalid port spec ${spec}`);
    const target = targetText ?? portText;
    const targetPort = /^\d+$/.test(target) ? Number(target) : target;
    return { name: targetText === undefined ? portText : `${portText}-${target}`, port, protocol: 'TCP', targetPort, ...(nodePort ? { nodePort } : {}) };
  });
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { creationTimestamp: null as unknown as string, labels: { app: name }, name },
    spec: { ...(clusterIP ? { clusterIP } : {}), ports, selector: { app: name }, type },
    status: { loadBalancer: {} },
  };
}

/** Splits --from-literal=key=value. */
export function literalPairs(literals: string[]): [string, string][] {
  return literals.map((l) => {
    const eq = l.indexOf('=');
    if (eq <= 0) throw new CommandError(`invalid literal source ${l}, expected key=value`);
    return [l.slice(0, eq), l.slice(eq + 1)];
  });
}

/** Base64 of a string's UTF-8 bytes, without Node's Buffer. */
export function base64(text: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Decodes base64 to a UTF-8 string. */
export function fromBase64(b64: string): string {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

/** A pod template for job/cronjob generators. */
function jobTemplate(name: string, image: string, command: string[]) {
  return {
    metadata: { creationTimestamp: null },
    spec: {
      containers: [{ ...(command.length ? { command } : {}), image, name, resources: {} }],
      restartPolicy: 'Never',
    },
  };
}

/** kubectl create job. */
export function jobObject(name: string, image: string, command: string[]): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { creationTimestamp: null as unknown as string, name },
    spec: { template: jobTemplate(name, image, command) },
    status: {},
  };
}

/** kubectl create cronjob. */
export function cronJobObject(name: string, image: string, schedule: string, command: string[], restart = 'OnFailure'): KObject {
  const template = jobTemplate(name, image, command);
  template.spec.restartPolicy = restart;
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { creationTimestamp: null as unknown as string, name },
    spec: { jobTemplate: { metadata: { creationTimestamp: null, name }, spec: { template } }, schedule },
    status: {},
  };
}

/** kubectl run. */
export function podObject(name: string, image: string, opts: { labels?: Record<string, string>; port?: number; env?: string[]; command?: string[]; args?: string[]; restart?: string }): KObject {
  const env = (opts.env ?? []).map((e) => {
    const eq = e.indexOf('=');
    return { name: e.slice(0, eq), value: e.slice(eq + 1) };
  });
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { creationTimestamp: null as unknown as string, labels: opts.labels ?? { run: name }, name },
    spec: {
      containers: [
        {
          ...(opts.args?.length ? { args: opts.args } : {}),
          ...(opts.command?.length ? { command: opts.command } : {}),
          ...(env.length ? { env } : {}),
          image,
          name,
          ...(opts.port !== undefined ? { ports: [{ containerPort: opts.port }] } : {}),
          resources: {},
        },
      ],
      dnsPolicy: 'ClusterFirst',
      restartPolicy: opts.restart ?? 'Always',
    },
    status: {},
  };
}
