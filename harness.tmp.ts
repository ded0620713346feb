import { createServer } from 'node:http';
import { apiVersions, apiGroupList, apiResourceList, aggregatedDiscovery } from '/work/main/server/api/discovery/api-discovery.js';
import { openApiV3Index, openApiV3Document } from '/work/main/server/api/discovery/openapi-v3.js';
import { openApiV2Document } from '/work/main/server/api/discovery/openapi-v2.js';
import { openApiV2Protobuf } from '/work/main/server/api/discovery/openapi-v2-proto.js';
const P = '/clusters/k1';
createServer((req, res) => {
  const u = new URL(req.url!, 'http://x');
  let p = u.pathname;
  console.log(req.method, req.url, req.headers.accept, req.headers['content-type']);
  const send = (code: number, body: unknown, ct = 'application/json') => { res.writeHead(code, { 'content-type': ct }); res.end(typeof body === 'string' ? body : JSON.stringify(body)); };
  if (!p.startsWith(P)) return send(404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 404, reason: 'NotFound', message: 'nope' });
  p = p.slice(P.length);
  if (p === '/version') return send(200, { major: '1', minor: '32', gitVersion: 'v1.32.0-playground', platform: 'linux/amd64' });
  if ((p === '/api' || p === '/apis') && process.env.AGG && (req.headers.accept ?? '').includes('as=APIGroupDiscoveryList')) { const v = (req.headers.accept ?? '').includes('v=v2;') ? 'v2' : 'v2beta1'; return send(200, aggregatedDiscovery(p === '/api' ? 'api' : 'apis', v), `application/json;g=apidiscovery.k8s.io;v=${v};as=APIGroupDiscoveryList`); }
  if (p === '/api') return send(200, apiVersions('127.0.0.1'));
  if (p === '/apis') return send(200, apiGroupList());
  let m;
  if ((m = p.match(/^\/api\/(v1)$/))) return send(200, apiResourceList('', m[1]));
  if ((m = p.match(/^\/apis\/([^/]+)\/([^/]+)$/))) { const r = apiResourceList(m[1], m[2]); return r ? send(200, r) : send(404, {}); }
  if (p === '/openapi/v3') return send(200, openApiV3Index(P));
  if (p.startsWith('/openapi/v3/')) { const d = openApiV3Document(p.slice('/openapi/v3/'.length)); return d ? send(200, d) : send(404, {}); }
  if (p === '/openapi/v2' && (req.headers.accept ?? '').includes('protobuf')) { res.writeHead(200, {'content-type':'application/com.github.proto-openapi.spec.v2.v1.0+protobuf'}); return res.end(Buffer.from(openApiV2Protobuf())); }
  if (p === '/openapi/v2') { if (process.env.V2) return send(200, openApiV2Document()); return send(406, {kind:'Status',apiVersion:'v1',status:'Failure',code:406,reason:'NotAcceptable',message:'only json'}); }
  if (req.method === 'POST') { let b=''; req.on('data', (c) => b += c); req.on('end', () => { console.log('BODY', b.slice(0,300)); send(201, JSON.parse(b)); }); return; }
  return send(404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 404, reason: 'NotFound', message: `the server could not find the requested resource`, details: {} });
}).listen(Number(process.env.PORT ?? 18555));
