/** kubectl apply -f: client-side apply with the last-applied annotation and a three-way strategic merge patch. */
import type { KObject } from '../../k8s/types';
import { apiVersionOf } from '../../k8s/resources';
import { call, getOptional, mustResolveKind, resourcePath } from '../api';
import { LAST_APPLIED, lastApplied, threeWayPatch, withLastApplied } from '../apply-patch';
import { CommandError, formatError, withSource } from '../errors';
import type { Invocation } from '../invocation';
import { readFilenames } from '../manifests';
import { boolFlag, listFlag } from '../parse';
import { dryRunOf, manifestNamespace, printResult, writeQuery } from '../write-helpers';

const FIELD_MANAGER = 'kubectl-client-side-apply';

/** Runs `kubectl apply`. */
export async function apply(inv: Invocation): Promise<number> {
  if (inv.args[0] === 'view-last-applied' || inv.args[0] === 'set-last-applied' || inv.args[0] === 'edit-last-applied') {
    throw new CommandError(`apply ${inv.args[0]} is not supported in this simulated cluster`);
  }
  if (listFlag(inv.parsed, 'filename').length === 0 && !inv.parsed.flags.has('kustomize')) {
    throw new CommandError('error: must specify one of -f and -k');
  }
  if (boolFlag(inv.parsed, 'server-side')) return serverSideApply(inv);
  const dryRun = dryRunOf(inv);
  const manifests = readFilenames(inv);
  let failed = false;
  for (const { obj, source } of manifests) {
    try {
      const info = mustResolveKind(obj.apiVersion, obj.kind, obj.metadata?.name, source);
      if (!obj.metadata?.name) throw new CommandError(`error when retrieving current configuration of:\nResource: "${info.group ? `${info.group}/` : ''}${info.version}, Resource=${info.resource}", GroupVersionKind: "${apiVersionOf(info)}, Kind=${info.kind}"\nName: "", Namespace: "${inv.namespace}"\nfrom server for: "${source}": resource name may not be empty`);
      const namespace = manifestNamespace(inv, info, obj);
      const desired: KObject = { ...obj, metadata: { ...obj.metadata, ...(namespace ? { namespace } : {}) } };
      const modified = withLastApplied(desired);
      const current = await getOptional(inv.client, resourcePath(info, namespace, obj.metadata.name));
      if (!current) {
        let created = modified;
        if (dryRun !== 'client') {
          try {
            created = await call(inv.client, { method: 'POST', path: resourcePath(info, namespace), body: modified, query: writeQuery(dryRun, FIELD_MANAGER) });
          } catch (err) {
            throw withSource(err, 'creating', source);
          }
        }
        printResult(inv, info, created, 'created', dryRun);
        continue;
      }
      if (!current.metadata.annotations?.[LAST_APPLIED]) {
        inv.io.stderr(
          `Warning: resource ${info.resource}/${obj.metadata.name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`,
        );
      }
      const patch = threeWayPatch(lastApplied(current), modified, current);
      if (Object.keys(patch).length === 0) {
        printResult(inv, info, current, 'unchanged', dryRun);
        continue;
      }
      let patched = current;
      if (dryRun !== 'client') {
        try {
          patched = await call(inv.client, {
            method: 'PATCH',
            path: resourcePath(info, namespace, obj.metadata.name),
            body: patch,
            contentType: 'application/strategic-merge-patch+json',
            query: writeQuery(dryRun, FIELD_MANAGER),
          });
        } catch (err) {
          throw withSource(err, 'patching', source);
        }
      }
      printResult(inv, info, patched, 'configured', dryRun);
    } catch (err) {
      failed = true;
      inv.io.stderr(formatError(err));
    }
  }
  return failed ? 1 : 0;
}

async function serverSideApply(inv: Invocation): Promise<number> {
  const dryRun = dryRunOf(inv);
  let failed = false;
  for (const { obj, source } of readFilenames(inv)) {
    try {
      const info = mustResolveKind(obj.apiVersion, obj.kind, obj.metadata?.name, source);
      const namespace = manifestNamespace(inv, info, obj);
      const query: Record<string, string> = { fieldManager: 'kubectl', fieldValidation: 'Strict' };
      if (boolFlag(inv.parsed, 'force-conflicts')) query.force = 'true';
      if (dryRun === 'server') query.dryRun = 'All';
      const existed = await getOptional(inv.client, resourcePath(info, namespace, obj.metadata.name));
      const body = { ...obj, metadata: { ...obj.metadata, ...(namespace ? { namespace } : {}) } };
      let result: KObject;
      try {
        result = await call(inv.client, { method: 'PATCH', path: resourcePath(info, namespace, obj.metadata.name), body: JSON.stringify(body), contentType: 'application/apply-patch+yaml', query });
      } catch (err) {
        throw withSource(err, 'patching', source);
      }
      const same = existed && existed.metadata.resourceVersion === result.metadata.resourceVersion;
      printResult(inv, info, result, existed ? (same ? 'unchanged' : 'serverside-applied') : 'serverside-applied', dryRun);
    } catch (err) {
      failed = true;
      inv.io.stderr(formatError(err));
    }
  }
  return failed ? 1 : 0;
}
