/** The Worker: creates playgrounds in fresh Durable Objects, forwards every playground request (product and
 * Kubernetes API, WebSocket included) to the object named by the id inside the capability key, and product
 * data requests (exercises, classrooms) to the directory object. */
import { z } from 'zod';
import { idOfKey, newId } from '../../api/keys.js';
import { TEMPLATES } from '../../sim/bootstrap/templates.js';
import { openApiDocument } from '../../api/product/openapi.js';
import { ClusterObject } from './cluster-object.js';
import { DirectoryObject } from './directory-object.js';
import { clusterStub, directoryStub, internalPost, type Env } from './env.js';
import { findExercise } from './exercises.js';
import { INTERNAL_CREATE } from './internal-routes.js';

import { CreateBody } from '../../api/product/playgrounds.js';

export { ClusterObject, DirectoryObject };


function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

async function createPlayground(request: Request, env: Env, origin: string): Promise<Response> {
  let body: z.infer<typeof CreateBody>;
  try {
    const text = await request.text();
    if (text.length > 64 * 1024) return jsonError(413, 'too_large', 'request body exceeds 65536 bytes');
    body = CreateBody.parse(text.trim() ? JSON.parse(text) : {});
  } catch (err) {
    return jsonError(400, 'invalid_request', (err as Error).message);
  }
  const exercise = body.exercise ? await findExercise(env, body.exercise) : undefined;
  if (body.exercise && !exercise) return jsonError(404, 'not_found', `exercise "${body.exercise}" not found`);
  const id = newId();
  return internalPost(clusterStub(env, id), INTERNAL_CREATE, { ...body, exercise, id, origin });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname;
    if (path === '/healthz') return new Response('ok');
    if (path === '/api/openapi.json') return Response.json(openApiDocument());
    if (path === '/api/templates') return Response.json({ templates: TEMPLATES.map(({ id, title, description, nodes }) => ({ id, title, description, nodes: nodes.length })) });
    if (path === '/api/playgrounds' && request.method === 'POST') return createPlayground(request, env, url.origin);
    if (/^\/api\/(exercises|classrooms)(\/|$)/.test(path)) return directoryStub(env).fetch(request);
    const m = /^\/(?:api\/playgrounds|clusters)\/([^/]+)/.exec(path);
    if (m) {
      const key = decodeURIComponent(m[1]);
      // A Bearer token carries the key when the path names the playground id (https clients).
      const bearer = request.headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
      const id = idOfKey(key) ?? (bearer ? idOfKey(bearer) : undefined);
      if (!id) return path.startsWith('/clusters/') ? unauthorized() : jsonError(404, 'not_found', 'playground not found');
      return clusterStub(env, id).fetch(request);
    }
    if (path.startsWith('/api/')) return jsonError(404, 'not_found', `no route for ${request.method} ${path}`);
    if (env.ASSETS) return env.ASSETS.fetch(request);
    return new Response('kube playground API', { headers: { 'content-type': 'text/plain' } });
  },
} satisfies ExportedHandler<Env>;

function unauthorized(): Response {
  return Response.json({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 }, { status: 401 });
}
