/** Classrooms over HTTP on the Node runtime: create, join, live progress, reset, faults, next, CSV, webhook. */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { call, openSse } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function classroom(exercises = ['scale-deployment']) {
  const r = await call('POST', `${server.url}/api/classrooms`, { name: 'Kubernetes 101', exercises });
  expect(r.status).toBe(201);
  return r.body as { id: string; teacherKey: string; teacherUrl: string; joinCode: string; joinUrl: string };
}

async function join(code: string, name: string) {
  const r = await call('POST', `${server.url}/api/classrooms/join/${code}`, { name });
  expect(r.status).toBe(201);
  return r.body;
}

/** Solves scale-deployment through the student's own Kubernetes API, then lets simulated time pass. */
async function solve(editKey: string) {
  const res = await fetch(`${server.url}/clusters/${editKey}/apis/apps/v1/namespaces/default/deployments/web/scale`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/merge-patch+json' },
    body: JSON.stringify({ spec: { replicas: 3 } }),
  });
  expect(res.status).toBe(200);
  for (let i = 0; i < 4; i++) expect((await call('POST', `${server.url}/api/playgrounds/${editKey}/clock`, { action: 'step', seconds: 15 })).status).toBe(200);
}

describe('classrooms', () => {
  it('creates a classroom with a secret teacher link and a short unambiguous join code', async () => {
    const c = await classroom();
    expect(c.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(c.joinUrl).toBe(`${server.url}/c/${c.joinCode}`);
    expect(c.teacherUrl).toBe(`${server.url}/c/t/${c.teacherKey}`);
    expect(c.teacherKey.slice(c.teacherKey.indexOf('_') + 1).length).toBeGreaterThanOrEqual(27); // 160 bits in base64url
    const bad = await call('POST', `${server.url}/api/classrooms`, { name: 'x', exercises: ['no-such-exercise'] });
    expect(bad.status).toBe(404);
  });

  it('gives a joining student their own playground set up for the exercise, and the same one again later', async () => {
    const c = await classroom();
    const ana = await join(c.joinCode.toLowerCase(), 'Ana');
    expect(ana.exercise.id).toBe('scale-deployment');
    expect(ana.exercise.solution).toBeUndefined();
    expect(ana.result.passed).toBe(false);
    const deploy = await call('GET', `${server.url}/clusters/${ana.playground.editKey}/apis/apps/v1/namespaces/default/deployments/web`);
    expect(deploy.status).toBe(200);
    expect(deploy.body.spec.replicas).toBe(1);
    const again = await call('GET', `${server.url}/api/classrooms/student/${ana.studentKey}`);
    expect(again.status).toBe(200);
    expect(again.body.playground.editKey).toBe(ana.playground.editKey);
    expect(again.body.playground.id).toBe(ana.playground.id);
  });

  it('shows the teacher every student with progress per check and view keys only', async () => {
    const c = await classroom();
    const ana = await join(c.joinCode, 'Ana');
    await join(c.joinCode, 'Ben');
    const t = await call('GET', `${server.url}/api/classrooms/${c.teacherKey}`);
    expect(t.status).toBe(200);
    expect(t.body.students.map((s: { name: string }) => s.name)).toEqual(['Ana', 'Ben']);
    const s0 = t.body.students[0];
    expect(s0.result.checks.map((ch: { id: string }) => ch.id)).toEqual(['desired', 'available', 'pods', 'scaled-not-replaced']);
    expect(s0.map.nodes.length).toBeGreaterThanOrEqual(2);
    expect(s0.map.nodes.flatMap((n: { pods: unknown[] }) => n.pods)).toHaveLength(1);
    expect(t.text).not.toContain(ana.playground.editKey);
    const viaView = await call('DELETE', `${server.url}/api/playgrounds/${s0.viewKey}`);
    expect(viaView.status).toBe(403);
  });

  it('pushes a student’s new progress to the teacher and the student as they solve it', async () => {
    const c = await classroom();
    const ana = await join(c.joinCode, 'Ana');
    const teacher = await openSse(`${server.url}/api/classrooms/${c.teacherKey}/events`);
    const own = await openSse(`${server.url}/api/classrooms/student/${ana.studentKey}/events`);
    try {
      expect(teacher.status).toBe(200);
      await teacher.waitFor((e) => e.event === 'roster');
      await own.waitFor((e) => e.event === 'progress' && e.data.passed === false);
      await solve(ana.playground.editKey);
      const done = await teacher.waitFor((e) => e.event === 'student' && e.data.id === ana.student.id && e.data.result.passed);
      expect(done.data.result.score).toBe(done.data.result.maxScore);
      expect(done.data.map.nodes.flatMap((n: { pods: unknown[] }) => n.pods)).toHaveLength(3);
      await own.waitFor((e) => e.event === 'progress' && e.data.passed === true);
      const t = await call('GET', `${server.url}/api/classrooms/${c.teacherKey}`);
      expect(Date.parse(t.body.students[0].lastActivity)).toBeGreaterThan(Date.parse(t.body.students[0].joinedAt));
    } finally {
      teacher.close();
      own.close();
    }
  });

  it('resets one student to a fresh playground, leaving the others alone', async () => {
    const c = await classroom();
    const ana = await join(c.joinCode, 'Ana');
    const ben = await join(c.joinCode, 'Ben');
    await solve(ana.playground.editKey);
    await solve(ben.playground.editKey);
    const r = await call('POST', `${server.url}/api/classrooms/${c.teacherKey}/reset`, { student: ana.student.id });
    expect(r.body).toEqual({ reset: 1 });
    const anaNow = (await call('GET', `${server.url}/api/classrooms/student/${ana.studentKey}`)).body;
    expect(anaNow.playground.id).not.toBe(ana.playground.id);
    expect(anaNow.result.passed).toBe(false);
    expect((await call('GET', `${server.url}/clusters/${ana.playground.editKey}/api/v1/namespaces`)).status).toBe(401);
    const benNow = (await call('GET', `${server.url}/api/classrooms/student/${ben.studentKey}`)).body;
    expect(benNow.playground.id).toBe(ben.playground.id);
    expect(benNow.result.passed).toBe(true);
    expect((await call('POST', `${server.url}/api/classrooms/${c.teacherKey}/reset`, { student: 'nobody' })).status).toBe(404);
  });

  it('breaks every student’s cluster with one broadcast fault', async () => {
    const c = await classroom();
    const ana = await join(c.joinCode, 'Ana');
    const ben = await join(c.joinCode, 'Ben');
    const r = await call('POST', `${server.url}/api/classrooms/${c.teacherKey}/broadcast-fault`, { type: 'stop-kubelet', target: 'worker-1' });
    expect(r.status).toBe(202);
    expect(r.body.students.map((s: { applied: boolean }) => s.applied)).toEqual([true, true]);
    for (const s of [ana, ben]) {
      const faults = await call('GET', `${server.url}/api/playgrounds/${s.playground.editKey}/faults`);
      expect(faults.body.active).toContainEqual(expect.objectContaining({ type: 'stop-kubelet', target: 'worker-1' }));
    }
    const missing = await call('POST', `${server.url}/api/classrooms/${c.teacherKey}/broadcast-fault`, { type: 'stop-kubelet', target: 'worker-9' });
    expect(missing.body.students[0]).toMatchObject({ applied: false, message: 'node "worker-9" not found' });
  });

  it('moves everyone to the next exercise and exports results as CSV', async () => {
    const c = await classroom(['scale-deployment', 'scale-deployment']);
    const ana = await join(c.joinCode, '=Ana, "the admin"');
    await solve(ana.playground.editKey);
    const next = await call('POST', `${server.url}/api/classrooms/${c.teacherKey}/next`);
    expect(next.body).toEqual({ current: 1 });
    const anaNow = (await call('GET', `${server.url}/api/classrooms/student/${ana.studentKey}`)).body;
    expect(anaNow.exerciseIndex).toBe(1);
    expect(anaNow.playground.id).not.toBe(ana.playground.id);
    expect((await call('POST', `${server.url}/api/classrooms/${c.teacherKey}/next`)).status).toBe(409);
    const late = await join(c.joinCode, 'Late');
    expect(late.exerciseIndex).toBe(1);
    const csv = await fetch(`${server.url}/api/classrooms/${c.teacherKey}/results.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('student,exercise,score,max_score,passed,checks_passed,checks_failed,joined_at,last_activity');
    expect(lines[1]).toMatch(/^"'=Ana, ""the admin""",scale-deployment,4,4,true,desired available pods scaled-not-replaced,,/);
    expect(lines[2]).toMatch(/^"'=Ana, ""the admin""",scale-deployment,1,4,false,scaled-not-replaced,desired available pods,/);
    expect(lines[3]).toMatch(/^Late,scale-deployment,/);
    expect(lines).toHaveLength(4);
  });

  it('posts a student’s results to the webhook when they change', async () => {
    const received: any[] = [];
    const hook: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.end('ok');
      });
    });
    await new Promise<void>((ok) => hook.listen(0, ok));
    try {
      const port = (hook.address() as { port: number }).port;
      const c = await classroom();
      expect((await call('PUT', `${server.url}/api/classrooms/${c.teacherKey}/webhook`, { url: 'ftp://example.com' })).status).toBe(400);
      const put = await call('PUT', `${server.url}/api/classrooms/${c.teacherKey}/webhook`, { url: `http://127.0.0.1:${port}/results` });
      expect(put.body).toEqual({ webhookUrl: `http://127.0.0.1:${port}/results` });
      const ana = await join(c.joinCode, 'Ana');
      await solve(ana.playground.editKey);
      const deadline = Date.now() + 10_000;
      while (!received.some((b) => b.result.passed) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const passed = received.find((b) => b.result.passed);
      expect(passed).toMatchObject({ event: 'student.results', classroom: { id: c.id }, student: { id: ana.student.id, name: 'Ana' }, exerciseIndex: 0 });
      expect(passed.result.score).toBe(4);
    } finally {
      await new Promise<void>((ok) => hook.close(() => ok()));
    }
  });
});
