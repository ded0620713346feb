/** The drizzle schema shared by every runtime: better-sqlite3 on Node, Durable Object SQLite on Workers. */
import { sqliteTable, text, integer, real, primaryKey } from 'drizzle-orm/sqlite-core';

/** One row per playground: its capabilities (hashed), clock and resourceVersion counter. */
export const playgrounds = sqliteTable(
  'playgrounds',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    template: text('template').notNull(),
    seed: integer('seed').notNull(),
    editKeyHash: text('edit_key_hash').notNull().unique(),
    viewKeyHash: text('view_key_hash').notNull().unique(),
    createdAt: integer('created_at').notNull(),
    /** Simulated time (ms) at `clockAnchor` real time. */
    clockSim: integer('clock_sim').notNull(),
    clockAnchor: integer('clock_anchor').notNull(),
    clockPaused: integer('clock_paused', { mode: 'boolean' }).notNull().default(false),
    clockSpeed: real('clock_speed').notNull().default(1),
    resourceVersion: integer('resource_version').notNull().default(0),
    /** Simulation-only state that is not a Kubernetes object (registry additions, faults, load generators, RNG). */
    simState: text('sim_state').notNull().default('{}'),
    exercise: text('exercise'),
  },
);

/** Current Kubernetes objects of every cluster. */
export const objects = sqliteTable(
  'objects',
  {
    clusterId: text('cluster_id').notNull(),
    resource: text('resource').notNull(),
    namespace: text('namespace').notNull(),
    name: text('name').notNull(),
    resourceVersion: integer('resource_version').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.resource, t.namespace, t.name] })],
);

/** Every change in resourceVersion order: watch resume history and the event log grading reads. */
export const changes = sqliteTable(
  'changes',
  {
    clusterId: text('cluster_id').notNull(),
    resourceVersion: integer('resource_version').notNull(),
    type: text('type').notNull(),
    resource: text('resource').notNull(),
    namespace: text('namespace').notNull(),
    name: text('name').notNull(),
    /** Simulated time of the change (ms). */
    time: integer('time').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.resourceVersion] })],
);

export const schemaTables = { playgrounds, objects, changes };

/** API keys for course platforms, created by the operator (`npm run api-key`) or from the environment. */
export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  createdAt: integer('created_at').notNull(),
  ratePerMinute: integer('rate_per_minute').notNull().default(600),
});

/** Custom exercises registered through the API (the built-in library ships with the code). */
export const exercises = sqliteTable('exercises', {
  id: text('id').primaryKey(),
  body: text('body').notNull(),
  ownerKeyId: text('owner_key_id'),
  createdAt: integer('created_at').notNull(),
});

export const classrooms = sqliteTable('classrooms', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  teacherKeyHash: text('teacher_key_hash').notNull().unique(),
  joinCode: text('join_code').notNull().unique(),
  exercises: text('exercises').notNull(),
  current: integer('current').notNull().default(0),
  webhookUrl: text('webhook_url'),
  createdAt: integer('created_at').notNull(),
});

export const students = sqliteTable('students', {
  id: text('id').primaryKey(),
  classroomId: text('classroom_id').notNull(),
  name: text('name').notNull(),
  studentKeyHash: text('student_key_hash').notNull().unique(),
  playgroundId: text('playground_id'),
  exerciseIndex: integer('exercise_index').notNull().default(0),
  lastResult: text('last_result'),
  lastActivity: integer('last_activity').notNull(),
  createdAt: integer('created_at').notNull(),
});

/** Server-wide settings (the secret that derives classroom playground keys). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
