/** The single Swagger 2.0 document (`/openapi/v2`) of every served resource, as kubectl 1.27/1.28 read it. */

import { RESOURCES } from '../../../shared/k8s/resources.js';
import { openApiParts } from './openapi-v3.js';

let document: object | undefined;

/** GET /openapi/v2 as JSON. */
export function openApiV2Document(): object {
  if (!document) {
    const { paths, schemas } = openApiParts(RESOURCES, 'v2');
    document = {
      swagger: '2.0',
      info: { title: 'Kubernetes', version: 'v1.32.0' },
      paths,
      definitions: schemas,
      securityDefinitions: { BearerToken: { description: 'Bearer Token authentication', type: 'apiKey', name: 'authorization', in: 'header' } },
      security: [{ BearerToken: [] }],
    };
  }
  return document;
}
