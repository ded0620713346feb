import { openApiV2Protobuf } from './server/api/discovery/openapi-v2-proto.js';
const b = openApiV2Protobuf();
function rv(buf: Uint8Array, i: number): [number, number] { let n = 0, s = 1; for (;;) { const x = buf[i++]; n += (x & 0x7f) * s; s *= 128; if (x < 0x80) return [n, i]; } }
function dump(buf: Uint8Array, depth: number, max: number) {
  let i = 0; let count = 0;
  while (i < buf.length && count++ < max) {
    let t; [t, i] = rv(buf, i); const f = t >> 3, wt = t & 7;
    if (wt === 0) { let v; [v, i] = rv(buf, i); console.log(' '.repeat(depth*2) + f + ': ' + v); }
    else if (wt === 2) { let l; [l, i] = rv(buf, i); const sub = buf.subarray(i, i + l); i += l;
      const s = new TextDecoder('utf-8', {fatal: false}).decode(sub);
      if (/^[\x20-\x7e\n]*$/.test(s) && depth > 0) console.log(' '.repeat(depth*2) + f + ': "' + s.slice(0, 60) + '"'); else { console.log(' '.repeat(depth*2) + f + ': {' + l); if (depth < 9) dump(sub, depth + 1, 12); } }
    else { console.log('bad wt', wt, 'at', i); return; }
  }
}
dump(b, 0, 4);
// find top-level field 9
let i = 0; const rvv = (j: number): [number, number] => { let n = 0, s = 1; for (;;) { const x = b[j++]; n += (x & 0x7f) * s; s *= 128; if (x < 0x80) return [n, j]; } };
while (i < b.length) { let t, l; [t, i] = rvv(i); [l, i] = rvv(i); if (t >> 3 === 9) { console.log('DEFS'); dump(b.subarray(i, i + l), 1, 2); } i += l; }
