import { Command, Argument } from 'commander';
import { z } from 'zod';
import { outputOption } from '../output.js';
import { emit } from '../output.js';
import type { CommandContext } from './context.js';

const Options = z.object({ output: z.string().optional() });
// Loaded when asked for: building a schema loads the whole result contract.
const SCHEMAS = {
  result: async () => (await import('../result-schema.js')).resultJsonSchema(),
  config: async () => (await import('../../config/json-schema.js')).configJsonSchema(),
  plan: async () => (await import('../../what-if/json-schema.js')).planJsonSchema(),
  'what-if': async () => (await import('../../what-if/json-schema.js')).whatIfJsonSchema(),
} as const;

export function schemaCommand(context: CommandContext): Command {
  return new Command('schema')
    .description('print the JSON Schema of the analysis result, the config file, a what-if plan or the what-if result')
    .addArgument(new Argument('[which]', 'which schema').choices(Object.keys(SCHEMAS)).default('result'))
    .addOption(outputOption())
    .action(async (which: keyof typeof SCHEMAS, _options: unknown, command: Command) => {
      await emit(context.io, await SCHEMAS[which](), Options.parse(command.opts()).output);
    });
}
