/** Classroom figures: how long until a teacher's dashboard shows a student's change, with 30 students
 * working at once (the re-grade is debounced by 500 ms per student, which sets the floor). */
import { startTestServer } from '../helpers/server.js';
import { call, openSse } from '../classroom/helpers.js';
import { ms, percentile, report } from './stats.js';

export async function benchClassroom(students = 30): Promise<void> {
  const server = await startTestServer();
  try {
    const c = (await call('POST', `${server.url}/api/classrooms`, { name: 'bench', exercises: ['scale-deployment'] })).body;
    const joinStart = performance.now();
    const joined: { id: string; editKey: string }[] = [];
    for (let i = 0; i < students; i++) {
      const s = (await call('POST', `${server.url}/api/classrooms/join/${c.joinCode}`, { name: `student-${i}` })).body;
      joined.push({ id: s.student.id, editKey: s.playground.editKey });
    }
    report(`classroom: join (playground set up), mean of ${students}`, ms((performance.now() - joinStart) / students));
    const t0 = performance.now();
    await call('GET', `${server.url}/api/classrooms/${c.teacherKey}`);
    report(`classroom: dashboard GET grading ${students} students`, ms(performance.now() - t0));

    const teacher = await openSse(`${server.url}/api/classrooms/${c.teacherKey}/events`);
    await teacher.waitFor((e) => e.event === 'roster');
    const sent = new Map<string, number>();
    await Promise.all(
      joined.map(async (s) => {
        sent.set(s.id, performance.now());
        await fetch(`${server.url}/clusters/${s.editKey}/apis/apps/v1/namespaces/default/deployments/web/scale`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/merge-patch+json' },
          body: JSON.stringify({ spec: { replicas: 3 } }),
        });
      }),
    );
    const latencies = await Promise.all(
      joined.map(async (s) => {
        await teacher.waitFor((ev) => ev.event === 'student' && ev.data.id === s.id && ev.data.result?.checks[0]?.passed, 30_000);
        return performance.now() - sent.get(s.id)!;
      }),
    );
    teacher.close();
    report(`classroom: dashboard update after a change, ${students} students, p50`, ms(percentile(latencies, 50)));
    report(`classroom: dashboard update after a change, ${students} students, p95`, ms(percentile(latencies, 95)));
  } finally {
    await server.close();
  }
}
