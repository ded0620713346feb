/** Product routes: scheduling explanations — why a pod is pending, plugin by plugin and node by node. */
import { Hono } from 'hono';
import type { SimulationDeps } from './simulation.js';
import { accessOf } from './playgrounds.js';
import { notFound, productErrorResponse } from './errors.js';
import { explainPod } from '../../sim/scheduler/explain.js';

export function schedulingRoutes(deps: SimulationDeps): Hono {
  const app = new Hono();
  app.onError((err, c) => productErrorResponse(c, err));

  app.get('/api/playgrounds/:key/scheduling/:namespace/:pod', async (c) => {
    const a = await accessOf(c, deps);
    const namespace = c.req.param('namespace');
    const name = c.req.param('pod');
    const explanation = explainPod(a.cluster, namespace, name);
    if (!explanation) throw notFound(`pod "${namespace}/${name}"`);
    return c.json({
      pod: explanation.pod,
      namespace: explanation.namespace,
      ...(explanation.nodeName ? { nodeName: explanation.nodeName } : {}),
      scheduled: explanation.scheduled,
      message: explanation.message,
      nodes: explanation.nodes.map((n) => ({
        node: n.node,
        plugins: n.plugins.map((p) => ({ plugin: p.plugin, passed: p.passed, reason: p.reason ?? '' })),
        score: n.score ?? null,
      })),
    });
  });
  return app;
}
