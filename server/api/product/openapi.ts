/** The OpenAPI 3.1 document of the product API (`/api/...`), served at GET /api/openapi.json. The Kubernetes
 * API under /clusters/<key>/ has its own discovery and OpenAPI documents and is not described here. */
import { Hono } from 'hono';
import { FAULT_TYPES } from '../../sim/controllers/lifecycle/fault-actions.js';

type Schema = Record<string, unknown>;
type Operation = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, Schema>, required: string[] = []): Schema => ({ type: 'object', properties, ...(required.length ? { required } : {}) });
const str = (description?: string): Schema => ({ type: 'string', ...(description ? { description } : {}) });
const num = (description?: string): Schema => ({ type: 'number', ...(description ? { description } : {}) });
const int = (description?: string): Schema => ({ type: 'integer', ...(description ? { description } : {}) });
const bool: Schema = { type: 'boolean' };
const arr = (items: Schema): Schema => ({ type: 'array', items });

const json = (schema: Schema) => ({ 'application/json': { schema } });
const ok = (description: string, schema: Schema, status = '200') => ({ [status]: { description, content: json(schema) } });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { $ref: `#/components/responses/E${code}` }]));
const body = (schema: Schema, required = true) => ({ requestBody: { required, content: json(schema) } });

const path = (name: string, description: string): Schema => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const KEY = path('key', 'A playground edit key or view key (the capability in /clusters/<key>).');
const TEACHER = path('teacherKey', 'The secret teacher key of a classroom.');
const STUDENT = path('studentKey', 'The secret key a student got when joining.');

function op(tag: string, summary: string, responses: Record<string, unknown>, extra: Operation = {}): Operation {
  return { tags: [tag], summary, ...extra, responses };
}

const schemas: Record<string, Schema> = {
  Error: obj({ error: obj({ code: str('Machine-readable code, e.g. not_found, forbidden, invalid_body.'), message: str(), details: {} }, ['code', 'message']) }, ['error']),
  ClockState: obj({ now: int('Simulated time, ms since the Unix epoch.'), paused: bool, speed: num('1 to 100 simulated seconds per real second.') }, ['now', 'paused', 'speed']),
  PlaygroundInfo: obj(
    {
      id: str(),
      name: str(),
      template: str(),
      role: { type: 'string', enum: ['edit', 'view'] },
      createdAt: str('RFC 3339 time.'),
      kubeServer: str('Kubernetes API base for this key: `kubectl --server <kubeServer>`.'),
      url: str('The playground page for this key.'),
      viewKubeServer: str(),
      viewUrl: str(),
      clock: ref('ClockState'),
    },
    ['id', 'name', 'template', 'role', 'kubeServer', 'url', 'clock'],
  ),
  CreatedPlayground: {
    allOf: [ref('PlaygroundInfo'), obj({ editKey: str(), viewKey: str(), kubeconfig: str('A kubeconfig (YAML) using the edit key.') }, ['editKey', 'viewKey', 'kubeconfig'])],
  },
  Fault: obj(
    {
      type: { type: 'string', enum: [...FAULT_TYPES] },
      target: str('A node name, a pod name (or a prefix of one), or an image reference.'),
      namespace: str('For pod faults; default `default`.'),
    },
    ['type', 'target'],
  ),
  LoadGenerator: obj(
    {
      id: str(),
      target: str('`svc/<name>` or `ing/<name>`.'),
      namespace: str(),
      rps: num(),
      durationSeconds: int(),
      path: str(),
      host: str(),
      state: str(),
      startedAt: str(),
      endsAt: str(),
      requests: int('Requests sent so far.'),
      errors: int(),
      pods: { type: 'object', additionalProperties: { type: 'integer' }, description: 'Requests served per pod.' },
      lastError: str(),
      simulated: { const: true },
    },
    ['id', 'target', 'rps', 'state', 'requests'],
  ),
  Exercise: {
    type: 'object',
    description: 'An exercise in the format described in the README (id, title, summary, instructions, setup, checks, hints, solution).',
    required: ['id', 'title', 'summary', 'instructions', 'checks', 'solution'],
    properties: { id: str(), title: str(), summary: str(), instructions: arr(obj({ title: str(), body: str('Markdown.') })), setup: { type: 'object' }, checks: arr({ type: 'object' }), hints: arr(str()), solution: { type: 'object' } },
  },
  ExerciseSummary: obj(
    {
      id: str(),
      title: str(),
      summary: str(),
      topics: arr(str()),
      difficulty: { type: 'string', enum: ['beginner', 'intermediate', 'advanced'] },
      instructions: arr(obj({ title: str(), body: str() })),
      setup: { type: 'object' },
      hints: arr(str()),
      checks: arr(obj({ id: str(), name: str(), points: int(), type: { type: 'string', enum: ['state', 'history', 'behaviour'] } })),
    },
    ['id', 'title', 'summary', 'checks'],
  ),
  CheckResult: obj({ id: str(), name: str(), passed: bool, message: str('Why it passed or failed, naming objects and values.'), points: int() }, ['id', 'name', 'passed', 'message', 'points']),
  GradeResult: obj({ exercise: str(), passed: bool, score: int(), maxScore: int(), checks: arr(ref('CheckResult')) }, ['exercise', 'passed', 'score', 'maxScore', 'checks']),
  Classroom: { type: 'object', description: 'A classroom as its teacher sees it: exercises, the current one, students with their progress.', additionalProperties: true },
};

