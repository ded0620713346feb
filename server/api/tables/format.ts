/** Cell formatting shared by several printers, mirroring the helpers of kube-apiserver's printers. */
import { canonicalQuantity } from '../../../shared/k8s/quantity.js';
import { formatLabelSelector } from '../../../shared/k8s/selectors.js';
import type { KObject } from '../../../shared/k8s/types.js';

/** labels.FormatLabels: sorted `k=v` pairs joined by ',', '<none>' when empty. */
export function formatLabels(labels: Record<string, string> | undefined | null): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

/** metav1.FormatLabelSelector: the selector string, '<none>' when it selects nothing or everything. */
export function selectorCell(selector: unknown): string {
  const text = formatLabelSelector(selector as Parameters<typeof formatLabelSelector>[0]);
  return text === '' ? '<none>' : text;
}

/** LabelSelectorAsSelector(...).String(): empty instead of '<none>', '<invalid>' instead of '<error>' (Deployments). */
export function selectorString(selector: unknown): string {
  const text = selectorCell(selector);
  if (text === '<none>') return '';
  return text === '<error>' ? '<invalid>' : text;
}

/** layoutContainerCells: container names and images, each joined by ','. */
export function containerCells(containers: { name?: string; image?: string }[] | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name ?? '').join(','), list.map((c) => c.image ?? '').join(',')];
}

/** The containers of a pod template at `spec.template`, for the wide workload columns. */
export function templateContainers(obj: KObject): { name?: string; image?: string }[] {
  return obj.spec?.template?.spec?.containers ?? [];
}

/** listWithMoreString: the first entries, then ' + N more...' for the rest, '<unset>' when empty. */
export function listWithMore(list: string[], total: number, max: number): string {
  const shown = list.slice(0, max).join(',');
  if (total > max) return `${shown} + ${total - max} more...`;
  return shown === '' ? '<unset>' : shown;
}

/** The distinct load balancer ingress points (IP, else hostname), sorted and joined by ','. Never clipped:
 * the server prints wide, where the 16-character clip does not apply. */
export function loadBalancerIngress(status: { ingress?: { ip?: string; hostname?: string }[] } | undefined): string {
  const set = new Set<string>();
  for (const ing of status?.ingress ?? []) {
    if (ing.ip) set.add(ing.ip);
    else if (ing.hostname) set.add(ing.hostname);
  }
  return [...set].sort().join(',');
}

/** helper.GetAccessModesAsString: RWO, ROX, RWX, RWOP in that fixed order. */
export function accessModes(modes: string[] | undefined): string {
  const present = new Set(modes ?? []);
  const short: [string, string][] = [
    ['ReadWriteOnce', 'RWO'],
    ['ReadOnlyMany', 'ROX'],
    ['ReadWriteMany', 'RWX'],
    ['ReadWriteOncePod', 'RWOP'],
  ];
  return short.filter(([mode]) => present.has(mode)).map(([, s]) => s).join(',');
}

/** A condition's status is True among a list of {type, status} conditions. */
export function conditionTrue(conditions: { type?: string; status?: string }[] | undefined, type: string): boolean {
  const found = (conditions ?? []).find((c) => c.type === type);
  return found?.status === 'True';
}

/** An int32 field that Go prints as 0 when unset. */
export function int(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

/** Quantity.String(): the canonical form ('1024Mi' → '1Gi'); an unparseable value is shown as written. */
export function quantity(value: string | number): string {
  try {
    return canonicalQuantity(value);
  } catch {
    return String(value);
  }
}
