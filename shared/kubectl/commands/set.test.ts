/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl set (golden)", () => {
  it("set image deploy/web nginx=nginx:1.27", async () => {
    expect(await runSteps([["set","image","deploy/web","nginx=nginx:1.27"]])).toEqual({
      code: 0,
      stdout: "deployment.apps/web image updated\n",
      stderr: "",
    });
  });

  it("set image deploy/web nope=nginx:1.27", async () => {
    expect(await runSteps([["set","image","deploy/web","nope=nginx:1.27"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: unable to find container named \"nope\"\n",
    });
  });
});
