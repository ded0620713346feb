import { openApiV2Protobuf } from './server/api/discovery/openapi-v2-proto.js';
const b = openApiV2Protobuf();
type D = Record<number, string>; // 's' string, 'b' bool/varint, or message name
const M: Record<string, D> = {
  Document: {1:'s',2:'Info',3:'s',4:'s',5:'s',6:'s',7:'s',8:'Paths',9:'Definitions',12:'SecReq',13:'SecDefs'},
  Info: {1:'s',2:'s',3:'s'},
  Paths: {1:'NamedAny',2:'NamedPathItem'},
  NamedPathItem: {1:'s',2:'PathItem'},
  PathItem: {1:'s',2:'Operation',3:'Operation',4:'Operation',5:'Operation',6:'Operation',7:'Operation',8:'Operation',9:'ParametersItem',10:'NamedAny'},
  Operation: {1:'s',2:'s',3:'s',5:'s',6:'s',7:'s',8:'ParametersItem',9:'Responses',10:'s',11:'b',13:'NamedAny'},
  ParametersItem: {1:'Parameter',2:'JsonRef'},
  JsonRef: {1:'s',2:'s'},
  Parameter: {1:'BodyParameter',2:'NonBody'},
  BodyParameter: {1:'s',2:'s',3:'s',4:'b',5:'Schema',6:'NamedAny'},
  NonBody: {3:'Query',4:'PathP'},
  Query: {1:'b',2:'s',3:'s',4:'s',5:'b',6:'s',7:'s',20:'b'},
  PathP: {1:'b',2:'s',3:'s',4:'s',5:'s',6:'s',19:'b'},
  Responses: {1:'NamedResponseValue',2:'NamedAny'},
  NamedResponseValue: {1:'s',2:'ResponseValue'},
  ResponseValue: {1:'Response',2:'JsonRef'},
  Response: {1:'s',2:'SchemaItem'},
  SchemaItem: {1:'Schema'},
  Schema: {1:'s',2:'s',3:'s',4:'s',5:'Any',16:'b',19:'s',20:'Any',21:'AddProps',22:'TypeItem',23:'ItemsItem',24:'Schema',25:'Properties',31:'NamedAny'},
  AddProps: {1:'Schema',2:'b'},
  TypeItem: {1:'s'}, ItemsItem: {1:'Schema'}, Properties: {1:'NamedSchema'}, NamedSchema: {1:'s',2:'Schema'},
  Definitions: {1:'NamedSchema'}, NamedAny: {1:'s',2:'Any'}, Any: {2:'s'},
  SecReq: {1:'NamedStringArray'}, NamedStringArray: {1:'s',2:'StringArray'}, StringArray: {1:'s'},
  SecDefs: {1:'NamedSecItem'}, NamedSecItem: {1:'s',2:'SecItem'}, SecItem: {2:'ApiKey'}, ApiKey: {1:'s',2:'s',3:'s',4:'s'},
};
const rv = (buf: Uint8Array, j: number): [number, number] => { let n = 0, s = 1; for (;;) { const x = buf[j++]; n += (x & 0x7f) * s; s *= 128; if (x < 0x80) return [n, j]; } };
function check(buf: Uint8Array, type: string, path: string) {
  let i = 0; const d = M[type];
  while (i < buf.length) {
    let t; [t, i] = rv(buf, i); const f = t >> 3, wt = t & 7; const ft = d[f];
    if (!ft) throw new Error(`${path}: unknown field ${f} in ${type}`);
    if (wt === 0) { if (ft !== 'b') throw new Error(`${path}.${f} varint for ${ft}`); [, i] = rv(buf, i); continue; }
    if (wt !== 2) throw new Error(`${path} wt ${wt}`);
    let l; [l, i] = rv(buf, i); const sub = buf.subarray(i, i + l); i += l;
    if (ft === 's') { try { new TextDecoder('utf-8', { fatal: true }).decode(sub); } catch { throw new Error(`${path}.${f} invalid utf8 in ${type}`); } }
    else if (ft === 'b') throw new Error(`${path}.${f} LEN for bool in ${type}`);
    else check(sub, ft, `${path}.${type}[${f}]`);
  }
}
check(b, 'Document', '');
console.log('ok');
