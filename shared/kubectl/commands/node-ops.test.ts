/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl node-ops (golden)", () => {
  it("cordon node-1", async () => {
    expect(await runSteps([["cordon","node-1"]])).toEqual({
      code: 0,
      stdout: "node/node-1 cordoned\n",
      stderr: "",
    });
  });

  it("uncordon node-1", async () => {
    expect(await runSteps([["uncordon","node-1"]])).toEqual({
      code: 0,
      stdout: "node/node-1 already uncordoned\n",
      stderr: "",
    });
  });

  it("uncordon node-2", async () => {
    expect(await runSteps([["uncordon","node-2"]])).toEqual({
      code: 0,
      stdout: "node/node-2 already uncordoned\n",
      stderr: "",
    });
  });

  it("taint nodes node-1 dedicated=gpu:NoSchedule", async () => {
    expect(await runSteps([["taint","nodes","node-1","dedicated=gpu:NoSchedule"]])).toEqual({
      code: 0,
      stdout: "node/node-1 tainted\n",
      stderr: "",
    });
  });

  it("taint nodes control-plane node-role.kubernetes.io/control-plane:NoSchedule-", async () => {
    expect(await runSteps([["taint","nodes","control-plane","node-role.kubernetes.io/control-plane:NoSchedule-"]])).toEqual({
      code: 0,
      stdout: "node/control-plane untainted\n",
      stderr: "",
    });
  });

  it("taint nodes node-1 bad", async () => {
    expect(await runSteps([["taint","nodes","node-1","bad"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: at least one taint update is required\n",
    });
  });

  it("cordon node-1 (after setup)", async () => {
    expect(await runSteps([["cordon","node-1"]], [["cordon","node-1"]])).toEqual({
      code: 0,
      stdout: "node/node-1 already cordoned\n",
      stderr: "",
    });
  });
});
