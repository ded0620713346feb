/** The shape of a hand-written object schema: enough for strict decoding, `kubectl explain` and OpenAPI. */

export type FieldType =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'object'
  | 'array'
  | 'map'
  | 'int-or-string'
  | 'quantity'
  | 'date-time'
  | 'byte';

/** A leaf value type: what an array element or a map value is when it is not a nested type. */
export type ScalarType = Exclude<FieldType, 'array' | 'map'>;

export interface FieldSchema {
  /** The exact JSON name. */
  name: string;
  type: FieldType;
  /** Integer width or number format, as OpenAPI writes it. */
  format?: 'int32' | 'int64' | 'double';
  /** Full name of the nested type: for `object` the field itself, for `array`/`map` the element. */
  ref?: string;
  /** Element type of an array or value type of a map when it is not a nested type. */
  items?: ScalarType;
  itemsFormat?: 'int32' | 'int64' | 'double';
  required?: boolean;
  enum?: string[];
  description: string;
  patchMergeKey?: string;
  patchStrategy?: string;
  listType?: 'atomic' | 'map' | 'set';
  listMapKeys?: string[];
}

export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

export interface TypeSchema {
  /** OpenAPI definition name, e.g. io.k8s.api.apps.v1.Deployment. */
  name: string;
  description: string;
  fields: FieldSchema[];
  /** Set on top-level kinds: the group/version/kind it is served as. */
  gvk?: GroupVersionKind;
}
