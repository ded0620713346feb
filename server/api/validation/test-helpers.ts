/** Fixtures shared by the validation tests: default an object as the API server would, then validate it. */
import type { KObject } from '../../../shared/k8s/types.js';
import { applyDefaults } from '../defaults/index.js';
import { validateObject, type FieldError } from './index.js';

/** Defaults then validates obj; on update `old` is defaulted the same way first. */
export function check(obj: KObject, resource: string, group = '', old?: KObject): FieldError[] {
  const ctx = { resource, group };
  const prev = old ? applyDefaults(old, ctx) : undefined;
  return validateObject(applyDefaults(obj, ctx), prev, ctx);
}

/** `field: message` lines, the way kubectl prints each cause. */
export function lines(errs: FieldError[]): string[] {
  return errs.map((e) => `${e.field}: ${e.message}`);
}

/** A minimal valid pod template labelled app=<app>. */
export function template(app = 'web', extra: Record<string, unknown> = {}): KObject['spec'] {
  return { metadata: { labels: { app } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }], ...extra } };
}

/** A minimal Deployment. */
export function deployment(spec: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: { selector: { matchLabels: { app: 'web' } }, template: template(), ...spec },
  };
}
