/** OpenAPI v3 per group version (`/openapi/v3/apis/apps/v1`) and its index (`/openapi/v3`). kubectl 1.27+
 * reads these for `apply`/`create` field validation support and for `kubectl explain`. */

import { RESOURCES, groupVersions } from '../../../shared/k8s/resources.js';
import { packageOf, referencedTypes, typeSchema } from '../../../shared/k8s/schema/index.js';
import { hexHash } from './hash.js';
import { resourcePaths } from './openapi-paths.js';
import { typeToOpenApi, valueTypeSchemas, type Dialect } from './openapi-schema.js';
import { subresourceKind } from './subresources.js';

const SERVER_VERSION = 'v1.32.0';

/** Every group-version path an OpenAPI document is served for: 'api/v1', 'apis/apps/v1', ... */
export function openApiGroupVersionPaths(): string[] {
  return ['api/v1', ...groupVersions().flatMap((g) => g.versions.map((v) => `apis/${g.group}/${v}`))];
}

function parseGroupVersionPath(path: string): { group: string; version: string } | undefined {
  const parts = path.replace(/^\/+|\/+$/g, '').split('/');
  if (parts.length === 2 && parts[0] === 'api') return { group: '', version: parts[1] };
  if (parts.length === 3 && parts[0] === 'apis') return { group: parts[1], version: parts[2] };
  return undefined;
}

/** The definitions and paths of the resources of one group version, in the given dialect. */
export function openApiParts(infos: typeof RESOURCES, dialect: Dialect): { paths: Record<string, unknown>; schemas: Record<string, unknown> } {
  const paths: Record<string, unknown> = {};
  const roots = ['io.k8s.apimachinery.pkg.apis.meta.v1.Status', 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions'];
  for (const info of infos) {
    Object.assign(paths, resourcePaths(info, dialect));
    const pkg = packageOf(info.group, info.version);
    roots.push(`${pkg}.${info.kind}`, `${pkg}.${info.kind}List`);
    for (const sub of info.subresources) {
      const sk = subresourceKind(info, sub);
      if (sk) roots.push(`${packageOf(sk.group, sk.version)}.${sk.kind}`);
    }
  }
  const schemas: Record<string, unknown> = {};
  for (const name of referencedTypes(roots).sort()) schemas[name] = typeToOpenApi(typeSchema(name)!, dialect);
  Object.assign(schemas, valueTypeSchemas(dialect));
  return { paths, schemas };
}

const documents = new Map<string, { doc: object; hash: string }>();

function cached(gvPath: string): { doc: object; hash: string } | undefined {
  const gv = parseGroupVersionPath(gvPath);
  if (!gv) return undefined;
  const key = gv.group ? `apis/${gv.group}/${gv.version}` : `api/${gv.version}`;
  let entry = documents.get(key);
  if (!entry) {
    const infos = RESOURCES.filter((r) => r.group === gv.group && r.version === gv.version);
    if (!infos.length) return undefined;
    const { paths, schemas } = openApiParts(infos, 'v3');
    const doc = {
      openapi: '3.0.0',
      info: { title: 'Kubernetes', version: SERVER_VERSION },
      paths,
      components: {
        schemas,
        securitySchemes: { BearerToken: { type: 'apiKey', description: 'Bearer Token authentication', name: 'authorization', in: 'header' } },
      },
    };
    entry = { doc, hash: hexHash(JSON.stringify(doc)) };
    documents.set(key, entry);
  }
  return entry;
}

/** GET /openapi/v3/<path>: the OpenAPI 3.0 document of one group version ('api/v1', 'apis/apps/v1'). */
export function openApiV3Document(groupVersionPath: string): object | undefined {
  return cached(groupVersionPath)?.doc;
}

/** The content hash the index advertises for a group version document. */
export function openApiV3Hash(groupVersionPath: string): string | undefined {
  return cached(groupVersionPath)?.hash;
}

/** GET /openapi/v3: where each group version document lives. `prefix` is the path the API is mounted
 * under (`/clusters/<key>`), since kubectl resolves serverRelativeURL against the server root. */
export function openApiV3Index(prefix: string): object {
  const base = prefix.replace(/\/+$/, '');
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const p of openApiGroupVersionPaths()) paths[p] = { serverRelativeURL: `${base}/openapi/v3/${p}?hash=${openApiV3Hash(p)}` };
  return { paths };
}
