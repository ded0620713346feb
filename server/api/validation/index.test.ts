import { describe, it, expect } from 'vitest';
import { invalidMessage, toCauses, type FieldError } from './index.js';

const replicas: FieldError = { type: 'FieldValueInvalid', field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0' };
const image: FieldError = { type: 'FieldValueRequired', field: 'spec.template.spec.containers[0].image', message: 'Required value' };

describe('Invalid Status rendering', () => {
  it('prints a single error without brackets', () => {
    expect(invalidMessage('Deployment.apps', 'x', [replicas])).toBe('Deployment.apps "x" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0');
  });

  it('brackets several errors and drops repeated ones', () => {
    expect(invalidMessage('Deployment.apps', 'x', [replicas, image, replicas])).toBe(
      'Deployment.apps "x" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, spec.template.spec.containers[0].image: Required value]',
    );
  });

  it('turns errors into Status causes with the error type as reason', () => {
    expect(toCauses([image])).toEqual([{ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.template.spec.containers[0].image' }]);
  });
});
