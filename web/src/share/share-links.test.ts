import { describe, it, expect } from 'vitest';
import { absolute, embedSnippet, kubeconfigFor, kubectlOneLiner } from './share-links.js';

describe('share links', () => {
  it('makes server-relative links absolute', () => {
    expect(absolute('/p/abc', 'https://play.example')).toBe('https://play.example/p/abc');
    expect(absolute('https://x.example/clusters/k', 'https://play.example')).toBe('https://x.example/clusters/k');
  });
  it('builds a kubectl command and a kubeconfig pointing at the cluster', () => {
    expect(kubectlOneLiner('https://play.example/clusters/k')).toBe('kubectl --server https://play.example/clusters/k get pods -A');
    const cfg = kubeconfigFor('https://play.example/clusters/k', 'My Cluster!');
    expect(cfg).toContain('    server: https://play.example/clusters/k');
    expect(cfg).toContain('current-context: my-cluster');
  });
  it('embeds the view link in embed mode', () => {
    expect(embedSnippet('https://play.example/p/view1')).toContain('src="https://play.example/p/view1?embed=1"');
  });
});
