/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl create (golden)", () => {
  it("create -f -", async () => {
    expect(await runSteps([["create","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "Error from server (AlreadyExists): error when creating \"STDIN\": configmaps \"app-config\" already exists\n",
    });
  });

  it("create -f -", async () => {
    expect(await runSteps([["create","-f","-"], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: brand-new\n"])).toEqual({
      code: 0,
      stdout: "configmap/brand-new created\n",
      stderr: "",
    });
  });

  it("create deployment web2 --image=nginx:1.25 --port=80 --dry-run=client -o yaml", async () => {
    expect(await runSteps([["create","deployment","web2","--image=nginx:1.25","--port=80","--dry-run=client","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web2\n  name: web2\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web2\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: web2\n    spec:\n      containers:\n      - image: nginx:1.25\n        name: nginx\n        ports:\n        - containerPort: 80\n        resources: {}\nstatus: {}\n",
      stderr: "",
    });
  });

  it("create service clusterip web2 --tcp=80:8080 --dry-run=client -o yaml", async () => {
    expect(await runSteps([["create","service","clusterip","web2","--tcp=80:8080","--dry-run=client","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web2\n  name: web2\nspec:\n  ports:\n  - name: 80-8080\n    port: 80\n    protocol: TCP\n    targetPort: 8080\n  selector:\n    app: web2\n  type: ClusterIP\nstatus:\n  loadBalancer: {}\n",
      stderr: "",
    });
  });

  it("create service nodeport web2 --tcp=80 --dry-run=client -o yaml", async () => {
    expect(await runSteps([["create","service","nodeport","web2","--tcp=80","--dry-run=client","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web2\n  name: web2\nspec:\n  ports:\n  - name: \"80\"\n    port: 80\n    protocol: TCP\n    targetPort: 80\n  selector:\n    app: web2\n  type: NodePort\nstatus:\n  loadBalancer: {}\n",
      stderr: "",
    });
  });

  it("create configmap c1 --from-literal=a=b --from-literal=c=d --dry-run=client -o yaml", async () => {
    expect(await runSteps([["create","configmap","c1","--from-literal=a=b","--from-literal=c=d","--dry-run=client","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\ndata:\n  a: b\n  c: d\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: c1\n",
      stderr: "",
    });
  });

  it("create secret generic s1 --from-literal=password=hunter2 --dry-run=client -o yaml", async () => {
    expect(await runSteps([["create","secret","generic","s1","--from-literal=password=hunter2","--dry-run=client","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\ndata:\n  password: aHVudGVyMg==\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: s1\n",
      stderr: "",
    });
  });

  it("create namespace dev --dry-run=client -o yaml", async () => {
    expect(await runSteps([["create","namespace","dev","--dry-run=client","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: dev\nspec: {}\nstatus: {}\n",
      stderr: "",
    });
  });

  it("create job j1 --image=busybox --dry-run=client -o yaml -- echo hi", async () => {
    expect(await runSteps([["create","job","j1","--image=busybox","--dry-run=client","-o","yaml","--","echo","hi"]])).toEqual({
      code: 0,
      stdout: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  creationTimestamp: null\n  name: j1\nspec:\n  template:\n    metadata:\n      creationTimestamp: null\n    spec:\n      containers:\n      - command:\n        - echo\n        - hi\n        image: busybox\n        name: j1\n        resources: {}\n      restartPolicy: Never\nstatus: {}\n",
      stderr: "",
    });
  });

  it("create cronjob c1 --image=busybox --schedule=*/1_*_*_*_* --dry-run=client -o yaml", async () => {
    expect(await runSteps([["create","cronjob","c1","--image=busybox","--schedule=*/1_*_*_*_*","--dry-run=client","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  creationTimestamp: null\n  name: c1\nspec:\n  jobTemplate:\n    metadata:\n      creationTimestamp: null\n      name: c1\n    spec:\n      template:\n        metadata:\n          creationTimestamp: null\n        spec:\n          containers:\n          - image: busybox\n            name: c1\n            resources: {}\n          restartPolicy: OnFailure\n  schedule: '*/1_*_*_*_*'\nstatus: {}\n",
      stderr: "",
    });
  });

  it("create -f -", async () => {
    expect(await runSteps([["create","-f","-"], "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "Error from server (AlreadyExists): error when creating \"STDIN\": deployments.apps \"web\" already exists\n",
    });
  });
});
