/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl delete (golden)", () => {
  it("delete pod big", async () => {
    expect(await runSteps([["delete","pod","big"]])).toEqual({
      code: 0,
      stdout: "pod \"big\" deleted\n",
      stderr: "",
    });
  });

  it("delete pod nope", async () => {
    expect(await runSteps([["delete","pod","nope"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "Error from server (NotFound): pods \"nope\" not found\n",
    });
  });

  it("delete deploy web", async () => {
    expect(await runSteps([["delete","deploy","web"]])).toEqual({
      code: 0,
      stdout: "deployment.apps \"web\" deleted\n",
      stderr: "",
    });
  });

  it("delete svc web", async () => {
    expect(await runSteps([["delete","svc","web"]])).toEqual({
      code: 0,
      stdout: "service \"web\" deleted\n",
      stderr: "",
    });
  });

  it("delete pods", async () => {
    expect(await runSteps([["delete","pods"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: resource(s) were provided, but no name was specified\n",
    });
  });

  it("delete", async () => {
    expect(await runSteps([["delete"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    });
  });

  it("delete pods -l run=big", async () => {
    expect(await runSteps([["delete","pods","-l","run=big"]])).toEqual({
      code: 0,
      stdout: "pod \"big\" deleted\n",
      stderr: "",
    });
  });

  it("delete pods -l run=zzz", async () => {
    expect(await runSteps([["delete","pods","-l","run=zzz"]])).toEqual({
      code: 0,
      stdout: "No resources found\n",
      stderr: "",
    });
  });

  it("delete pod big --force --grace-period=0", async () => {
    expect(await runSteps([["delete","pod","big","--force","--grace-period=0"]])).toEqual({
      code: 0,
      stdout: "pod \"big\" force deleted\n",
      stderr: "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n",
    });
  });

  it("delete cm app-config --dry-run=client", async () => {
    expect(await runSteps([["delete","cm","app-config","--dry-run=client"]])).toEqual({
      code: 0,
      stdout: "configmap \"app-config\" deleted (dry run)\n",
      stderr: "",
    });
  });

  it("delete -f -", async () => {
    expect(await runSteps([["delete","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n"])).toEqual({
      code: 0,
      stdout: "configmap \"app-config\" deleted\n",
      stderr: "",
    });
  });
});
