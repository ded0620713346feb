/** The command table: one module per kubectl command. */
import type { Command } from '../invocation';
import { apply } from './apply';
import { create } from './create';
import { deleteCommand } from './delete';
import { describe } from './describe';
import { get } from './get';

export const COMMANDS: Record<string, Command> = {
  get,
  apply,
  create,
  delete: deleteCommand,
  describe,
};
