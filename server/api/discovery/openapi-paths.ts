/** The REST paths of served resources as OpenAPI operations. kubectl reads them to learn that the server
 * validates fields itself (a PATCH operation of the kind carrying a `fieldValidation` query parameter). */

import type { ResourceInfo } from '../../../shared/k8s/resources.js';
import { packageOf } from '../../../shared/k8s/schema/index.js';
import { type Dialect, PATCH, refTo } from './openapi-schema.js';
import { subresourceKind } from './subresources.js';

type Json = Record<string, unknown>;
const STATUS = 'io.k8s.apimachinery.pkg.apis.meta.v1.Status';
const DELETE_OPTIONS = 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions';

const PARAMS: Record<string, [type: string, description: string]> = {
  pretty: ['string', "If 'true', then the output is pretty printed."],
  dryRun: ['string', 'When present, indicates that modifications should not be persisted. Valid values are: - All: all dry run stages will be processed'],
  fieldManager: ['string', 'fieldManager is a name associated with the actor or entity that is making these changes.'],
  fieldValidation: ['string', 'fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore - Warn - Strict'],
  force: ['boolean', 'Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people.'],
  allowWatchBookmarks: ['boolean', 'allowWatchBookmarks requests watch events with type "BOOKMARK".'],
  continue: ['string', 'The continue option should be set when retrieving more results from the server.'],
  fieldSelector: ['string', 'A selector to restrict the list of returned objects by their fields. Defaults to everything.'],
  labelSelector: ['string', 'A selector to restrict the list of returned objects by their labels. Defaults to everything.'],
  limit: ['integer', 'limit is a maximum number of responses to return for a list call.'],
  resourceVersion: ['string', 'resourceVersion sets a constraint on what resource versions a request may be served from.'],
  resourceVersionMatch: ['string', 'resourceVersionMatch determines how resourceVersion is applied to list calls.'],
  sendInitialEvents: ['boolean', '`sendInitialEvents=true` may be set together with `watch=true`.'],
  timeoutSeconds: ['integer', 'Timeout for the list/watch call.'],
  watch: ['boolean', 'Watch for changes to the described resources and return them as a stream of add, update, and remove notifications.'],
  gracePeriodSeconds: ['integer', 'The duration in seconds before the object should be deleted.'],
  propagationPolicy: ['string', "Whether and how garbage collection will be performed. Acceptable values are: 'Orphan', 'Background', 'Foreground'."],
  orphanDependents: ['boolean', 'Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7.'],
  container: ['string', 'The container for which to stream logs. Defaults to only container if there is one container in the pod.'],
  follow: ['boolean', 'Follow the log stream of the pod. Defaults to false.'],
  limitBytes: ['integer', 'If set, the number of bytes to read from the server before terminating the log output.'],
  previous: ['boolean', 'Return previous terminated container logs. Defaults to false.'],
  sinceSeconds: ['integer', 'A relative time in seconds before the current time from which to show logs.'],
  tailLines: ['integer', 'If set, the number of lines from the end of the logs to show.'],
  timestamps: ['boolean', 'If true, add an RFC3339 or RFC3339Nano timestamp at the beginning of every line of log output.'],
};
const LIST = ['allowWatchBookmarks', 'continue', 'fieldSelector', 'labelSelector', 'limit', 'resourceVersion', 'resourceVersionMatch', 'sendInitialEvents', 'timeoutSeconds', 'watch'];
const WRITE = ['dryRun', 'fieldManager', 'fieldValidation'];
const DELETE = ['dryRun', 'gracePeriodSeconds', 'orphanDependents', 'propagationPolicy'];
const LOG = ['container', 'follow', 'limitBytes', 'previous', 'sinceSeconds', 'tailLines', 'timestamps'];
const PATCH_TYPES = ['application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json', 'application/apply-patch+yaml'];

function param(name: string, dialect: Dialect, location = 'query'): Json {
  const [type, description] = PARAMS[name] ?? ['string', `name of the ${name}`];
  const base: Json = { name, in: location, description };
  if (location === 'path') base.required = true;
  const typing: Json = { type, uniqueItems: true };
  return dialect === 'v3' ? { ...base, schema: typing } : { ...base, ...typing };
}

