import { Command, Argument } from 'commander';
import { z } from 'zod';
import { configJsonSchema } from '../../config/json-schema.js';
import { outputOption } from '../options.js';
import { emit } from '../output.js';
import { resultJsonSchema } from '../result-schema.js';
import type { CommandContext } from './context.js';

const Options = z.object({ output: z.string().optional() });
const SCHEMAS = { result: resultJsonSchema, config: configJsonSchema } as const;

export function schemaCommand(context: CommandContext): Command {
  return new Command('schema')
    .description('print the JSON Schema of the analysis result, or of the config file')
    .addArgument(new Argument('[which]', 'which schema').choices(Object.keys(SCHEMAS)).default('result'))
    .addOption(outputOption())
    .action(async (which: keyof typeof SCHEMAS, _options: unknown, command: Command) => {
      await emit(context.io, SCHEMAS[which](), Options.parse(command.opts()).output);
    });
}
