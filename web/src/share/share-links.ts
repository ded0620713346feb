/** The links and snippets the share menu offers, built from the playground's info. */

/** Makes a possibly relative URL absolute against the page origin. */
export function absolute(url: string, origin: string): string {
  return new URL(url, origin).toString().replace(/\/$/, '');
}

/** A command that works from any terminal with kubectl installed. */
export function kubectlOneLiner(server: string): string {
  return `kubectl --server ${server} get pods -A`;
}

/** A kubeconfig for the playground: the capability key is in the server URL, so no credentials are needed. */
export function kubeconfigFor(server: string, name: string): string {
  const ctx = name.replace(/[^a-zA-Z0-9-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'playground';
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    `    server: ${server}`,
    `  name: ${ctx}`,
    'contexts:',
    '- context:',
    `    cluster: ${ctx}`,
    '    namespace: default',
    `    user: ${ctx}`,
    `  name: ${ctx}`,
    `current-context: ${ctx}`,
    'preferences: {}',
    'users:',
    `- name: ${ctx}`,
    '  user: {}',
    '',
  ].join('\n');
}

/** An iframe snippet embedding the read-only view. */
export function embedSnippet(viewUrl: string): string {
  const url = new URL(viewUrl);
  url.searchParams.set('embed', '1');
  return `<iframe src="${url}" width="960" height="600" style="border:0" title="kube playground" loading="lazy"></iframe>`;
}