/** Operation ids follow kube-apiserver: verb + group/version + Namespaced? + Kind + subresource. */
function camelGroupVersion(info: ResourceInfo): string {
  const g = info.group === '' ? 'core' : info.group.split('.')[0];
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return cap(g) + cap(info.version);
}

export function tagOf(info: Pick<ResourceInfo, 'group' | 'version'>): string {
  return `${info.group === '' ? 'core' : info.group.split('.')[0]}_${info.version}`;
}

interface OpSpec {
  verb: string;
  action: string;
  description: string;
  params: string[];
  /** Definition the response (and body) carries. */
  schema?: string;
  body?: 'object' | 'patch' | 'delete';
  /** Response media when not JSON (pod logs are text). */
  text?: boolean;
}

function operation(info: ResourceInfo, gvk: { group: string; version: string; kind: string }, id: string, op: OpSpec, dialect: Dialect): Json {
  const out: Json = { tags: [tagOf(info)], description: op.description, operationId: id };
  const params = op.params.map((p) => param(p, dialect));
  const mediaTypes = op.text ? ['text/plain', 'application/json'] : ['application/json', 'application/yaml'];
  const respSchema = op.text ? { type: 'string' } : { $ref: refTo(op.schema ?? STATUS, dialect) };
  const codes = op.verb === 'create' ? ['200', '201', '202'] : op.verb === 'update' || op.verb === 'patch' ? ['200', '201'] : op.verb === 'delete' ? ['200', '202'] : ['200'];
  const bodyRef = op.body === 'patch' ? PATCH : op.body === 'delete' ? DELETE_OPTIONS : (op.schema ?? STATUS);
  if (dialect === 'v3') {
    out.parameters = params;
    if (op.body) {
      const types = op.body === 'patch' ? PATCH_TYPES : ['*/*'];
      out.requestBody = { content: Object.fromEntries(types.map((t) => [t, { schema: { $ref: refTo(bodyRef, dialect) } }])), required: op.body !== 'delete' };
    }
    out.responses = Object.fromEntries([
      ...codes.map((c) => [c, { description: c === '201' ? 'Created' : c === '202' ? 'Accepted' : 'OK', content: Object.fromEntries(mediaTypes.map((m) => [m, { schema: respSchema }])) }]),
      ['401', { description: 'Unauthorized' }],
    ]);
  } else {
    out.consumes = op.body === 'patch' ? PATCH_TYPES : ['*/*'];
    out.produces = mediaTypes;
    out.schemes = ['https'];
    if (op.body) params.unshift({ name: 'body', in: 'body', required: op.body !== 'delete', schema: { $ref: refTo(bodyRef, dialect) } });
    out.parameters = params;
    out.responses = Object.fromEntries([
      ...codes.map((c) => [c, { description: c === '201' ? 'Created' : c === '202' ? 'Accepted' : 'OK', schema: respSchema }]),
      ['401', { description: 'Unauthorized' }],
    ]);
  }
  out['x-kubernetes-action'] = op.action;
  out['x-kubernetes-group-version-kind'] = gvk;
  return out;
}

const HTTP_OF: Record<string, string> = { get: 'get', list: 'get', create: 'post', update: 'put', patch: 'patch', delete: 'delete', deletecollection: 'delete' };

