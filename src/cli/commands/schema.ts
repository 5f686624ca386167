import { Command } from 'commander';
import { z } from 'zod';
import { outputOption } from '../options.js';
import { emit } from '../output.js';
import { resultJsonSchema } from '../result-schema.js';
import type { CommandContext } from './context.js';

const Options = z.object({ output: z.string().optional() });

export function schemaCommand(context: CommandContext): Command {
  return new Command('schema')
    .description('print the JSON Schema of the analysis result')
    .addOption(outputOption())
    .action(async (_options: unknown, command: Command) => {
      await emit(context.io, resultJsonSchema(), Options.parse(command.opts()).output);
    });
}
