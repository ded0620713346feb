/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl label (golden)", () => {
  it("label pod big tier=backend", async () => {
    expect(await runSteps([["label","pod","big","tier=backend"]])).toEqual({
      code: 0,
      stdout: "pod/big labeled\n",
      stderr: "",
    });
  });

  it("label pod big run=other", async () => {
    expect(await runSteps([["label","pod","big","run=other"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: 'run' already has a value (big), and --overwrite is false\n",
    });
  });

  it("label pod big run=other --overwrite", async () => {
    expect(await runSteps([["label","pod","big","run=other","--overwrite"]])).toEqual({
      code: 0,
      stdout: "pod/big labeled\n",
      stderr: "",
    });
  });

  it("label pod big run-", async () => {
    expect(await runSteps([["label","pod","big","run-"]])).toEqual({
      code: 0,
      stdout: "pod/big unlabeled\n",
      stderr: "",
    });
  });

  it("label pod big run=big", async () => {
    expect(await runSteps([["label","pod","big","run=big"]])).toEqual({
      code: 0,
      stdout: "pod/big not labeled\n",
      stderr: "",
    });
  });

  it("annotate pod big note=hello", async () => {
    expect(await runSteps([["annotate","pod","big","note=hello"]])).toEqual({
      code: 0,
      stdout: "pod/big annotated\n",
      stderr: "",
    });
  });

  it("annotate deploy web deployment.kubernetes.io/revision-", async () => {
    expect(await runSteps([["annotate","deploy","web","deployment.kubernetes.io/revision-"]])).toEqual({
      code: 0,
      stdout: "deployment.apps/web annotated\n",
      stderr: "",
    });
  });
});
