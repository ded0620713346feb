/** The simulated registry's well-known images: real repositories and tags with their compressed sizes, and
 * what each does when it runs. Sizes are the linux/amd64 compressed sizes the registries report. */
import { SERVER, SHELL, type ImageBehavior } from './behavior.js';

export interface CatalogImage {
  /** Fully qualified repository (`docker.io/library/nginx`). */
  repository: string;
  /** Tag → compressed size in bytes. */
  tags: Record<string, number>;
  behavior: ImageBehavior;
  /** Present on every node from the start (the node image ships it), so it is never pulled. */
  preloaded?: boolean;
  description: string;
}

const sameSize = (tags: string[], size: number): Record<string, number> => Object.fromEntries(tags.map((t) => [t, size]));
const K8S = 'v1.32.0';

const POSTGRES_NO_PASSWORD = [
  'Error: Database is uninitialized and superuser password is not specified.',
  '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
  '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
  '',
  '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
  '       connections without a password. This is *not* recommended.',
  '',
  '       See PostgreSQL documentation about "trust":',
  '       https://www.postgresql.org/docs/current/auth-trust.html',
];

const MYSQL_NO_PASSWORD = [
  '{time} [Note] [Entrypoint]: Entrypoint script for MySQL Server started.',
  '{time} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
  '    You need to specify one of the following as an environment variable:',
  '    - MYSQL_ROOT_PASSWORD',
  '    - MYSQL_ALLOW_EMPTY_PASSWORD',
  '    - MYSQL_RANDOM_ROOT_PASSWORD',
];

