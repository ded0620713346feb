/** The classroom role × route matrix: every classroom route called with the key of every role (teacher,
 * student, another student, a playground viewer, anonymous). Wrong keys look like unknown keys (404). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { call, openSse } from './helpers.js';

type Role = 'teacher' | 'student' | 'otherStudent' | 'viewer' | 'playgroundEditor' | 'anonymous';
const ROLES: Role[] = ['teacher', 'student', 'otherStudent', 'viewer', 'playgroundEditor', 'anonymous'];

let server: TestServer;
let keys: Record<Role, string>;
let ana: any;
let ben: any;

beforeAll(async () => {
  server = await startTestServer();
  const c = (await call('POST', `${server.url}/api/classrooms`, { name: 'Roles', exercises: ['scale-deployment', 'scale-deployment', 'scale-deployment'] })).body;
  ana = (await call('POST', `${server.url}/api/classrooms/join/${c.joinCode}`, { name: 'Ana' })).body;
  ben = (await call('POST', `${server.url}/api/classrooms/join/${c.joinCode}`, { name: 'Ben' })).body;
  const other = await server.createPlayground();
  keys = {
    teacher: c.teacherKey,
    student: ana.studentKey,
    otherStudent: ben.studentKey,
    viewer: other.viewKey,
    playgroundEditor: other.editKey,
    // Well-formed but unknown: guessing is indistinguishable from having no key.
    anonymous: `${'a'.repeat(12)}_${'b'.repeat(27)}`,
  };
});
afterAll(async () => {
  await server.close();
});

interface Route {
  name: string;
  method: string;
  path: (key: string) => string;
  body?: unknown;
  sse?: boolean;
}

const teacherRoutes: Route[] = [
  { name: 'GET dashboard', method: 'GET', path: (k) => `/api/classrooms/${k}` },
  { name: 'GET dashboard events', method: 'GET', path: (k) => `/api/classrooms/${k}/events`, sse: true },
  { name: 'POST reset', method: 'POST', path: (k) => `/api/classrooms/${k}/reset`, body: {} },
  { name: 'POST broadcast-fault', method: 'POST', path: (k) => `/api/classrooms/${k}/broadcast-fault`, body: { type: 'stop-kubelet', target: 'worker-1' } },
  { name: 'POST next', method: 'POST', path: (k) => `/api/classrooms/${k}/next` },
  { name: 'GET results.csv', method: 'GET', path: (k) => `/api/classrooms/${k}/results.csv` },
  { name: 'PUT webhook', method: 'PUT', path: (k) => `/api/classrooms/${k}/webhook`, body: { url: null } },
];

const studentRoutes: Route[] = [
  { name: 'GET student view', method: 'GET', path: (k) => `/api/classrooms/student/${k}` },
  { name: 'GET student events', method: 'GET', path: (k) => `/api/classrooms/student/${k}/events`, sse: true },
];

async function status(route: Route, key: string): Promise<number> {
  if (route.sse) {
    const s = await openSse(server.url + route.path(key));
    if (s.status === 200) await s.waitFor(() => true);
    s.close();
    return s.status;
  }
  return (await call(route.method, server.url + route.path(key), route.body)).status;
}

describe('role × route matrix', () => {
  for (const route of teacherRoutes) {
    for (const role of ROLES) {
      const allowed = role === 'teacher';
      it(`${route.name} as ${role}: ${allowed ? 'allowed' : '404'}`, async () => {
        const s = await status(route, keys[role]);
        expect(allowed ? s >= 200 && s < 300 : s === 404, `status ${s}`).toBe(true);
      });
    }
  }

  for (const route of studentRoutes) {
    for (const role of ROLES) {
      const allowed = role === 'student' || role === 'otherStudent';
      it(`${route.name} as ${role}: ${allowed ? 'own data only' : '404'}`, async () => {
        const s = await status(route, keys[role]);
        expect(s).toBe(allowed ? 200 : 404);
      });
    }
  }

  it('anyone may create a classroom and join with the code; a wrong code is 404', async () => {
    const c = await call('POST', `${server.url}/api/classrooms`, { name: 'Open', exercises: ['scale-deployment'] });
    expect(c.status).toBe(201);
    expect((await call('POST', `${server.url}/api/classrooms/join/${c.body.joinCode}`, { name: 'Zoe' })).status).toBe(201);
    expect((await call('POST', `${server.url}/api/classrooms/join/ZZZZZZ`, { name: 'Zoe' })).status).toBe(404);
    expect((await call('POST', `${server.url}/api/classrooms/join/${c.body.joinCode}`, { name: '' })).status).toBe(400);
  });

  it('a student key reveals only that student’s own playground', async () => {
    const mine = (await call('GET', `${server.url}/api/classrooms/student/${keys.student}`)).body;
    const theirs = (await call('GET', `${server.url}/api/classrooms/student/${keys.otherStudent}`)).body;
    expect(mine.student.id).toBe(ana.student.id);
    expect(theirs.student.id).toBe(ben.student.id);
    const mineText = JSON.stringify(mine);
    expect(mineText).not.toContain(theirs.playground.id);
    expect(mineText).not.toContain(theirs.playground.editKey);
    expect(mineText).not.toContain(ben.studentKey);
    // The student's edit key edits their own cluster only.
    const own = await call('GET', `${server.url}/clusters/${mine.playground.editKey}/api/v1/nodes`);
    expect(own.status).toBe(200);
    const cross = await call('GET', `${server.url}/clusters/${theirs.playground.id}/api/v1/nodes`);
    expect(cross.status).toBe(401);
  });

  it('the teacher gets view keys only, and classroom keys open no cluster', async () => {
    const t = (await call('GET', `${server.url}/api/classrooms/${keys.teacher}`)).body;
    const mine = (await call('GET', `${server.url}/api/classrooms/student/${keys.student}`)).body;
    const row = t.students.find((s: { id: string }) => s.id === ana.student.id);
    expect(row.viewKey).toBe(mine.playground.viewKey);
    expect(JSON.stringify(t)).not.toContain(mine.playground.editKey);
    expect((await call('GET', `${server.url}/api/playgrounds/${row.viewKey}`)).body.role).toBe('view');
    const write = await call('POST', `${server.url}/clusters/${row.viewKey}/api/v1/namespaces`, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } });
    expect(write.status).toBe(403);
    for (const k of [keys.teacher, keys.student]) {
      expect((await call('GET', `${server.url}/clusters/${k}/api/v1/nodes`)).status).toBe(401);
      expect((await call('GET', `${server.url}/api/playgrounds/${k}`)).status).toBe(404);
    }
  });
});
