/** Hand-written object schemas of every served kind: strict decoding, explain and OpenAPI source. */

export type { FieldSchema, FieldType, GroupVersionKind, ScalarType, TypeSchema } from './model.js';
export { allTypeSchemas, fieldAt, packageOf, referencedTypes, schemaFor, typeSchema } from './registry.js';
export { strictDecodingMessage, unknownFields, unknownFieldWarnings } from './unknown-fields.js';
