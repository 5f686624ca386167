import { Command } from 'commander';
import { z } from 'zod';
import { FORMATS } from '../../report/index.js';
import { formatOption } from '../options.js';
import { renderRules } from '../render-rules.js';
import type { CommandContext } from './context.js';

const Options = z.object({ format: z.enum(FORMATS) });

export function rulesCommand(context: CommandContext): Command {
  return new Command('rules')
    .description('list the rules: id, default severity, category, title and docs')
    .addOption(formatOption())
    .action((_options: unknown, command: Command) => {
      context.io.stdout(renderRules(Options.parse(command.opts()).format));
    });
}
