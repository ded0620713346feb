/** Discovery and OpenAPI documents, as pure functions the Kubernetes routes serve. */

export { aggregatedDiscovery, aggregatedDiscoveryContentType, apiGroup, apiGroupList, apiResourceList, apiVersions } from './api-discovery.js';
export { openApiGroupVersionPaths, openApiV3Document, openApiV3Hash, openApiV3Index } from './openapi-v3.js';
export { openApiV2Document } from './openapi-v2.js';
export { subresourceKind, type SubresourceKind } from './subresources.js';
export { OPENAPI_V2_PROTOBUF_TYPE, openApiV2Protobuf } from './openapi-v2-proto.js';
