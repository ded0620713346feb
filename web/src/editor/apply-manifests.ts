/** Applies, dry-runs or deletes every document of an editor file, turning server Status errors into messages
 * pinned to the line of the offending field. */
import type { KObject, Status } from '../../../shared/k8s/types.js';
import { displayName, KubeFailure } from '../lib/kube-api.js';
import { lineOfField, parseDocuments } from './yaml-documents.js';

export type ApplyMode = 'apply' | 'dry-run' | 'delete';

export interface Diagnostic {
  line: number;
  message: string;
}

export interface DocResult {
  line: number;
  ok: boolean;
  /** What kubectl would print: 'deployment.apps/web created (server dry run)'. */
  text: string;
  diagnostics: Diagnostic[];
}

/** The subset of the Kubernetes client the editor needs. */
export interface ManifestApi {
  apply(doc: KObject, opts: { dryRun?: boolean }): Promise<{ object: KObject; created: boolean }>;
  remove(apiVersion: string, kind: string, name: string, namespace?: string, dryRun?: boolean): Promise<void>;
}

/** Formats an error Status the way kubectl prints it. */
export function statusMessage(status: Status): string {
  const causes = status.details?.causes ?? [];
  if (status.reason === 'Invalid' && causes.length > 0) {
    const head = `The ${status.details?.kind ?? 'object'} "${status.details?.name ?? ''}" is invalid: `;
    return `${head}\n${causes.map((c) => `* ${c.field ? `${c.field}: ` : ''}${c.message}`).join('\n')}`;
  }
  return `Error from server (${status.reason ?? 'InternalError'}): ${status.message ?? ''}`;
}

/** Runs one action over every document of a file, in order, continuing after failures like kubectl does. */
export async function runManifests(text: string, mode: ApplyMode, api: ManifestApi): Promise<DocResult[]> {
  const file = parseDocuments(text);
  const results: DocResult[] = [];
  if (file.documents.length === 0) {
    return [{ line: 1, ok: false, text: 'error: no objects passed to apply', diagnostics: [] }];
  }
  for (const doc of file.documents) {
    if (!doc.object) {
      results.push({ line: doc.line, ok: false, text: `error: document ${doc.index + 1}: ${doc.errors[0]?.message ?? 'invalid'}`, diagnostics: doc.errors });
      continue;
    }
    const obj = doc.object;
    const name = displayName(obj);
    const suffix = mode === 'dry-run' ? ' (server dry run)' : '';
    try {
      if (mode === 'delete') {
        await api.remove(obj.apiVersion, obj.kind, obj.metadata.name ?? '', obj.metadata.namespace);
        results.push({ line: doc.line, ok: true, text: `${name} deleted`, diagnostics: [] });
      } else {
        const res = await api.apply(obj, { dryRun: mode === 'dry-run' });
        results.push({ line: doc.line, ok: true, text: `${name} ${res.created ? 'created' : 'configured'}${suffix}`, diagnostics: [] });
      }
    } catch (e) {
      if (!(e instanceof KubeFailure)) {
        results.push({ line: doc.line, ok: false, text: `error: ${e instanceof Error ? e.message : String(e)}`, diagnostics: [{ line: doc.line, message: String(e) }] });
        continue;
      }
      const causes = e.status.details?.causes ?? [];
      const diagnostics = causes.length
        ? causes.map((c) => ({ line: c.field ? lineOfField(file, doc, c.field) : doc.line, message: `${c.field ? `${c.field}: ` : ''}${c.message ?? c.reason ?? ''}` }))
        : [{ line: doc.line, message: e.status.message ?? e.message }];
      results.push({ line: doc.line, ok: false, text: statusMessage(e.status), diagnostics });
    }
  }
  return results;
}
