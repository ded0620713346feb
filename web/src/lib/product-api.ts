/** Calls to the product REST API (`/api/...`). Errors come back as `{error: {code, message}}`. */
import type { ClockAction, CreatedPlayground, PlaygroundInfo } from '../../../shared/api/product.js';
import type { ClockState } from '../../../shared/api/ws.js';

/** An error answered by the product API, carrying its code and HTTP status. */
export class ApiFailure extends Error {
  constructor(message: string, readonly status: number, readonly code: string) {
    super(message);
  }
}

export type FaultType = 'stop-kubelet' | 'start-kubelet' | 'crash-pod' | 'partition-node' | 'unpullable-image' | 'delete-node' | 'exhaust-memory';

export interface FaultRequest {
  type: FaultType;
  target: string;
  namespace?: string;
  at?: number;
}

export interface LoadRequest {
  /** 'svc/name' or 'ing/name'. */
  target: string;
  namespace: string;
  rps: number;
  durationSeconds: number;
}

export interface PluginVerdict {
  plugin: string;
  passed: boolean;
  reason?: string;
}

export interface SchedulingVerdict {
  nodes: { node: string; plugins: PluginVerdict[] }[];
  message: string;
}

export interface ExerciseSummary {
  id: string;
  title: string;
  summary?: string;
  difficulty?: string;
  topics?: string[];
  instructions?: { title: string; body: string }[];
  hints?: string[];
  checks?: { id: string; name: string; points: number; type: string }[];
}

export interface GradeResult {
  exercise: string;
  passed: boolean;
  score: number;
  maxScore: number;
  checks: { id: string; name: string; passed: boolean; message: string; points: number }[];
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiFailure(err?.message ?? (text || res.statusText), res.status, err?.code ?? String(res.status));
  }
  return data as T;
}

const enc = encodeURIComponent;

/** Product API bound to one playground key (edit or view). */
export const productApi = {
  create: (template?: string, exercise?: string) => call<CreatedPlayground>('POST', '/api/playgrounds', exercise ? { exercise } : { template }),
  info: (key: string) => call<PlaygroundInfo>('GET', `/api/playgrounds/${enc(key)}`),
  clock: (key: string, action: ClockAction) => call<{ clock: ClockState }>('POST', `/api/playgrounds/${enc(key)}/clock`, action),
  fault: (key: string, fault: FaultRequest) => call<unknown>('POST', `/api/playgrounds/${enc(key)}/faults`, fault),
  load: (key: string, load: LoadRequest) => call<unknown>('POST', `/api/playgrounds/${enc(key)}/load`, load),
  fork: (key: string) => call<CreatedPlayground>('POST', `/api/playgrounds/${enc(key)}/fork`, {}),
  scheduling: (key: string, namespace: string, pod: string) =>
    call<SchedulingVerdict>('GET', `/api/playgrounds/${enc(key)}/scheduling/${enc(namespace)}/${enc(pod)}`),
  exercise: (id: string) => call<ExerciseSummary>('GET', `/api/exercises/${enc(id)}`),
  grade: (key: string, exercise: string) => call<GradeResult>('POST', `/api/playgrounds/${enc(key)}/grade`, { exercise }),
  /** The server's kubeconfig for this key (the capability is in the server URL). */
  kubeconfig: async (key: string): Promise<string> => {
    const res = await fetch(`/api/playgrounds/${enc(key)}/kubeconfig`);
    if (!res.ok) throw new ApiFailure(res.statusText, res.status, String(res.status));
    return res.text();
  },
  /** The exercise catalog, or null while the server has none (404). */
  exercises: async (): Promise<ExerciseSummary[] | null> => {
    try {
      const data = await call<ExerciseSummary[] | { exercises?: ExerciseSummary[]; items?: ExerciseSummary[] }>('GET', '/api/exercises');
      return Array.isArray(data) ? data : (data?.exercises ?? data?.items ?? []);
    } catch (e) {
      if (e instanceof ApiFailure && e.status === 404) return null;
      throw e;
    }
  },
};
