/** Multi-document YAML as the editor applies it: each document's object and line, and how to find the line of
 * a field the server rejected (`spec.template.spec.containers[0].image`). */
import { isMap, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { KObject } from '../../../shared/k8s/types.js';

export interface ParsedDocument {
  /** 0-based position among the non-empty documents. */
  index: number;
  object: KObject | null;
  /** 1-based line where the document's content starts. */
  line: number;
  /** Syntax or shape problems, each at a 1-based line. */
  errors: { line: number; message: string }[];
  doc: Document.Parsed;
}

export interface ParsedFile {
  documents: ParsedDocument[];
  lineCounter: LineCounter;
}

/** Parses every document of a file; empty documents (a trailing `---`) are skipped. */
export function parseDocuments(text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const all = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const list = Array.isArray(all) ? all : [];
  const documents: ParsedDocument[] = [];
  for (const doc of list) {
    if (doc.errors.length === 0 && doc.toJS({ maxAliasCount: 50 }) == null) continue;
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    const line = lineCounter.linePos(start).line;
    const errors = doc.errors.map((e) => ({ line: lineCounter.linePos(e.pos[0]).line, message: e.message.split('\n')[0] }));
    let object: KObject | null = null;
    if (errors.length === 0) {
      const value = doc.toJS({ maxAliasCount: 50 }) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        object = value as KObject;
        if (!object.apiVersion || !object.kind) {
          errors.push({ line, message: `Object 'Kind' is missing in '${JSON.stringify(value).slice(0, 60)}'` });
          object = null;
        } else if (!object.metadata?.name) {
          errors.push({ line, message: 'resource name may not be empty' });
          object = null;
        }
      } else {
        errors.push({ line, message: 'a manifest must be a mapping with apiVersion, kind and metadata' });
      }
    }
    documents.push({ index: documents.length, object, line, errors, doc });
  }
  return { documents, lineCounter };
}

/** Splits a Kubernetes field path into map keys and list indexes: `a.b[0].c`, `metadata.labels[app]`. */
export function fieldSegments(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /([^.[\]]+)|\[([^\]]*)\]/g;
  for (let m = re.exec(field); m; m = re.exec(field)) {
    if (m[1] !== undefined) out.push(m[1]);
    else out.push(/^\d+$/.test(m[2]) ? Number(m[2]) : m[2]);
  }
  return out;
}

/** The 1-based line of a field in a document, or of its nearest existing ancestor. */
export function lineOfField(file: ParsedFile, doc: ParsedDocument, field: string): number {
  let node: unknown = doc.doc.contents;
  let line = doc.line;
  for (const seg of fieldSegments(field)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = p.key as { value?: unknown } | string | null;
        return (typeof k === 'object' && k !== null ? k.value : k) === seg;
      });
      if (!pair) break;
      const keyRange = (pair.key as { range?: [number, number, number] } | null)?.range;
      if (keyRange) line = file.lineCounter.linePos(keyRange[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      if (item.range) line = file.lineCounter.linePos(item.range[0]).line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}
