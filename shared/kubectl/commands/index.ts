/** The command table: one module per kubectl command. */
import type { Command } from '../invocation';
import { apply } from './apply';
import { create } from './create';
import { deleteCommand } from './delete';
import { describe } from './describe';
import { edit } from './edit';
import { explain } from './explain';
import { expose } from './expose';
import { get } from './get';
import { apiResources, apiVersions, auth, clusterInfo, config, unsupported, version } from './info';
import { annotate, label } from './label';
import { logs } from './logs';
import { cordon, drain, taint, uncordon } from './node-ops';
import { rollout } from './rollout';
import { run } from './run';
import { scale } from './scale';
import { set } from './set';
import { top } from './top';

export const COMMANDS: Record<string, Command> = {
  get,
  apply,
  create,
  delete: deleteCommand,
  describe,
  edit,
  explain,
  expose,
  logs,
  scale,
  rollout,
  set,
  label,
  annotate,
  top,
  cordon,
  uncordon,
  drain,
  taint,
  run,
  'api-resources': apiResources,
  'api-versions': apiVersions,
  version,
  'cluster-info': clusterInfo,
  config,
  auth,
  exec: unsupported('exec'),
  attach: unsupported('attach'),
  'port-forward': unsupported('port-forward'),
  cp: unsupported('cp'),
};
