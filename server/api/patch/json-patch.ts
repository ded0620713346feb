import { applyPatch, JsonPatchError, type Operation } from 'fast-json-patch/index.mjs';
import { PatchError } from './errors.js';
import { cloneJson, isJsonMap } from './json-value.js';

const OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);

/** Applies an RFC 6902 JSON patch to a copy of `original`; invalid ops are 400, ops that do not apply are 422. */
export function applyJsonPatch(original: unknown, ops: unknown): unknown {
  const operations = decodeOperations(ops);
  try {
    return applyPatch(cloneJson(original), operations, true, true, true).newDocument;
  } catch (err) {
    if (err instanceof JsonPatchError) throw new PatchError(describeFailure(err, operations), 422);
    // fast-json-patch refuses `__proto__`/`constructor` paths with a TypeError; to the user that is an invalid patch.
    if (err instanceof TypeError) throw new PatchError(err.message, 422);
    throw err;
  }
}

// Mirrors the decoding step of the API server: a malformed document is a BadRequest before anything is applied.
function decodeOperations(ops: unknown): Operation[] {
  if (!Array.isArray(ops)) {
    throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch', 400);
  }
  return ops.map((op, index) => {
    if (!isJsonMap(op)) throw new PatchError(`invalid JSON patch operation at index ${index}`, 400);
    const kind = op.op;
    if (typeof kind !== 'string' || !OPS.has(kind)) throw new PatchError(`Unexpected kind: ${String(kind)}`, 400);
    if (typeof op.path !== 'string' || (op.path !== '' && !op.path.startsWith('/'))) {
      throw new PatchError(`${kind} operation has an invalid path: ${JSON.stringify(op.path)}`, 400);
    }
    if ((kind === 'add' || kind === 'replace' || kind === 'test') && !('value' in op)) {
      throw new PatchError(`${kind} operation does not apply: missing value`, 400);
    }
    if ((kind === 'move' || kind === 'copy') && typeof op.from !== 'string') {
      throw new PatchError(`${kind} operation does not apply: missing from`, 400);
    }
    return op as unknown as Operation;
  });
}

// Phrased like the Go json-patch library the API server uses, so users see familiar messages.
function describeFailure(err: JsonPatchError, operations: Operation[]): string {
  const op = (err.operation as Operation | undefined) ?? (err.index !== undefined ? operations[err.index] : undefined);
  const kind = op?.op ?? 'patch';
  const path = op?.path ?? '';
  switch (err.name) {
    case 'TEST_OPERATION_FAILED':
      return `testing value ${path} failed: test failed`;
    case 'OPERATION_PATH_UNRESOLVABLE':
      if (kind === 'replace') return `replace operation does not apply: doc is missing key: ${path}: missing value`;
      return `${kind} operation does not apply: doc is missing path: "${path}": missing value`;
    case 'OPERATION_FROM_UNRESOLVABLE':
      return `${kind} operation does not apply: doc is missing from path: ${(op as { from?: string }).from ?? ''}: missing value`;
    case 'OPERATION_PATH_CANNOT_ADD':
      return `add operation does not apply: doc is missing path: "${path}": missing value`;
    case 'OPERATION_VALUE_OUT_OF_BOUNDS':
    case 'OPERATION_PATH_ILLEGAL_ARRAY_INDEX':
      return `${kind} operation does not apply: doc is missing path: "${path}": invalid index referenced`;
    default:
      return `${kind} operation does not apply: ${err.message.split('\n')[0]}`;
  }
}
