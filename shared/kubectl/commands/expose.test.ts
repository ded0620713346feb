/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl expose (golden)", () => {
  it("expose deploy web --port=80 --target-port=8080 --name=web2", async () => {
    expect(await runSteps([["expose","deploy","web","--port=80","--target-port=8080","--name=web2"]])).toEqual({
      code: 0,
      stdout: "service/web2 exposed\n",
      stderr: "",
    });
  });

  it("expose deploy web --port=80 --dry-run=client -o yaml --name=web3", async () => {
    expect(await runSteps([["expose","deploy","web","--port=80","--dry-run=client","-o","yaml","--name=web3"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web\n  name: web3\nspec:\n  ports:\n  - port: 80\n    protocol: TCP\n    targetPort: 80\n  selector:\n    app: web\nstatus:\n  loadBalancer: {}\n",
      stderr: "",
    });
  });

  it("expose pod big --port=80", async () => {
    expect(await runSteps([["expose","pod","big","--port=80"]])).toEqual({
      code: 0,
      stdout: "service/big exposed\n",
      stderr: "",
    });
  });
});
