/** Request bodies captured from real kubectl 1.32/1.33 against a logging server, with the JSON the same
 * command prints under `--dry-run=client -o json` (what kubectl would have sent as JSON). */
export interface CapturedBody {
  command: string;
  hex: string;
  json: Record<string, unknown>;
}

export const CAPTURED_BODIES: CapturedBody[] = [
  {
    command: 'kubectl create deployment web --image=nginx --replicas=2',
    hex: [
      '6b3873000a150a07617070732f7631120a4465706c6f796d656e7412b2010a260a0377656212001a0764656661756c74',
      '22002a003200380042005a0a0a036170701203776562127a0802120c0a0a0a0361707012037765621a600a1c0a001200',
      '1a0022002a003200380042005a0a0a036170701203776562124012220a056e67696e7812056e67696e782a0042006a00',
      '7200800100880100900100a201001a00320042004a0052005800600068008201008a01009a0100c2010022020a002800',
      '38001a0c0800100018002000280038001a002200',
    ].join(''),
    json: {"kind": "Deployment", "apiVersion": "apps/v1", "metadata": {"name": "web", "namespace": "default", "creationTimestamp": null, "labels": {"app": "web"}}, "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}}, "template": {"metadata": {"creationTimestamp": null, "labels": {"app": "web"}}, "spec": {"containers": [{"name": "nginx", "image": "nginx", "resources": {}}]}}, "strategy": {}}, "status": {}},
  },
  {
    command: 'kubectl create configmap app-config --from-literal=color=blue',
    hex: [
      '6b3873000a0f0a0276311209436f6e6669674d617012320a210a0a6170702d636f6e66696712001a0764656661756c74',
      '22002a00320038004200120d0a05636f6c6f721204626c75651a002200',
    ].join(''),
    json: {"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "app-config", "namespace": "default", "creationTimestamp": null}, "data": {"color": "blue"}},
  },
  {
    command: 'kubectl create secret generic db --from-literal=password=s3cr3t',
    hex: [
      '6b3873000a0c0a027631120653656372657412310a190a02646212001a0764656661756c7422002a0032003800420012',
      '120a0870617373776f726412067333637233741a001a002200',
    ].join(''),
    json: {"kind": "Secret", "apiVersion": "v1", "metadata": {"name": "db", "namespace": "default", "creationTimestamp": null}, "data": {"password": "czNjcjN0"}},
  },
  {
    command: 'kubectl create service nodeport np --tcp=80:8080 --node-port=30080',
    hex: [
      '6b3873000a0d0a027631120753657276696365126e0a240a026e7012001a0764656661756c7422002a00320038004200',
      '5a090a0361707012026e7012420a1d0a0738302d38303830120354435018502207080010903f1a002880eb0112090a03',
      '61707012026e701a0022084e6f6465506f72743a00420052005a00600068001a020a001a002200',
    ].join(''),
    json: {"kind": "Service", "apiVersion": "v1", "metadata": {"name": "np", "namespace": "default", "creationTimestamp": null, "labels": {"app": "np"}}, "spec": {"ports": [{"name": "80-8080", "protocol": "TCP", "port": 80, "targetPort": 8080, "nodePort": 30080}], "selector": {"app": "np"}, "type": "NodePort"}, "status": {"loadBalancer": {}}},
  },
  {
    command: 'kubectl create cronjob tick --image=busybox --schedule=*/5 * * * * -- date',
    hex: [
      '6b3873000a130a0862617463682f7631120743726f6e4a6f6212b1010a1b0a047469636b12001a0764656661756c7422',
      '002a00320038004200128f010a0b2a2f35202a202a202a202a1a002a7e0a140a047469636b12001a0022002a00320038',
      '004200126632640a100a0012001a0022002a00320038004200125012290a047469636b120762757379626f781a046461',
      '74652a0042006a007200800100880100900100a201001a094f6e4661696c757265320042004a00520058006000680082',
      '01008a01009a0100c201001a001a002200',
    ].join(''),
    json: {"kind": "CronJob", "apiVersion": "batch/v1", "metadata": {"name": "tick", "namespace": "default", "creationTimestamp": null}, "spec": {"schedule": "*/5 * * * *", "jobTemplate": {"metadata": {"name": "tick", "creationTimestamp": null}, "spec": {"template": {"metadata": {"creationTimestamp": null}, "spec": {"containers": [{"name": "tick", "image": "busybox", "command": ["date"], "resources": {}}], "restartPolicy": "OnFailure"}}}}}, "status": {}},
  },
  {
    command: 'kubectl autoscale deployment web --min=2 --max=5 --cpu-percent=80',
    hex: [
      '6b3873000a290a0e6175746f7363616c696e672f76311217486f72697a6f6e74616c506f644175746f7363616c657212',
      '3f0a130a0377656212001a0022002a0032003800420012220a1a0a0a4465706c6f796d656e7412037765621a07617070',
      '732f76311002180520501a04180020001a002200',
    ].join(''),
    json: {"kind": "HorizontalPodAutoscaler", "apiVersion": "autoscaling/v1", "metadata": {"name": "web", "creationTimestamp": null}, "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "web", "apiVersion": "apps/v1"}, "minReplicas": 2, "maxReplicas": 5, "targetCPUUtilizationPercentage": 80}, "status": {"currentReplicas": 0, "desiredReplicas": 0}},
  },
  {
    command: 'kubectl autoscale deployment web --min=2 --max=5 --cpu-percent=80 (1.33, autoscaling/v2)',
    hex: [
      '6b3873000a290a0e6175746f7363616c696e672f76321217486f72697a6f6e74616c506f644175746f7363616c657212',
      '610a130a0377656212001a0022002a0032003800420012440a1a0a0a4465706c6f796d656e7412037765621a07617070',
      '732f76311002180522220a085265736f7572636522160a03637075120f0a0b5574696c697a6174696f6e20501a041800',
      '20001a002200',
    ].join(''),
    json: {"kind": "HorizontalPodAutoscaler", "apiVersion": "autoscaling/v2", "metadata": {"name": "web", "creationTimestamp": null}, "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "web", "apiVersion": "apps/v1"}, "minReplicas": 2, "maxReplicas": 5, "metrics": [{"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 80}}}]}, "status": {"desiredReplicas": 0, "currentMetrics": null}},
  },
  {
    command: 'kubectl auth can-i create pods',
    hex: [
      '6b3873000a320a17617574686f72697a6174696f6e2e6b38732e696f2f7631121753656c665375626a65637441636365',
      '7373526576696577123f0a100a0012001a0022002a0032003800420012210a1f0a0764656661756c7412066372656174',
      '651a0022002a04706f647332003a001a08080012001a0020001a002200',
    ].join(''),
    json: {"kind": "SelfSubjectAccessReview", "apiVersion": "authorization.k8s.io/v1", "metadata": {"creationTimestamp": null}, "spec": {"resourceAttributes": {"namespace": "default", "verb": "create", "resource": "pods"}}, "status": {"allowed": false}},
  },
];
