/** The Swagger 2.0 document encoded as the gnostic `openapi.v2.Document` protobuf message. kubectl 1.27 and
 * 1.28 ask /openapi/v2 only for `application/com.github.proto-openapi.spec.v2@v1.0+protobuf` and decode
 * the reply as protobuf, so a JSON body fails with "proto: cannot parse invalid wire-format data". Field
 * numbers follow gnostic's OpenAPIv2.proto; only the parts this server emits are encoded. */

import { openApiV2Document } from './openapi-v2.js';

type Json = Record<string, unknown>;

/** A minimal protobuf writer: varints, strings, bools and nested messages. */
class Writer {
  readonly bytes: number[] = [];

  private varint(n: number): void {
    while (n > 0x7f) {
      this.bytes.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.bytes.push(n);
  }

  string(field: number, value: unknown): void {
    if (typeof value !== 'string' || value === '') return;
    const data = new TextEncoder().encode(value);
    this.varint((field << 3) | 2);
    this.varint(data.length);
    for (const b of data) this.bytes.push(b);
  }

  strings(field: number, values: unknown): void {
    if (Array.isArray(values)) for (const v of values) this.string(field, v);
  }

  bool(field: number, value: unknown): void {
    if (value !== true) return;
    this.varint(field << 3);
    this.varint(1);
  }

  message(field: number, build: (w: Writer) => void): void {
    const child = new Writer();
    build(child);
    this.varint((field << 3) | 2);
    this.varint(child.bytes.length);
    for (const b of child.bytes) this.bytes.push(b);
  }
}

/** Any{yaml}: JSON is valid YAML, and kubectl reads vendor extensions by YAML-decoding this string. */
function any(w: Writer, field: number, value: unknown): void {
  w.message(field, (a) => a.string(2, JSON.stringify(value)));
}

function vendorExtensions(w: Writer, field: number, obj: Json): void {
  for (const [k, v] of Object.entries(obj)) {
    if (!k.startsWith('x-')) continue;
    w.message(field, (n) => {
      n.string(1, k);
      any(n, 2, v);
    });
  }
}

function schema(w: Writer, s: Json): void {
  w.string(1, s.$ref);
  w.string(2, s.format);
  w.string(4, s.description);
  if (s.default !== undefined) any(w, 5, s.default);
  w.bool(16, s.uniqueItems);
  w.strings(19, s.required);
  if (Array.isArray(s.enum)) for (const e of s.enum) any(w, 20, e);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    w.message(21, (a) => a.message(1, (x) => schema(x, s.additionalProperties as Json)));
  }
  if (typeof s.type === 'string') w.message(22, (t) => t.string(1, s.type));
  if (s.items) w.message(23, (i) => i.message(1, (x) => schema(x, s.items as Json)));
  if (Array.isArray(s.allOf)) for (const part of s.allOf) w.message(24, (x) => schema(x, part as Json));
  if (s.properties) {
    w.message(25, (p) => {
      for (const [name, prop] of Object.entries(s.properties as Record<string, Json>)) {
        p.message(1, (n) => {
          n.string(1, name);
          n.message(2, (x) => schema(x, prop));
        });
      }
    });
  }
  vendorExtensions(w, 31, s);
}

/** Writes a ParametersItem's content: Parameter (1) → body (1) or non-body (2) parameter. */
function parameter(w: Writer, p: Json): void {
  w.message(1, (param) => {
    if (p.in === 'body') {
      param.message(1, (b) => {
        b.string(1, p.description);
        b.string(2, p.name);
        b.string(3, p.in);
        b.bool(4, p.required);
        b.message(5, (x) => schema(x, p.schema as Json));
      });
      return;
    }
    param.message(2, (nb) =>
      // query = 3, path = 4; their sub-schemas number type/uniqueItems differently.
      nb.message(p.in === 'path' ? 4 : 3, (q) => {
        q.bool(1, p.required);
        q.string(2, p.in);
        q.string(3, p.description);
        q.string(4, p.name);
        q.string(p.in === 'path' ? 5 : 6, p.type);
        q.bool(p.in === 'path' ? 19 : 20, p.uniqueItems);
      }),
    );
  });
}

function operation(w: Writer, op: Json): void {
  w.strings(1, op.tags);
  w.string(3, op.description);
  w.string(5, op.operationId);
  w.strings(6, op.produces);
  w.strings(7, op.consumes);
  for (const p of (op.parameters as Json[]) ?? []) w.message(8, (x) => parameter(x, p));
  w.message(9, (rs) => {
    for (const [code, resp] of Object.entries((op.responses as Record<string, Json>) ?? {})) {
      rs.message(1, (named) => {
        named.string(1, code);
        named.message(2, (rv) =>
          rv.message(1, (r) => {
            r.string(1, resp.description);
            if (resp.schema) r.message(2, (si) => si.message(1, (x) => schema(x, resp.schema as Json)));
          }),
        );
      });
    }
  });
  w.strings(10, op.schemes);
  vendorExtensions(w, 13, op);
}

const METHOD_FIELDS: Record<string, number> = { get: 2, put: 3, post: 4, delete: 5, options: 6, head: 7, patch: 8 };

function pathItem(w: Writer, item: Json): void {
  for (const [method, field] of Object.entries(METHOD_FIELDS)) {
    if (item[method]) w.message(field, (x) => operation(x, item[method] as Json));
  }
  for (const p of (item.parameters as Json[]) ?? []) w.message(9, (x) => parameter(x, p));
}

let encoded: Uint8Array | undefined;

/** GET /openapi/v2 as protobuf (`application/com.github.proto-openapi.spec.v2@v1.0+protobuf`). */
export function openApiV2Protobuf(): Uint8Array {
  if (encoded) return encoded;
  const doc = openApiV2Document() as Json;
  const w = new Writer();
  w.string(1, doc.swagger);
  const info = doc.info as Json;
  w.message(2, (i) => {
    i.string(1, info.title);
    i.string(2, info.version);
  });
  w.message(8, (paths) => {
    for (const [name, item] of Object.entries(doc.paths as Record<string, Json>)) {
      paths.message(2, (n) => {
        n.string(1, name);
        n.message(2, (x) => pathItem(x, item));
      });
    }
  });
  w.message(9, (defs) => {
    for (const [name, s] of Object.entries(doc.definitions as Record<string, Json>)) {
      defs.message(1, (n) => {
        n.string(1, name);
        n.message(2, (x) => schema(x, s));
      });
    }
  });
  w.message(12, (req) => req.message(1, (n) => {
    n.string(1, 'BearerToken');
    n.message(2, () => undefined);
  }));
  w.message(13, (sd) => sd.message(1, (n) => {
    n.string(1, 'BearerToken');
    n.message(2, (item) => item.message(2, (k) => {
      k.string(1, 'apiKey');
      k.string(2, 'authorization');
      k.string(3, 'header');
      k.string(4, 'Bearer Token authentication');
    }));
  }));
  encoded = Uint8Array.from(w.bytes);
  return encoded;
}

/** The media type kubectl asks /openapi/v2 for. */
export const OPENAPI_V2_PROTOBUF_TYPE = 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf';
