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

  it("drain node-1", async () => {
    expect(await runSteps([["drain","node-1"]])).toEqual({
      code: 0,
      stdout: "node/node-1 cordoned\nevicting pod default/web-7d4b9c8f6d-abcde\npod/web-7d4b9c8f6d-abcde evicted\nnode/node-1 drained\n",
      stderr: "",
    });
  });

  it("drain node-2 --ignore-daemonsets --delete-emptydir-data", async () => {
    expect(await runSteps([["drain","node-2","--ignore-daemonsets","--delete-emptydir-data"]])).toEqual({
      code: 0,
      stdout: "node/node-2 cordoned\nevicting pod default/web-7d4b9c8f6d-fghij\npod/web-7d4b9c8f6d-fghij evicted\nnode/node-2 drained\n",
      stderr: "",
    });
  });

  it("taint nodes node-1 dedicated=gpu:NoSchedule (after setup)", async () => {
    expect(await runSteps([["taint","nodes","node-1","dedicated=gpu:NoSchedule"]], [["taint","nodes","node-1","dedicated=cpu:NoSchedule"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: node node-1 already has dedicated taint(s) with same effect(s) and --overwrite is false\n",
    });
  });

  it("taint nodes node-1 dedicated=gpu:NoSchedule (after setup)", async () => {
    expect(await runSteps([["taint","nodes","node-1","dedicated=gpu:NoSchedule"]], [["taint","nodes","node-1","dedicated-"]])).toEqual({
      code: 0,
      stdout: "node/node-1 untainted\n",
      stderr: "",
    });
  });
});
