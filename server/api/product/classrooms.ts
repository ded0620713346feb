/** Classroom routes. Who may call each: anyone creates a classroom; anyone with the join code joins; a
 * student key opens only its own student view (with its own playground's keys); a teacher key opens the
 * dashboard and its actions, and hands out view keys only. Unknown or wrong keys answer 404 alike. */
import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { FAULT_TYPES } from '../../sim/controllers/lifecycle/fault-actions.js';
import type { ClassroomService } from '../../classroom/service.js';
import { SHUTDOWN_CHANNEL, studentChannel, teacherChannel } from '../../classroom/service.js';
import type { ClassroomRow, StudentRow } from '../../storage/product-storage.js';
import { jsonBody, notFound, productErrorResponse } from './errors.js';
import { origin } from './playgrounds.js';

export interface ClassroomRouteDeps {
  classrooms: ClassroomService;
  publicUrl?: string;
  /** Real ms between keep-alive comments on the event streams. */
  keepAliveMs?: number;
}

const DisplayName = z.string().trim().min(1).max(40);
const CreateBody = z.object({ name: z.string().trim().min(1).max(80), exercises: z.array(z.string().min(1).max(100)).min(1).max(50) }).strict();
const JoinBody = z.object({ name: DisplayName }).strict();
const ResetBody = z.object({ student: z.string().min(1).max(40).optional() }).strict();
const FaultBody = z.object({ type: z.enum(FAULT_TYPES), target: z.string().min(1).max(253), namespace: z.string().min(1).max(63).optional() }).strict();
const WebhookBody = z.object({ url: z.union([z.string().max(2048), z.null()]) }).strict();

/** Streams a channel's events as server-sent events until the client goes away. */
function eventStream(c: Context, deps: ClassroomRouteDeps, channel: string, first: { event: string; data: unknown }): Response {
  return streamSSE(c, async (stream) => {
    await stream.writeSSE({ event: first.event, data: JSON.stringify(first.data) });
    const unsubscribe = deps.classrooms.channels.subscribe(channel, (event, data) => void stream.writeSSE({ event, data: JSON.stringify(data) }).catch(() => undefined));
    const keepAlive = setInterval(() => void stream.write(': keep-alive\n\n').catch(() => undefined), deps.keepAliveMs ?? 25_000);
    let stopShutdown = () => {};
    await new Promise<void>((done) => {
      stream.onAbort(done);
      // The server is shutting down: end the stream so the HTTP server can close.
      stopShutdown = deps.classrooms.channels.subscribe(SHUTDOWN_CHANNEL, () => done());
    });
    clearInterval(keepAlive);
    unsubscribe();
    stopShutdown();
  });
}

export function classroomRoutes(deps: ClassroomRouteDeps): Hono {
  const app = new Hono();
  const svc = deps.classrooms;
  app.onError((err, c) => productErrorResponse(c, err));

  const teacher = async (c: Context): Promise<{ classroom: ClassroomRow; key: string }> => {
    const key = c.req.param('teacherKey') ?? '';
    const classroom = await svc.classroomOfTeacher(key);
    if (!classroom) throw notFound('classroom');
    return { classroom, key };
  };
  const student = async (c: Context): Promise<{ student: StudentRow; key: string }> => {
    const key = c.req.param('studentKey') ?? '';
    const row = await svc.studentOfKey(key);
    if (!row) throw notFound('student');
    return { student: row, key };
  };

  // Anyone: a classroom is free to create; the answer is the only time the teacher key is shown.
  app.post('/api/classrooms', async (c) => {
    const body = CreateBody.parse(await jsonBody(c, 16 * 1024));
    const created = await svc.create(body.name, body.exercises);
    const o = origin(c, deps);
    return c.json({ ...created, teacherUrl: o + created.teacherUrl, joinUrl: o + created.joinUrl }, 201);
  });

  // Anyone with the join code.
  app.post('/api/classrooms/join/:code', async (c) => {
    const body = JoinBody.parse(await jsonBody(c, 4 * 1024));
    return c.json(await svc.join(c.req.param('code'), body.name, origin(c, deps)), 201);
  });

  // The student key: only the student's own view.
  app.get('/api/classrooms/student/:studentKey', async (c) => {
    const s = await student(c);
    return c.json(await svc.studentView(s.student, s.key, origin(c, deps)));
  });

  app.get('/api/classrooms/student/:studentKey/events', async (c) => {
    const s = await student(c);
    const view = await svc.studentView(s.student, s.key, origin(c, deps));
    return eventStream(c, deps, studentChannel(s.student.id), { event: 'progress', data: view.result });
  });

  // The teacher key: the dashboard and the class-wide actions.
  app.get('/api/classrooms/:teacherKey', async (c) => {
    const t = await teacher(c);
    return c.json(await svc.teacherView(t.classroom, t.key, origin(c, deps)));
  });

  app.get('/api/classrooms/:teacherKey/events', async (c) => {
    const t = await teacher(c);
    const view = await svc.teacherView(t.classroom, t.key, origin(c, deps));
    return eventStream(c, deps, teacherChannel(t.classroom.id), { event: 'roster', data: view });
  });

  app.post('/api/classrooms/:teacherKey/reset', async (c) => {
    const t = await teacher(c);
    const body = ResetBody.parse(await jsonBody(c, 4 * 1024));
    return c.json({ reset: await svc.reset(t.classroom, body.student) });
  });

  app.post('/api/classrooms/:teacherKey/broadcast-fault', async (c) => {
    const t = await teacher(c);
    const body = FaultBody.parse(await jsonBody(c, 4 * 1024));
    const spec = { ...body, ...(body.type === 'crash-pod' && !body.namespace ? { namespace: 'default' } : {}) };
    return c.json({ fault: spec, students: await svc.broadcastFault(t.classroom, spec) }, 202);
  });

  app.post('/api/classrooms/:teacherKey/next', async (c) => {
    const t = await teacher(c);
    return c.json({ current: await svc.next(t.classroom) });
  });

  app.get('/api/classrooms/:teacherKey/results.csv', async (c) => {
    const t = await teacher(c);
    const file = `${t.classroom.name.replace(/[^a-zA-Z0-9._-]+/g, '-') || 'classroom'}-results.csv`;
    return new Response(await svc.resultsCsv(t.classroom), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${file}"` },
    });
  });

  app.put('/api/classrooms/:teacherKey/webhook', async (c) => {
    const t = await teacher(c);
    const body = WebhookBody.parse(await jsonBody(c, 4 * 1024));
    const url = body.url && body.url.trim() ? body.url.trim() : null;
    svc.setWebhook(t.classroom, url);
    return c.json({ webhookUrl: url });
  });

  return app;
}
