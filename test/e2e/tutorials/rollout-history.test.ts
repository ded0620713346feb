/** Deployment revisions with real kubectl (kubernetes.io/docs/concepts/workloads/controllers/deployment,
 * "Rolling Back a Deployment"): rollout history, --revision details, undo --to-revision, pause/resume. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../helpers/kubectl.js';
import { openTutorial, table, type TutorialSession } from './tutorial-session.js';

const hasKubectl = kubectlAvailable();

describe.runIf(hasKubectl)('tutorial: rollout history and rollback', () => {
  let t: TutorialSession;
  const image = async () => t.ok(['get', 'deployment', 'nginx-deployment', '-o', 'jsonpath={.spec.template.spec.containers[0].image}']);

  beforeAll(async () => {
    t = await openTutorial({ seed: 81 });
  });
  afterAll(() => t?.close());

  it('records a revision per template change with its change-cause', async () => {
    await t.ok(['create', 'deployment', 'nginx-deployment', '--image=nginx:1.14.2', '--replicas=3']);
    await t.step(30);
    await t.ok(['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1']);
    await t.ok(['annotate', 'deployment/nginx-deployment', 'kubernetes.io/change-cause=image updated to 1.16.1']);
    await t.step(60);
    // The docs' typo: a tag that does not exist. The rollout gets stuck on it.
    await t.ok(['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.161']);
    await t.ok(['annotate', 'deployment/nginx-deployment', '--overwrite', 'kubernetes.io/change-cause=image updated to 1.161']);
    await t.step(30);
    const pods = table(await t.ok(['get', 'pods']));
    expect(pods.filter((p) => p.STATUS === 'Running')).toHaveLength(3);
    expect(pods.filter((p) => p.STATUS === 'ImagePullBackOff' || p.STATUS === 'ErrImagePull')).toHaveLength(1);

    const history = await t.ok(['rollout', 'history', 'deployment/nginx-deployment']);
    expect(history.split('\n')[0]).toBe('deployment.apps/nginx-deployment ');
    expect(history.split('\n')[1]).toMatch(/^REVISION\s+CHANGE-CAUSE$/);
    const rows = history.split('\n').slice(2).filter((l) => l.trim()).map((l) => l.trim().split(/\s{2,}/));
    expect(rows).toEqual([
      ['1', '<none>'],
      ['2', 'image updated to 1.16.1'],
      ['3', 'image updated to 1.161'],
    ]);
    const rev2 = await t.ok(['rollout', 'history', 'deployment/nginx-deployment', '--revision=2']);
    expect(rev2).toContain('deployment.apps/nginx-deployment with revision #2');
    expect(rev2).toMatch(/Pod Template:\n\s+Labels:\s+app=nginx-deployment\n\s+pod-template-hash=\S+/);
    expect(rev2).toMatch(/Annotations:\s+kubernetes\.io\/change-cause: image updated to 1\.16\.1/);
    expect(rev2).toMatch(/Image:\s+nginx:1\.16\.1/);
  });

  it('rolls back to the previous revision, then to a chosen one', async () => {
    expect((await t.ok(['rollout', 'undo', 'deployment/nginx-deployment'])).trim()).toBe('deployment.apps/nginx-deployment rolled back');
    await t.step(30);
    expect(await image()).toBe('nginx:1.16.1');
    const pods = table(await t.ok(['get', 'pods']));
    expect(pods).toHaveLength(3);
    expect(pods.every((p) => p.STATUS === 'Running')).toBe(true);
    expect(await t.ok(['describe', 'deployment', 'nginx-deployment'])).toMatch(/Annotations:\s+deployment\.kubernetes\.io\/revision: 4/);
    // Revision 2 became revision 4: the old ReplicaSet was adopted, not recreated.
    const revisions = (await t.ok(['rollout', 'history', 'deployment/nginx-deployment'])).split('\n').slice(2).filter((l) => l.trim()).map((l) => l.trim().split(/\s+/)[0]);
    expect(revisions).toEqual(['1', '3', '4']);
    expect(table(await t.ok(['get', 'rs']))).toHaveLength(3);

    expect((await t.ok(['rollout', 'undo', 'deployment/nginx-deployment', '--to-revision=1'])).trim()).toBe('deployment.apps/nginx-deployment rolled back');
    await t.step(60);
    expect(await image()).toBe('nginx:1.14.2');
    expect((await t.ok(['rollout', 'status', 'deployment/nginx-deployment'])).trim()).toBe('deployment "nginx-deployment" successfully rolled out');
    const missing = await t.k(['rollout', 'undo', 'deployment/nginx-deployment', '--to-revision=42']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('unable to find specified revision 42 in history');
  });

  it('pauses a rollout, takes several changes, and resumes them as one', async () => {
    expect((await t.ok(['rollout', 'pause', 'deployment/nginx-deployment'])).trim()).toBe('deployment.apps/nginx-deployment paused');
    await t.ok(['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.25']);
    await t.ok(['set', 'resources', 'deployment/nginx-deployment', '-c=nginx', '--limits=cpu=200m,memory=512Mi']);
    await t.step(30);
    // Paused: nothing rolled out yet.
    expect(table(await t.ok(['get', 'pods'])).length).toBe(3);
    expect(await t.ok(['describe', 'deployment', 'nginx-deployment'])).toMatch(/Progressing\s+Unknown\s+DeploymentPaused/);
    expect((await t.ok(['rollout', 'resume', 'deployment/nginx-deployment'])).trim()).toBe('deployment.apps/nginx-deployment resumed');
    await t.step(90);
    expect((await t.ok(['rollout', 'status', 'deployment/nginx-deployment'])).trim()).toBe('deployment "nginx-deployment" successfully rolled out');
    expect(await t.ok(['describe', 'pods'])).toMatch(/Image:\s+nginx:1\.25[\s\S]*Limits:\n\s+cpu:\s+200m\n\s+memory:\s+512Mi/);
  });
});
