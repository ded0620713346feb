/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl apply (golden)", () => {
  it("apply -f -", async () => {
    expect(await runSteps([["apply","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: new-cm\ndata:\n  a: b\n"])).toEqual({
      code: 0,
      stdout: "configmap/new-cm created\n",
      stderr: "",
    });
  });

  it("apply -f -", async () => {
    expect(await runSteps([["apply","-f","-"], "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.26\n"])).toEqual({
      code: 0,
      stdout: "deployment.apps/web configured\n",
      stderr: "Warning: resource deployments/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n",
    });
  });

  it("apply -f -", async () => {
    expect(await runSteps([["apply","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x1\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s1\nspec:\n  ports:\n  - port: 80\n"])).toEqual({
      code: 0,
      stdout: "configmap/x1 created\nservice/s1 created\n",
      stderr: "",
    });
  });

  it("apply -f - (after setup)", async () => {
    expect(await runSteps([["apply","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: new-cm\ndata:\n  a: b\n"], [["apply","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: new-cm\ndata:\n  a: b\n"])).toEqual({
      code: 0,
      stdout: "configmap/new-cm unchanged\n",
      stderr: "",
    });
  });

  it("apply -f - (after setup)", async () => {
    expect(await runSteps([["apply","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: new-cm\ndata:\n  a: b\n"], [["apply","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: new-cm\ndata:\n  a: c\n"])).toEqual({
      code: 0,
      stdout: "configmap/new-cm configured\n",
      stderr: "",
    });
  });

  it("apply -f - (after setup)", async () => {
    expect(await runSteps([["apply","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: new-cm\ndata:\n  a: b\n"], [["apply","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: new-cm\ndata:\n  a: c\n"], [["get","cm","new-cm","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\ndata:\n  a: c\nkind: ConfigMap\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      {\"apiVersion\":\"v1\",\"data\":{\"a\":\"c\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"new-cm\",\"namespace\":\"default\"}}\n  creationTimestamp: \"2026-11-22T12:00:00Z\"\n  name: new-cm\n  namespace: default\n  resourceVersion: \"2002\"\n  uid: uid-new-cm\n",
      stderr: "",
    });
  });

  it("apply -f -", async () => {
    expect(await runSteps([["apply","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  a: b\n"])).toEqual({
      code: 0,
      stdout: "configmap/app-config configured\n",
      stderr: "Warning: resource configmaps/app-config is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n",
    });
  });

  it("apply -f - (after setup)", async () => {
    expect(await runSteps([["apply","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  a: b\n"], [["get","cm","app-config","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\ndata:\n  a: b\n  log.level: debug\n  mode: blue\nkind: ConfigMap\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      {\"apiVersion\":\"v1\",\"data\":{\"a\":\"b\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"app-config\",\"namespace\":\"default\"}}\n  creationTimestamp: \"2026-11-22T10:30:00Z\"\n  name: app-config\n  namespace: default\n  resourceVersion: \"2001\"\n  uid: uid-cm\n",
      stderr: "",
    });
  });

  it("apply -n kube-system -f -", async () => {
    expect(await runSteps([["apply","-n","kube-system","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: default\n"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: the namespace from the provided object \"default\" does not match the namespace \"kube-system\". You must pass '--namespace=default' to perform this operation.\n",
    });
  });

  it("apply -f -", async () => {
    expect(await runSteps([["apply","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n"])).toEqual({
      code: 0,
      stdout: "configmap/a created\nconfigmap/app-config configured\n",
      stderr: "Warning: resource configmaps/app-config is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n",
    });
  });
});
