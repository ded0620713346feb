/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl rollout (golden)", () => {
  it("rollout history deploy/web", async () => {
    expect(await runSteps([["rollout","history","deploy/web"]])).toEqual({
      code: 0,
      stdout: "deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n\n",
      stderr: "",
    });
  });

  it("rollout history deployment web --revision=1", async () => {
    expect(await runSteps([["rollout","history","deployment","web","--revision=1"]])).toEqual({
      code: 0,
      stdout: "deployment.apps/web with revision #1\nPod Template:\n  Labels:\tapp=web\n\tpod-template-hash=7d4b9c8f6d\n  Containers:\n   nginx:\n    Image:\tnginx:1.25\n    Port:\t80/TCP\n    Host Port:\t0/TCP\n    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n\n",
      stderr: "",
    });
  });

  it("rollout undo deploy/web", async () => {
    expect(await runSteps([["rollout","undo","deploy/web"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: no rollout history found for deployment \"web\"\n",
    });
  });

  it("rollout pause deploy/web", async () => {
    expect(await runSteps([["rollout","pause","deploy/web"]])).toEqual({
      code: 0,
      stdout: "deployment.apps/web paused\n",
      stderr: "",
    });
  });

  it("rollout resume deploy/web", async () => {
    expect(await runSteps([["rollout","resume","deploy/web"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: deployments.apps \"web\" is not paused\n",
    });
  });

  it("rollout pause deploy/web (after setup)", async () => {
    expect(await runSteps([["rollout","pause","deploy/web"]], [["rollout","pause","deploy/web"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: deployments.apps \"web\" is already paused\n",
    });
  });

  it("rollout resume deploy/web", async () => {
    expect(await runSteps([["rollout","resume","deploy/web"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: deployments.apps \"web\" is not paused\n",
    });
  });

  it("rollout history deployment web --revision=1", async () => {
    expect(await runSteps([["rollout","history","deployment","web","--revision=1"]])).toEqual({
      code: 0,
      stdout: "deployment.apps/web with revision #1\nPod Template:\n  Labels:\tapp=web\n\tpod-template-hash=7d4b9c8f6d\n  Containers:\n   nginx:\n    Image:\tnginx:1.25\n    Port:\t80/TCP\n    Host Port:\t0/TCP\n    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n\n",
      stderr: "",
    });
  });
});