/** All path items of one resource: collection, object, all-namespaces list and subresources. */
export function resourcePaths(info: ResourceInfo, dialect: Dialect): Record<string, Json> {
  const prefix = info.group === '' ? `/api/${info.version}` : `/apis/${info.group}/${info.version}`;
  const ns = info.namespaced ? '/namespaces/{namespace}' : '';
  const kindName = `${packageOf(info.group, info.version)}.${info.kind}`;
  const gvk = { group: info.group, version: info.version, kind: info.kind };
  const gv = camelGroupVersion(info);
  const nsWord = info.namespaced ? 'Namespaced' : '';
  const has = (v: string): boolean => info.verbs.includes(v);
  const pathParams = (withName: boolean): Json[] => [
    ...(withName ? [param('name', dialect, 'path')] : []),
    ...(info.namespaced ? [param('namespace', dialect, 'path')] : []),
    param('pretty', dialect),
  ];
  const paths: Record<string, Json> = {};
  const add = (path: string, withName: boolean, ops: [string, string, OpSpec][], g = gvk): void => {
    const item: Json = { parameters: pathParams(withName) };
    for (const [method, id, op] of ops) item[method] = operation(info, g, id, op, dialect);
    if (Object.keys(item).length > 1) paths[path] = item;
  };

  const collection: [string, string, OpSpec][] = [];
  if (has('list')) collection.push(['get', `list${gv}${nsWord}${info.kind}`, { verb: 'list', action: 'list', description: `list or watch objects of kind ${info.kind}`, params: LIST, schema: `${kindName}List` }]);
  if (has('create')) collection.push(['post', `create${gv}${nsWord}${info.kind}`, { verb: 'create', action: 'post', description: `create ${article(info.kind)} ${info.kind}`, params: WRITE, schema: kindName, body: 'object' }]);
  if (has('deletecollection')) collection.push(['delete', `delete${gv}Collection${nsWord}${info.kind}`, { verb: 'delete', action: 'deletecollection', description: `delete collection of ${info.kind}`, params: [...LIST, ...DELETE], body: 'delete' }]);
  add(`${prefix}${ns}/${info.resource}`, false, collection);

  const item: [string, string, OpSpec][] = [];
  if (has('get')) item.push(['get', `read${gv}${nsWord}${info.kind}`, { verb: 'get', action: 'get', description: `read the specified ${info.kind}`, params: [], schema: kindName }]);
  if (has('update')) item.push(['put', `replace${gv}${nsWord}${info.kind}`, { verb: 'update', action: 'put', description: `replace the specified ${info.kind}`, params: WRITE, schema: kindName, body: 'object' }]);
  if (has('patch')) item.push(['patch', `patch${gv}${nsWord}${info.kind}`, { verb: 'patch', action: 'patch', description: `partially update the specified ${info.kind}`, params: [...WRITE, 'force'], schema: kindName, body: 'patch' }]);
  if (has('delete')) item.push(['delete', `delete${gv}${nsWord}${info.kind}`, { verb: 'delete', action: 'delete', description: `delete ${article(info.kind)} ${info.kind}`, params: DELETE, schema: kindName, body: 'delete' }]);
  if (!info.virtual || info.group === 'metrics.k8s.io') add(`${prefix}${ns}/${info.resource}/{name}`, true, item);

  if (info.namespaced && has('list')) {
    const id = `list${gv}${info.kind}ForAllNamespaces`;
    paths[`${prefix}/${info.resource}`] = {
      get: operation(info, gvk, id, { verb: 'list', action: 'list', description: `list or watch objects of kind ${info.kind}`, params: LIST, schema: `${kindName}List` }, dialect),
      parameters: [param('pretty', dialect)],
    };
  }

  for (const sub of info.subresources) {
    const sk = subresourceKind(info, sub);
    if (!sk) continue;
    const subGvk = { group: sk.group, version: sk.version, kind: sk.kind };
    const schema = `${packageOf(sk.group, sk.version)}.${sk.kind}`;
    const suffix = sub.charAt(0).toUpperCase() + sub.slice(1);
    const ops: [string, string, OpSpec][] = [];
    for (const verb of sk.verbs) {
      const method = HTTP_OF[verb];
      const id = `${verb === 'get' ? 'read' : verb === 'update' ? 'replace' : verb}${gv}${nsWord}${info.kind}${suffix}`;
      const text = sub === 'log';
      const spec: OpSpec = {
        verb,
        action: method === 'put' ? 'put' : method === 'post' ? 'post' : method,
        description: `${verb === 'get' ? 'read' : verb === 'update' ? 'replace' : verb === 'patch' ? 'partially update' : 'create'} ${sub} of the specified ${info.kind}`,
        params: text ? LOG : verb === 'get' ? [] : verb === 'patch' ? [...WRITE, 'force'] : WRITE,
        schema,
        text,
        body: verb === 'patch' ? 'patch' : verb === 'get' ? undefined : 'object',
      };
      ops.push([method, id, spec]);
    }
    add(`${prefix}${ns}/${info.resource}/{name}/${sub}`, true, ops, subGvk);
  }
  return paths;
}

function article(kind: string): string {
  return /^[AEIOU]/.test(kind) ? 'an' : 'a';
}
