/** The exercise file format (YAML), validated by zod: instructions, cluster setup, checks, hints and a
 * reference solution. Shared by the server (grading) and the web app (instructions, hints). */
import { z } from 'zod';

const Operator = z.enum(['equals', 'notEquals', 'contains', 'matches', '>=', '<=', '>', '<', 'exists', 'notExists', 'count']);

/** Which objects a check looks at. */
export const Selector = z
  .object({
    kind: z.string().min(1),
    apiVersion: z.string().optional(),
    namespace: z.string().optional(),
    name: z.string().optional(),
    labelSelector: z.string().optional(),
  })
  .strict();

/** A condition on a path of each selected object (`status.availableReplicas`, `spec.containers[*].image`). */
export const Assertion = z
  .object({
    path: z.string().optional(),
    op: Operator,
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  })
  .strict();

/** State: select objects now and assert. `count` compares how many objects matched (path ignored). With
 * `all: false` one matching object suffices (default: every selected object must pass, and at least one must exist). */
export const StateCheck = z
  .object({
    type: z.literal('state'),
    select: Selector,
    assert: z.array(Assertion).min(1),
    any: z.boolean().optional(),
  })
  .strict();

/** History over the cluster's change log since the exercise started:
 * - `never`: no recorded state of a selected object ever satisfied the condition (e.g. OOMKilled);
 * - `always`: every recorded state satisfied it (e.g. availableReplicas >= 2), from the first time the
 *   object satisfied `from` if given;
 * - `happened`: the events in `sequence` occurred in that order (DELETED of a pod, then ADDED of a pod);
 * - `changed`: the value at `path` took at least `atLeast` distinct values (a rollout changed the image). */
export const HistoryCheck = z
  .object({
    type: z.literal('history'),
    select: Selector,
    mode: z.enum(['never', 'always', 'happened', 'changed']),
    condition: Assertion.optional(),
    from: Assertion.optional(),
    sequence: z.array(z.object({ event: z.enum(['ADDED', 'MODIFIED', 'DELETED']), select: Selector.optional() }).strict()).optional(),
    path: z.string().optional(),
    atLeast: z.number().int().min(1).optional(),
  })
  .strict();

/** Behaviour: fork the cluster, inject a fault in the fork, advance simulated time, then assert state. */
export const BehaviourCheck = z
  .object({
    type: z.literal('behaviour'),
    fault: z
      .object({
        type: z.enum(['stop-kubelet', 'partition-node', 'delete-node', 'crash-pod', 'delete-pod', 'exhaust-memory', 'unpullable-image']),
        /** A node or pod name, or `any-worker` / `each-worker` (the check must pass for each worker). */
        target: z.string(),
        namespace: z.string().optional(),
      })
      .strict(),
    advanceSeconds: z.number().min(1).max(3600),
    select: Selector,
    assert: z.array(Assertion).min(1),
    any: z.boolean().optional(),
  })
  .strict();

export const Check = z.discriminatedUnion('type', [StateCheck, HistoryCheck, BehaviourCheck]);

const CheckEntry = z.intersection(
  z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), name: z.string().min(1), points: z.number().int().min(1).max(100).optional(), hint: z.string().optional() }),
  Check,
);

export const FaultSetup = z.object({ type: z.string(), target: z.string(), namespace: z.string().optional(), at: z.number().min(0).optional() }).strict();

/** Simulated traffic the setup starts (as the load generator API does), e.g. for an autoscaling exercise. */
export const LoadSetup = z
  .object({
    target: z.string().regex(/^(svc|ing)\/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/),
    namespace: z.string().optional(),
    rps: z.number().min(1).max(10_000),
    durationSeconds: z.number().int().min(1).max(86_400),
    path: z.string().startsWith('/').optional(),
  })
  .strict();

export const Exercise = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
    title: z.string().min(1).max(120),
    summary: z.string().min(1).max(400),
    topics: z.array(z.string()).default([]),
    difficulty: z.enum(['beginner', 'intermediate', 'advanced']).default('beginner'),
    instructions: z.array(z.object({ title: z.string(), body: z.string() }).strict()).min(1),
    setup: z
      .object({
        template: z.string().default('default'),
        seed: z.number().int().min(0).default(1),
        speed: z.number().min(0.5).max(100).default(1),
        manifests: z.string().default(''),
        faults: z.array(FaultSetup).default([]),
        load: z.array(LoadSetup).default([]),
        /** Simulated seconds to run after applying the setup, so it has settled before the learner starts. */
        settleSeconds: z.number().min(0).max(600).default(30),
      })
      .strict()
      .default({ template: 'default', seed: 1, speed: 1, manifests: '', faults: [], load: [], settleSeconds: 30 }),
    checks: z.array(CheckEntry).min(1),
    hints: z.array(z.string()).default([]),
    solution: z
      .object({
        commands: z.array(z.string()).default([]),
        manifests: z.string().default(''),
        /** Simulated seconds to let pass after the solution before grading. */
        waitSeconds: z.number().min(0).max(3600).default(60),
      })
      .strict(),
  })
  .strict();

export type Exercise = z.infer<typeof Exercise>;
export type ExerciseCheck = z.infer<typeof CheckEntry>;
export type Selector = z.infer<typeof Selector>;
export type Assertion = z.infer<typeof Assertion>;

export interface CheckResult {
  id: string;
  name: string;
  passed: boolean;
  message: string;
  points: number;
}

export interface GradeResult {
  exercise: string;
  passed: boolean;
  score: number;
  maxScore: number;
  checks: CheckResult[];
}

/** Exercise summary for catalogs (no solution). */
export function publicExercise(e: Exercise) {
  const { solution: _s, ...rest } = e;
  return { ...rest, checks: e.checks.map((c) => ({ id: c.id, name: c.name, points: c.points ?? 1, type: c.type })) };
}
