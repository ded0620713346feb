/** Reading manifests for -f: multi-document YAML or JSON, List kinds flattened, from stdin or the editor. */
import { parseAllDocuments } from 'yaml';
import type { KObject } from '../k8s/types';
import { CommandError } from './errors';
import type { Invocation } from './invocation';
import { listFlag } from './parse';

export interface Manifest {
  obj: KObject;
  /** Where it came from, as kubectl names it in messages ('STDIN' or the file name). */
  source: string;
}

/** Parses every document of a manifest text; throws kubectl's errors for malformed input. */
export function parseManifests(text: string, source: string): Manifest[] {
  const out: Manifest[] = [];
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    if (doc.errors.length > 0) throw new CommandError(`error parsing ${source}: ${doc.errors[0].message.split('\n')[0]}`);
    const value = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) throw new CommandError(`error validating data: invalid object in ${source}`);
    const obj = value as KObject;
    if (typeof obj.kind === 'string' && obj.kind.endsWith('List') && Array.isArray(obj.items)) {
      for (const item of obj.items) out.push({ obj: item, source });
      continue;
    }
    if (!obj.apiVersion || !obj.kind) {
      const missing = !obj.apiVersion ? 'apiVersion' : 'kind';
      throw new CommandError(`error validating "${source}": error validating data: ${missing} not set`);
    }
    out.push({ obj, source });
  }
  return out;
}

/** Reads the manifests named by -f (stdin for '-'); the terminal hands file contents in as stdin. */
export function readFilenames(inv: Invocation): Manifest[] {
  const files = listFlag(inv.parsed, 'filename');
  const out: Manifest[] = [];
  for (const file of files) {
    if (/^https?:\/\//.test(file)) throw new CommandError(`unable to read URL "${file}": remote manifests are not available in this simulated cluster`);
    if (inv.io.stdin === undefined) throw new CommandError(`the path "${file}" does not exist`);
    const source = file === '-' ? 'STDIN' : file;
    out.push(...parseManifests(inv.io.stdin, source));
  }
  if (files.length > 0 && out.length === 0) throw new CommandError('no objects passed to apply');
  return out;
}
