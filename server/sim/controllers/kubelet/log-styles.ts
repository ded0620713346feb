/** Believable start-up and access-log lines of well-known images (simulated output, labelled so in the UI). */
import type { LogStyle } from '../../images/behavior.js';
import type { TimedLine } from '../../images/shell.js';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** `2026/01/01 00:00:03` (nginx error log, Go's log package). */
function slashTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

/** `01/Jan/2026:00:00:05 +0000` (common log format). */
function clfTime(ms: number): string {
  const d = new Date(ms);
  return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}

/** `Thu Jan 01 00:00:03.000000 2026` (Apache error log). */
function apacheTime(ms: number): string {
  const d = new Date(ms);
  return `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}000 ${d.getUTCFullYear()}`;
}

/** `01 Jan 2026 00:00:03.000` (redis). */
function redisTime(ms: number): string {
  const d = new Date(ms);
  return `${p2(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
}

export interface StyleContext {
  start: number;
  podName: string;
  podIP: string;
  /** Tag of the image (for version strings). */
  tag: string;
  cpus: number;
}

function nginxVersion(tag: string): string {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(tag);
  if (!m) return '1.27.3';
  const patch: Record<string, string> = { '1.14': '2', '1.16': '1', '1.19': '10', '1.21': '6', '1.23': '4', '1.24': '0', '1.25': '5', '1.26': '2', '1.27': '3' };
  return `${m[1]}.${m[2]}.${m[3] ?? patch[`${m[1]}.${m[2]}`] ?? '0'}`;
}

/** Lines a server prints when it starts (offsets from the container start). */
export function startLines(style: LogStyle, c: StyleContext): TimedLine[] {
  const at = (offset: number, text: string) => ({ at: offset, text });
  switch (style) {
    case 'nginx': {
      const t = slashTime(c.start + 20);
      const lines = [
        '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
        '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
        '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
        '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
        '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
        '/docker-entrypoint.sh: Configuration complete; ready for start up',
        `${t} [notice] 1#1: using the "epoll" event method`,
        `${t} [notice] 1#1: nginx/${nginxVersion(c.tag)}`,
        `${t} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) `,
        `${t} [notice] 1#1: OS: Linux 6.1.0-28-amd64`,
        `${t} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
        `${t} [notice] 1#1: start worker processes`,
        ...Array.from({ length: Math.max(1, c.cpus) }, (_, i) => `${t} [notice] 1#1: start worker process ${29 + i}`),
      ];
      return lines.map((l, i) => at(i < 9 ? 5 : 20, l));
    }
    case 'httpd':
    case 'hpa-example': {
      const name = style === 'httpd' ? 'httpd' : 'apache2';
      const warn = `AH00558: ${name}: Could not reliably determine the server's fully qualified domain name, using ${c.podIP}. Set the 'ServerName' directive globally to suppress this message`;
      const t = apacheTime(c.start + 30);
      const version = style === 'httpd' ? `[mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations` : `[mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.10 (Debian) PHP/5.6.14 configured -- resuming normal operations`;
      const cmd = style === 'httpd' ? `[core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'` : `[core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`;
      return [at(10, warn), at(20, warn), at(30, `[${t}] ${version}`), at(30, `[${t}] ${cmd}`)];
    }
    case 'redis': {
      const t = redisTime(c.start);
      const t1 = redisTime(c.start + 1);
      return [
        `1:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:C ${t} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
        `1:C ${t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
        `1:M ${t1} * monotonic clock: POSIX clock_gettime`,
        `1:M ${t1} * Running mode=standalone, port=6379.`,
        `1:M ${t1} * Server initialized`,
        `1:M ${t1} * Ready to accept connections tcp`,
      ].map((l) => at(1, l));
    }
    case 'bootcamp':
      return [at(100, `Kubernetes Bootcamp App Started At: ${new Date(c.start + 100).toISOString()} | Running On:  ${c.podName} `), at(100, '')];
    case 'hello-app':
      return [at(10, `${slashTime(c.start + 10)} Server listening on port 8080`)];
    case 'coredns':
      return ['.:53', '[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908', 'CoreDNS-1.11.3', 'linux/amd64, go1.21.11, a6338e9'].map((l) => at(50, l));
    case 'postgres': {
      const stamp = new Date(c.start + 2500).toISOString().replace('T', ' ').replace('Z', ' UTC');
      return [
        at(0, 'The files belonging to this database system will be owned by user "postgres".'),
        at(0, 'This user must also own the server process.'),
        at(1500, 'PostgreSQL init process complete; ready for start up.'),
        at(2500, `${stamp} [1] LOG:  starting PostgreSQL 17.2 (Debian 17.2-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`),
        at(2500, `${stamp} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`),
        at(3000, `${stamp} [1] LOG:  database system is ready to accept connections`),
      ];
    }
    case 'mysql': {
      const stamp = new Date(c.start).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '+00:00');
      return [
        at(0, `${stamp} [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.3-1.el9 started.`),
        at(100, `${stamp} [Note] [Entrypoint]: Initializing database files`),
        at(8000, `${new Date(c.start + 8000).toISOString()} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.4.3'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`),
      ];
    }
    default:
      return [];
  }
}

/** One access-log line for request number `n` served at `t`. */
export function accessLine(style: LogStyle, t: number, client: string, n: number, c: StyleContext): string | undefined {
  switch (style) {
    case 'nginx':
      return `${client} - - [${clfTime(t)}] "GET / HTTP/1.1" 200 615 "-" "load-generator/1.0" "-"`;
    case 'httpd':
      return `${client} - - [${clfTime(t)}] "GET / HTTP/1.1" 200 45`;
    case 'hpa-example':
      return `${client} - - [${clfTime(t)}] "GET / HTTP/1.1" 200 195 "-" "load-generator/1.0"`;
    case 'bootcamp':
      return `Running On: ${c.podName} | Total Requests: ${n} | App Uptime: ${((t - c.start) / 1000).toFixed(3)} seconds | Log Time: ${new Date(t).toISOString()}`;
    case 'hello-app':
      return `${slashTime(t)} Serving request: /`;
    default:
      return undefined;
  }
}
