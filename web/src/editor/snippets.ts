/** Starter manifests for every kind the cluster serves, each valid as written. */

export interface Snippet {
  kind: string;
  label: string;
  yaml: string;
}

const s = (kind: string, label: string, yaml: string): Snippet => ({ kind, label, yaml: yaml.trimStart() });

export const SNIPPETS: Snippet[] = [
  s('Deployment', 'Deployment (nginx, 3 replicas)', `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
        resources:
          requests:
            cpu: 100m
            memory: 128Mi
`),
  s('Service', 'Service (ClusterIP)', `
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 80
`),
  s('Pod', 'Pod', `
apiVersion: v1
kind: Pod
metadata:
  name: hello
  labels:
    app: hello
spec:
  containers:
  - name: hello
    image: busybox:1.36
    command: ["sh", "-c", "echo hello; sleep 3600"]
`),
  s('ConfigMap', 'ConfigMap', `
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  LOG_LEVEL: info
  GREETING: hello
`),
  s('Secret', 'Secret', `
apiVersion: v1
kind: Secret
metadata:
  name: app-secret
type: Opaque
stringData:
  password: s3cr3t
`),
  s('Namespace', 'Namespace', `
apiVersion: v1
kind: Namespace
metadata:
  name: team-a
`),
  s('Ingress', 'Ingress', `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
  - host: web.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: web
            port:
              number: 80
`),
  s('HorizontalPodAutoscaler', 'HorizontalPodAutoscaler (CPU 50%)', `
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 2
  maxReplicas: 10
  metrics:
  - type: Resource
    resource:
      name: cpu
      target:
        type: Utilization
        averageUtilization: 50
`),
  s('StatefulSet', 'StatefulSet', `
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 2
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
      - name: postgres
        image: postgres:16
        resources:
          requests:
            cpu: 250m
            memory: 256Mi
`),
  s('DaemonSet', 'DaemonSet', `
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
spec:
  selector:
    matchLabels:
      app: node-agent
  template:
    metadata:
      labels:
        app: node-agent
    spec:
      containers:
      - name: agent
        image: fluent/fluent-bit:3.0
`),
  s('ReplicaSet', 'ReplicaSet', `
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: frontend
spec:
  replicas: 2
  selector:
    matchLabels:
      tier: frontend
  template:
    metadata:
      labels:
        tier: frontend
    spec:
      containers:
      - name: php
        image: php:8.3-apache
`),
  s('Job', 'Job', `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  completions: 1
  backoffLimit: 4
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: pi
        image: perl:5.34
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(200)"]
`),
  s('CronJob', 'CronJob (every minute)', `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: hello
            image: busybox:1.36
            command: ["date"]
`),
  s('PersistentVolumeClaim', 'PersistentVolumeClaim', `
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes:
  - ReadWriteOnce
  resources:
    requests:
      storage: 1Gi
`),
  s('ServiceAccount', 'ServiceAccount', `
apiVersion: v1
kind: ServiceAccount
metadata:
  name: builder
`),
  s('PodDisruptionBudget', 'PodDisruptionBudget', `
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: 2
  selector:
    matchLabels:
      app: web
`),
  s('Node', 'Node (add a worker)', `
apiVersion: v1
kind: Node
metadata:
  name: worker-extra
  labels:
    kubernetes.io/hostname: worker-extra
status:
  capacity:
    cpu: "4"
    memory: 8Gi
    pods: "110"
  allocatable:
    cpu: "4"
    memory: 8Gi
    pods: "110"
`),
  s('Endpoints', 'Endpoints (manual)', `
apiVersion: v1
kind: Endpoints
metadata:
  name: external-db
subsets:
- addresses:
  - ip: 10.0.0.50
  ports:
  - port: 5432
`),
  s('EndpointSlice', 'EndpointSlice', `
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: external-db-1
  labels:
    kubernetes.io/service-name: external-db
addressType: IPv4
endpoints:
- addresses:
  - 10.0.0.50
ports:
- port: 5432
`),
  s('Lease', 'Lease', `
apiVersion: coordination.k8s.io/v1
kind: Lease
metadata:
  name: my-leader
spec:
  holderIdentity: instance-1
  leaseDurationSeconds: 15
`),
  s('Event', 'Event', `
apiVersion: v1
kind: Event
metadata:
  name: hello.note
involvedObject:
  apiVersion: v1
  kind: Pod
  name: hello
  namespace: default
reason: Note
message: Written by hand
type: Normal
`),
];
