/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl scale (golden)", () => {
  it("scale deploy web --replicas=5", async () => {
    expect(await runSteps([["scale","deploy","web","--replicas=5"]])).toEqual({
      code: 0,
      stdout: "deployment.apps/web scaled\n",
      stderr: "",
    });
  });

  it("scale deployment/web --replicas=1", async () => {
    expect(await runSteps([["scale","deployment/web","--replicas=1"]])).toEqual({
      code: 0,
      stdout: "deployment.apps/web scaled\n",
      stderr: "",
    });
  });

  it("scale deploy nope --replicas=2", async () => {
    expect(await runSteps([["scale","deploy","nope","--replicas=2"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: no objects passed to scale deployments.apps \"nope\" not found\n",
    });
  });
});
