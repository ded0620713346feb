/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl logs (golden)", () => {
  it("logs web-7d4b9c8f6d-abcde", async () => {
    expect(await runSteps([["logs","web-7d4b9c8f6d-abcde"]])).toEqual({
      code: 0,
      stdout: "10.244.0.1 - - \"GET / HTTP/1.1\" 200 615\n10.244.0.1 - - \"GET /healthz HTTP/1.1\" 200 2\n10.244.0.1 - - \"GET /missing HTTP/1.1\" 404 153\n",
      stderr: "",
    });
  });

  it("logs web-7d4b9c8f6d-abcde --tail=1", async () => {
    expect(await runSteps([["logs","web-7d4b9c8f6d-abcde","--tail=1"]])).toEqual({
      code: 0,
      stdout: "10.244.0.1 - - \"GET /missing HTTP/1.1\" 404 153\n",
      stderr: "",
    });
  });

  it("logs web-7d4b9c8f6d-abcde -c nope", async () => {
    expect(await runSteps([["logs","web-7d4b9c8f6d-abcde","-c","nope"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: container nope is not valid for pod web-7d4b9c8f6d-abcde\n",
    });
  });

  it("logs nope", async () => {
    expect(await runSteps([["logs","nope"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: error from server (NotFound): pods \"nope\" not found in namespace \"default\"\n",
    });
  });
});
