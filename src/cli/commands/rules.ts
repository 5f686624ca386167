import { Command, Option } from 'commander';
import { z } from 'zod';
import type { CommandContext } from './context.js';

// The rule list is text, not a report: no HTML page for it.
const RULES_FORMATS = ['terminal', 'json', 'markdown'] as const;
const Options = z.object({ format: z.enum(RULES_FORMATS) });

export function rulesCommand(context: CommandContext): Command {
  return new Command('rules')
    .description('list the rules: id, default severity, category, title and docs')
    .addOption(new Option('--format <format>', 'output format').choices(RULES_FORMATS).default('terminal'))
    .action(async (_options: unknown, command: Command) => {
      const { renderRules } = await import('../render-rules.js');
      context.io.stdout(renderRules(Options.parse(command.opts()).format));
    });
}
