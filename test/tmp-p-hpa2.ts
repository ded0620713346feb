import { startTestServer } from './helpers/server.js';
import { kubectlFor } from './helpers/kubectl.js';
const s = await startTestServer();
const pg = await s.createPlayground({ seed: 5 });
const k = kubectlFor(pg.kubeServer);
const y = `apiVersion: autoscaling/v1
kind: HorizontalPodAutoscaler
metadata:
  name: h
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 1
  maxReplicas: 4
  targetCPUUtilizationPercentage: 50
`;
for (const doc of [y, y, y.replace('50', '60')]) { const r = await k(['apply', '-f', '-'], doc); console.log(r.code, r.stdout.trim(), r.stderr.trim()); }
const r2 = await k(['apply', '--server-side', '-f', '-'], y.replace('60', '70').replace('50','70'));
console.log(r2.code, r2.stdout.trim(), r2.stderr.trim());
console.log((await k(['get', 'hpa'])).stdout);
console.log((await k(['get', 'horizontalpodautoscalers.v1.autoscaling', 'h', '-o', 'yaml'])).stdout);
await s.close();
