/** Calls to the classroom API and its live event streams. */
import type { BroadcastOutcome, CreatedClassroom, StudentView, TeacherView } from '../../../shared/api/classroom.js';
import { ApiFailure } from '../lib/product-api.js';

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!res.ok) throw new ApiFailure(data?.error?.message ?? res.statusText, res.status, data?.error?.code ?? String(res.status));
  return data as T;
}

const enc = encodeURIComponent;

export const classroomApi = {
  create: (name: string, exercises: string[]) => call<CreatedClassroom>('POST', '/api/classrooms', { name, exercises }),
  join: (code: string, name: string) => call<StudentView>('POST', `/api/classrooms/join/${enc(code)}`, { name }),
  student: (studentKey: string) => call<StudentView>('GET', `/api/classrooms/student/${enc(studentKey)}`),
  teacher: (teacherKey: string) => call<TeacherView>('GET', `/api/classrooms/${enc(teacherKey)}`),
  reset: (teacherKey: string, student?: string) => call<{ reset: number }>('POST', `/api/classrooms/${enc(teacherKey)}/reset`, student ? { student } : {}),
  next: (teacherKey: string) => call<{ current: number }>('POST', `/api/classrooms/${enc(teacherKey)}/next`, {}),
  fault: (teacherKey: string, type: string, target: string) =>
    call<{ students: BroadcastOutcome[] }>('POST', `/api/classrooms/${enc(teacherKey)}/broadcast-fault`, { type, target }),
  csvUrl: (teacherKey: string) => `/api/classrooms/${enc(teacherKey)}/results.csv`,
  teacherEvents: (teacherKey: string) => `/api/classrooms/${enc(teacherKey)}/events`,
  studentEvents: (studentKey: string) => `/api/classrooms/student/${enc(studentKey)}/events`,
};

/** Listens to a server-sent event stream; EventSource reconnects by itself after a drop. */
export function listen(url: string, handlers: Record<string, (data: any) => void>): () => void {
  const source = new EventSource(url);
  for (const [event, fn] of Object.entries(handlers)) source.addEventListener(event, (e) => fn(JSON.parse((e as MessageEvent<string>).data)));
  return () => source.close();
}