export const CATALOG: CatalogImage[] = [
  {
    repository: 'docker.io/library/nginx',
    description: 'nginx web server (listens on 80)',
    tags: {
      '1.14.2': 44_704_209,
      '1.16.1': 51_029_558,
      '1.19': 53_607_034,
      '1.21': 56_734_768,
      '1.23': 56_989_227,
      '1.24': 57_005_423,
      '1.25': 72_080_558,
      '1.26': 72_099_410,
      '1.27': 72_955_450,
      stable: 72_099_410,
      mainline: 72_955_450,
      latest: 72_955_450,
      alpine: 20_529_568,
      // The assigning-pods-to-nodes page's inter-pod affinity example.
      '1.16-alpine': 9_076_453,
      '1.25-alpine': 18_213_947,
      '1.27-alpine': 20_529_568,
    },
    behavior: SERVER([80], 3, 0, { logs: 'nginx', cpuPerRequestMilli: 0.2 }),
  },
  {
    repository: 'docker.io/library/httpd',
    description: 'Apache httpd web server (listens on 80)',
    tags: { '2.4': 58_183_224, latest: 58_183_224, '2.4-alpine': 21_600_183, alpine: 21_600_183 },
    behavior: SERVER([80], 6, 1, { logs: 'httpd', cpuPerRequestMilli: 0.3 }),
  },
  {
    repository: 'docker.io/library/redis',
    description: 'Redis key-value store (listens on 6379)',
    tags: { '5.0.4': 35_866_245, '6.0.5': 37_706_547, '6.2': 41_033_160, '7.2': 45_107_431, '7.4': 45_956_730, '7': 45_956_730, latest: 45_956_730, alpine: 17_193_560, '3.2-alpine': 8_396_915 },
    behavior: SERVER([6379], 3, 2, { logs: 'redis', cpuPerRequestMilli: 0.05 }),
  },
  {
    repository: 'docker.io/library/busybox',
    description: 'BusyBox shell and utilities: runs the command you give it',
    tags: { '1.28': 727_869, '1.34': 772_788, '1.35': 2_216_041, '1.36': 2_156_524, '1.37': 2_167_176, stable: 2_156_524, latest: 2_167_176 },
    behavior: SHELL,
  },
  {
    repository: 'docker.io/library/alpine',
    description: 'Alpine Linux: runs the command you give it',
    tags: { '3.18': 3_401_613, '3.19': 3_418_409, '3.20': 3_623_807, '3.21': 3_642_760, latest: 3_642_760 },
    behavior: SHELL,
  },
  {
    repository: 'docker.io/library/ubuntu',
    description: 'Ubuntu: runs the command you give it',
    tags: { '20.04': 27_509_796, '22.04': 29_534_127, '24.04': 29_724_688, jammy: 29_534_127, noble: 29_724_688, latest: 29_724_688 },
    behavior: SHELL,
  },
  {
    repository: 'docker.io/library/debian',
    description: 'Debian: runs the command you give it',
    tags: { bullseye: 53_741_326, bookworm: 48_494_272, '11': 53_741_326, '12': 48_494_272, 'bookworm-slim': 28_227_259, latest: 48_494_272 },
    behavior: SHELL,
  },
  {
    repository: 'docker.io/library/postgres',
    description: 'PostgreSQL (listens on 5432; needs POSTGRES_PASSWORD)',
    tags: { '14': 150_946_523, '15': 151_404_302, '16': 153_322_174, '17': 154_816_004, latest: 154_816_004, '16-alpine': 105_432_191 },
    behavior: SERVER([5432], 28, 2, { logs: 'postgres', startupMs: 3000, requiredEnv: { anyOf: ['POSTGRES_PASSWORD', 'POSTGRES_HOST_AUTH_METHOD'], lines: POSTGRES_NO_PASSWORD, exitCode: 1 } }),
  },
  {
    repository: 'docker.io/library/mysql',
    description: 'MySQL (listens on 3306; needs MYSQL_ROOT_PASSWORD)',
    tags: { '5.6': 102_990_127, '5.7': 137_264_352, '8.0': 165_483_310, '8.4': 170_310_201, '9': 172_618_473, latest: 172_618_473 },
    behavior: SERVER([3306], 360, 4, {
      logs: 'mysql',
      startupMs: 8000,
      requiredEnv: { anyOf: ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'], lines: MYSQL_NO_PASSWORD, exitCode: 1 },
    }),
  },
  {
    repository: 'docker.io/library/node',
    description: 'Node.js runtime: runs the command you give it',
    tags: { '18': 391_503_610, '20': 397_412_019, '22': 399_004_326, '22-alpine': 56_842_377, lts: 399_004_326, latest: 399_004_326 },
    behavior: { kind: 'shell', memoryMi: 40, cpuMilli: 1 },
  },
  {
    repository: 'docker.io/library/python',
    description: 'Python runtime: runs the command you give it',
    tags: { '3.11': 377_540_441, '3.12': 381_222_913, '3.13': 384_102_772, '3.12-slim': 45_208_311, latest: 384_102_772 },
    behavior: { kind: 'shell', memoryMi: 10, cpuMilli: 1 },
  },
  {
    repository: 'docker.io/library/perl',
    description: 'Perl (the Job example computes pi with it)',
    tags: { '5.34.0': 334_567_225, '5.34': 334_567_225, '5.40': 341_003_112, latest: 341_003_112 },
    behavior: { kind: 'shell', special: 'perl', memoryMi: 8, cpuMilli: 1 },
  },
  {
    repository: 'docker.io/library/hello-world',
    description: 'prints a greeting and exits',
    tags: { latest: 2_479 },
    behavior: {
      kind: 'exit',
      memoryMi: 0,
      cpuMilli: 0,
      exitCode: 0,
      output: ['', 'Hello from Docker!', 'This message shows that your installation appears to be working correctly.', ''],
    },
  },
  {
    repository: 'docker.io/polinux/stress',
    description: 'stress: allocates memory as its arguments say (--vm-bytes)',
    tags: { latest: 4_036_802, '1.0.4': 4_036_802 },
    behavior: { kind: 'shell', special: 'polinux-stress', memoryMi: 1, cpuMilli: 0 },
  },
  {
    repository: 'docker.io/vish/stress',
    description: 'stress: burns CPU (-cpus) and memory (-mem-total)',
    tags: { latest: 1_984_331 },
    behavior: { kind: 'server', special: 'vish-stress', memoryMi: 2, cpuMilli: 0 },
  },
  {
    repository: 'registry.k8s.io/e2e-test-images/agnhost',
    description: 'Kubernetes e2e test server: netexec, serve-hostname, liveness, pause ...',
    tags: sameSize(['2.39', '2.40', '2.43', '2.45', '2.47', '2.48', '2.50', '2.52', '2.53'], 51_302_315),
    behavior: { kind: 'server', special: 'agnhost', ports: [], memoryMi: 8, cpuMilli: 1, cpuPerRequestMilli: 0.2, logs: 'agnhost', startupMs: 300 },
  },
  {
    repository: 'gcr.io/google-samples/kubernetes-bootcamp',
    description: 'Kubernetes Basics tutorial app (listens on 8080)',
    tags: { v1: 86_421_451, v2: 86_421_587 },
    behavior: SERVER([8080], 12, 0, { logs: 'bootcamp', cpuPerRequestMilli: 0.5 }),
  },
  {
    // The Kubernetes Basics "rolling update" module updates to this image (same app, prints v=2).
    repository: 'docker.io/jocatalin/kubernetes-bootcamp',
    description: 'Kubernetes Basics tutorial app, version 2 (listens on 8080)',
    tags: { v1: 86_421_451, v2: 86_421_587 },
    behavior: SERVER([8080], 12, 0, { logs: 'bootcamp', cpuPerRequestMilli: 0.5 }),
  },
  {
    repository: 'registry.k8s.io/hpa-example',
    description: 'HorizontalPodAutoscaler walkthrough: a CPU-hungry php-apache (listens on 80)',
    tags: { latest: 181_246_023 },
    behavior: SERVER([80], 12, 1, { logs: 'hpa-example', cpuPerRequestMilli: 10 }),
  },
  {
    repository: 'gcr.io/google-samples/hello-app',
    description: 'hello-app sample (listens on 8080)',
    tags: { '1.0': 11_056_217, '2.0': 11_056_244 },
    behavior: SERVER([8080], 4, 0, { logs: 'hello-app', cpuPerRequestMilli: 0.2 }),
  },
  {
    repository: 'us-docker.pkg.dev/google-samples/containers/gke/hello-app',
    description: 'hello-app sample (listens on 8080)',
    tags: { '1.0': 11_056_217, '2.0': 11_056_244 },
    behavior: SERVER([8080], 4, 0, { logs: 'hello-app', cpuPerRequestMilli: 0.2 }),
  },
  {
    repository: 'registry.k8s.io/echoserver',
    description: 'echoes requests back (listens on 8080)',
    tags: { '1.4': 46_210_214, '1.10': 42_125_034 },
    behavior: SERVER([8080], 6, 0, { logs: 'nginx', cpuPerRequestMilli: 0.3 }),
  },
  {
    // The DaemonSet concept page's example: a log shipper on every node (no ports, a little CPU and memory).
    repository: 'quay.io/fluentd_elasticsearch/fluentd',
    description: 'fluentd log shipper used by the DaemonSet example',
    tags: { 'v2.5.2': 140_312_485 },
    behavior: SERVER([], 60, 3, { logs: 'none' }),
  },
  {
    repository: 'registry.k8s.io/nginx-slim',
    description: 'a small nginx used by the StatefulSet tutorial (listens on 80)',
    tags: { '0.8': 51_097_329, '0.21': 41_372_310, '0.24': 41_551_120, '0.26': 41_882_440 },
    behavior: SERVER([80], 2, 0, { logs: 'none', cpuPerRequestMilli: 0.2 }),
  },
  {
    repository: 'registry.k8s.io/goproxy',
    description: 'a TCP proxy used by the probes tutorial (listens on 8080)',
    tags: { '0.1': 2_436_911 },
    behavior: SERVER([8080], 2, 0, { logs: 'none' }),
  },
  {
    repository: 'registry.k8s.io/busybox',
    description: 'BusyBox as mirrored by the Kubernetes project (probes tutorial)',
    tags: { '1.24': 676_941, '1.27.2': 706_117, latest: 1_144_547 },
    behavior: SHELL,
  },
  {
    repository: 'registry.k8s.io/pause',
    description: 'the pause container: sleeps forever',
    tags: { '3.9': 321_520, '3.10': 320_368 },
    behavior: { kind: 'server', memoryMi: 0, cpuMilli: 0, logs: 'none' },
    preloaded: true,
  },
  {
    repository: 'us-docker.pkg.dev/google-samples/containers/gke/gb-frontend',
    description: 'guestbook frontend (listens on 80)',
    tags: { v5: 155_032_330 },
    behavior: SERVER([80], 20, 1, { logs: 'httpd', cpuPerRequestMilli: 1 }),
  },
  {
    repository: 'registry.k8s.io/etcd',
    description: 'etcd (control plane)',
    tags: { '3.5.16-0': 57_680_541 },
    behavior: SERVER([2379, 2380, 2381], 45, 25, { logs: 'none' }),
    preloaded: true,
  },
  {
    repository: 'registry.k8s.io/kube-apiserver',
    description: 'Kubernetes API server (control plane)',
    tags: { [K8S]: 28_669_792 },
    behavior: SERVER([6443], 250, 40, { logs: 'none' }),
    preloaded: true,
  },
  {
    repository: 'registry.k8s.io/kube-controller-manager',
    description: 'Kubernetes controller manager (control plane)',
    tags: { [K8S]: 26_256_123 },
    behavior: SERVER([10257], 48, 15, { logs: 'none' }),
    preloaded: true,
  },
  {
    repository: 'registry.k8s.io/kube-scheduler',
    description: 'Kubernetes scheduler (control plane)',
    tags: { [K8S]: 20_119_104 },
    behavior: SERVER([10259], 20, 3, { logs: 'none' }),
    preloaded: true,
  },
  {
    repository: 'registry.k8s.io/kube-proxy',
    description: 'kube-proxy (on every node)',
    tags: { [K8S]: 30_951_235 },
    behavior: SERVER([10249, 10256], 16, 1, { logs: 'none' }),
    preloaded: true,
  },
  {
    repository: 'registry.k8s.io/coredns/coredns',
    description: 'CoreDNS, the cluster DNS',
    tags: { 'v1.11.3': 18_562_039, 'v1.11.1': 18_182_961 },
    behavior: SERVER([53, 8080, 8181, 9153], 14, 2, { logs: 'coredns' }),
    preloaded: true,
  },
];
