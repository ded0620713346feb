/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl run (golden)", () => {
  it("run nginx --image=nginx --dry-run=client -o yaml", async () => {
    expect(await runSteps([["run","nginx","--image=nginx","--dry-run=client","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: null\n  labels:\n    run: nginx\n  name: nginx\nspec:\n  containers:\n  - image: nginx\n    name: nginx\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Always\nstatus: {}\n",
      stderr: "",
    });
  });

  it("run nginx --image=nginx --port=80 --labels=app=x,tier=y --dry-run=client -o yaml -- sleep 10", async () => {
    expect(await runSteps([["run","nginx","--image=nginx","--port=80","--labels=app=x,tier=y","--dry-run=client","-o","yaml","--","sleep","10"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: x\n    tier: \"y\"\n  name: nginx\nspec:\n  containers:\n  - args:\n    - sleep\n    - \"10\"\n    image: nginx\n    name: nginx\n    ports:\n    - containerPort: 80\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Always\nstatus: {}\n",
      stderr: "",
    });
  });

  it("run nginx --image=nginx --restart=Never --dry-run=client -o yaml --command -- sleep 10", async () => {
    expect(await runSteps([["run","nginx","--image=nginx","--restart=Never","--dry-run=client","-o","yaml","--command","--","sleep","10"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: null\n  labels:\n    run: nginx\n  name: nginx\nspec:\n  containers:\n  - command:\n    - sleep\n    - \"10\"\n    image: nginx\n    name: nginx\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Never\nstatus: {}\n",
      stderr: "",
    });
  });

  it("run nginx2 --image=nginx", async () => {
    expect(await runSteps([["run","nginx2","--image=nginx"]])).toEqual({
      code: 0,
      stdout: "pod/nginx2 created\n",
      stderr: "",
    });
  });
});