const responses = Object.fromEntries(
  [
    [400, 'The request body or a parameter is invalid.'],
    [401, 'An API key is required (`Authorization: Bearer <key>`).'],
    [403, 'The key does not allow this (e.g. a view key on a write).'],
    [404, 'Unknown or wrong key, or no such object.'],
    [409, 'Conflict with the current state.'],
    [413, 'The request body is too large.'],
    [429, 'Rate limited.'],
  ].map(([code, description]) => [`E${code}`, { description, content: json(ref('Error')) }]),
);

const PG = 'playgrounds';
const SIM = 'simulation';
const EX = 'exercises';
const CL = 'classrooms';

const paths: Record<string, Record<string, unknown>> = {
  '/api/openapi.json': { get: op('meta', 'This document', { '200': { description: 'OpenAPI 3.1 document', content: json({ type: 'object' }) } }) },
  '/api/templates': {
    get: op(PG, 'Cluster templates a playground can start from', ok('Templates', obj({ templates: arr(obj({ id: str(), title: str(), description: str(), nodes: int() })) }))),
  },
  '/api/playgrounds': {
    post: op(PG, 'Create a playground, optionally set up for an exercise', { ...ok('Created', ref('CreatedPlayground'), '201'), ...errors(400, 404) }, body(obj({ name: str(), template: str('default, single-node, multi-zone or empty.'), seed: int(), exercise: str('Exercise id: the playground is created with its setup applied.') }), false)),
  },
  '/api/playgrounds/{key}': {
    parameters: [KEY],
    get: op(PG, 'Playground info for a key', { ...ok('Info', ref('PlaygroundInfo')), ...errors(404) }),
    delete: op(PG, 'Delete a playground (edit key)', { ...ok('Deleted', obj({ deleted: bool, id: str() })), ...errors(403, 404) }),
  },
  '/api/playgrounds/{key}/kubeconfig': {
    parameters: [KEY],
    get: op(PG, 'Download a kubeconfig for this key', { '200': { description: 'kubeconfig', content: { 'application/yaml': { schema: str() } } }, ...errors(404) }),
  },
  '/api/playgrounds/{key}/clock': {
    parameters: [KEY],
    post: op(
      PG,
      'Pause, resume, step or change the speed of the simulated clock (edit key)',
      { ...ok('The clock', obj({ clock: ref('ClockState') })), ...errors(400, 403, 404) },
      body({
        oneOf: [
          obj({ action: { const: 'pause' } }, ['action']),
          obj({ action: { const: 'resume' } }, ['action']),
          obj({ action: { const: 'step' }, seconds: num('Simulated seconds to run; default 1.') }, ['action']),
          obj({ action: { const: 'speed' }, speed: num('0.5 to 100.') }, ['action', 'speed']),
        ],
      }),
    ),
  },
  '/api/playgrounds/{key}/fork': {
    parameters: [KEY],
    post: op(SIM, 'Fork: copy the cluster (objects, clock, simulation state) into a new playground; view keys may fork', { ...ok('The new playground', ref('CreatedPlayground'), '201'), ...errors(400, 404) }, body(obj({ name: str() }), false)),
  },
  '/api/playgrounds/{key}/faults': {
    parameters: [KEY],
    get: op(SIM, 'Active and scheduled faults', { ...ok('Faults', obj({ now: int(), active: arr({ type: 'object' }), scheduled: arr({ allOf: [ref('Fault'), obj({ id: str(), at: int() })] }) })), ...errors(404) }),
    post: op(
      SIM,
      'Inject a fault now or at a simulated time (edit key)',
      { '202': { description: 'Applied or scheduled', content: json(obj({ fault: { allOf: [ref('Fault'), obj({ id: str(), at: int(), state: { type: 'string', enum: ['applied', 'scheduled'] } })] } })) }, ...errors(400, 403, 404) },
      body({ allOf: [ref('Fault'), obj({ at: num('Seconds from now on the simulated clock.') })] }),
    ),
  },
  '/api/playgrounds/{key}/load': {
    parameters: [KEY],
    get: op(SIM, 'Simulated load generators', { ...ok('Generators', obj({ simulated: bool, generators: arr(ref('LoadGenerator')) })), ...errors(404) }),
    post: op(
      SIM,
      'Start a load generator against a Service or an Ingress (edit key)',
      { ...ok('Started', ref('LoadGenerator'), '201'), ...errors(400, 403, 404, 409) },
      body(obj({ target: str('`svc/<name>` or `ing/<name>`.'), namespace: str(), rps: num('1 to 10000 requests per second.'), durationSeconds: int(), path: str(), host: str() }, ['target', 'rps', 'durationSeconds'])),
    ),
  },
  '/api/playgrounds/{key}/load/{id}': {
    parameters: [KEY, path('id', 'Load generator id.')],
    delete: op(SIM, 'Stop a load generator (edit key)', { ...ok('Stopped', ref('LoadGenerator')), ...errors(403, 404) }),
  },
  '/api/playgrounds/{key}/scheduling/{namespace}/{pod}': {
    parameters: [KEY, path('namespace', 'Pod namespace.'), path('pod', 'Pod name.')],
    get: op(SIM, 'Why a pod is (not) scheduled: every scheduler plugin on every node', {
      ...ok(
        'Explanation',
        obj({ pod: str(), namespace: str(), nodeName: str(), scheduled: bool, message: str(), nodes: arr(obj({ node: str(), plugins: arr(obj({ plugin: str(), passed: bool, reason: str() })), score: { type: ['number', 'null'] } })) }),
      ),
      ...errors(404),
    }),
  },
  '/api/playgrounds/{key}/images': {
    parameters: [KEY],
    get: op(SIM, 'The simulated image registry: well-known images plus the playground’s own', { ...ok('Images', obj({ simulated: bool, images: arr({ type: 'object' }) })), ...errors(404) }),
    post: op(
      SIM,
      'Add an image of your own to the simulated registry (edit key)',
      { ...ok('Added', { type: 'object' }, '201'), ...errors(400, 403, 404, 409) },
      body(obj({ name: str('Repository, no tag: `myorg/app`.'), tags: arr(str()), sizeBytes: int(), description: str(), behavior: obj({ kind: { type: 'string', enum: ['server', 'shell', 'exit'] }, ports: arr(int()), memoryMi: num(), cpuMilli: num(), cpuPerRequestMilli: num(), startupMs: int(), output: arr(str()), exitCode: int() }, ['kind']) }, ['name', 'tags'])),
    ),
  },
  '/api/exercises': {
    get: op(EX, 'The exercise catalog (built-in and registered; no solutions)', ok('Exercises', obj({ exercises: arr(ref('ExerciseSummary')) }))),
    post: op(
      EX,
      'Register a custom exercise (API key; JSON or YAML body)',
      { ...ok('Registered', ref('ExerciseSummary'), '201'), ...errors(400, 401, 409, 413, 429) },
      { security: [{ apiKey: [] }], requestBody: { required: true, content: { ...json(ref('Exercise')), 'application/yaml': { schema: str() } } } },
    ),
  },
  '/api/exercises/{id}': {
    parameters: [path('id', 'Exercise id.')],
    get: op(EX, 'One exercise (no solution)', { ...ok('Exercise', ref('ExerciseSummary')), ...errors(404) }),
  },
  '/api/playgrounds/{key}/grade': {
    parameters: [KEY],
    post: op(
      EX,
      'Grade a playground against an exercise; deterministic and read-only (view keys may grade)',
      {
        '200': { description: 'The result; JUnit XML with `Accept: application/xml`', content: { ...json(ref('GradeResult')), 'application/xml': { schema: str('A JUnit <testsuite> with one <testcase> per check.') } } },
        ...errors(400, 404),
      },
      body(obj({ exercise: { oneOf: [str('A catalog exercise id.'), ref('Exercise')] } }, ['exercise'])),
    ),
  },
  '/api/classrooms': {
    post: op(CL, 'Create a classroom; the answer is the only time the teacher key is shown', { ...ok('Created: teacher key and link, join code and link', { type: 'object' }, '201'), ...errors(400, 404) }, body(obj({ name: str(), exercises: arr(str('Exercise id.')) }, ['name', 'exercises']))),
  },
  '/api/classrooms/join/{code}': {
    parameters: [path('code', 'The short join code.')],
    post: op(CL, 'Join as a student with a display name; creates the student’s playground', { ...ok('The student key and playground', { type: 'object' }, '201'), ...errors(400, 404) }, body(obj({ name: str('Display name, 1–40 characters.') }, ['name']))),
  },
  '/api/classrooms/student/{studentKey}': {
    parameters: [STUDENT],
    get: op(CL, 'The student’s own view: exercise, playground keys, progress', { ...ok('Student view', { type: 'object' }), ...errors(404) }),
  },
  '/api/classrooms/student/{studentKey}/events': {
    parameters: [STUDENT],
    get: op(CL, 'Server-sent events with the student’s grading progress', { '200': { description: 'text/event-stream (`progress` events)', content: { 'text/event-stream': { schema: str() } } }, ...errors(404) }),
  },
  '/api/classrooms/{teacherKey}': {
    parameters: [TEACHER],
    get: op(CL, 'The teacher dashboard: students, per-check progress, view keys', { ...ok('Classroom', ref('Classroom')), ...errors(404) }),
  },
  '/api/classrooms/{teacherKey}/events': {
    parameters: [TEACHER],
    get: op(CL, 'Server-sent events with roster and progress updates', { '200': { description: 'text/event-stream (`roster` and progress events)', content: { 'text/event-stream': { schema: str() } } }, ...errors(404) }),
  },
  '/api/classrooms/{teacherKey}/reset': {
    parameters: [TEACHER],
    post: op(CL, 'Reset one student’s playground, or everyone’s', { ...ok('Reset', obj({ reset: {} })), ...errors(400, 404) }, body(obj({ student: str('Student id; omit for all.') }), false)),
  },
  '/api/classrooms/{teacherKey}/broadcast-fault': {
    parameters: [TEACHER],
    post: op(CL, 'Inject the same fault into every student’s playground', { '202': { description: 'Broadcast', content: json(obj({ fault: ref('Fault'), students: {} })) }, ...errors(400, 404) }, body(ref('Fault'))),
  },
  '/api/classrooms/{teacherKey}/next': {
    parameters: [TEACHER],
    post: op(CL, 'Move everyone to the next exercise', { ...ok('The current exercise', obj({ current: {} })), ...errors(404, 409) }),
  },
  '/api/classrooms/{teacherKey}/results.csv': {
    parameters: [TEACHER],
    get: op(CL, 'Export results as CSV', { '200': { description: 'CSV', content: { 'text/csv': { schema: str() } } }, ...errors(404) }),
  },
  '/api/classrooms/{teacherKey}/webhook': {
    parameters: [TEACHER],
    put: op(CL, 'Set (or clear with null) the URL that receives a student’s results when they change', { ...ok('Webhook', obj({ webhookUrl: { type: ['string', 'null'] } })), ...errors(400, 404) }, body(obj({ url: { type: ['string', 'null'] } }, ['url']))),
  },
};

/** The OpenAPI document describing every product route. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'kube playground product API',
      version: '1.0.0',
      description:
        'Playgrounds, time control, faults, load, images, exercises, grading and classrooms. Each playground also serves the Kubernetes API at `/clusters/<key>/` for kubectl. Errors are `{error: {code, message, details}}`.',
    },
    tags: [
      { name: PG, description: 'Create and control playgrounds' },
      { name: SIM, description: 'Simulation controls: fork, faults, load, scheduling, images' },
      { name: EX, description: 'Exercises and grading' },
      { name: CL, description: 'Classrooms' },
    ],
    paths,
    components: {
      schemas,
      responses,
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key created by the operator (course platforms).' } },
    },
  };
}

/** GET /api/openapi.json. */
export function openApiRoutes(): Hono {
  const app = new Hono();
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  return app;
}
