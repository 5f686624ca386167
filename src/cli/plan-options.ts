import { type Command, Option } from 'commander';
import { z } from 'zod';
import { WHAT_IF_FORMATS } from '../report/what-if/render.js';
import { addInputOptions } from './input-options.js';
import { InputOptions } from './input-schema.js';
import { configOption } from './options.js';
import { outputOption } from './output.js';

/** What `what-if` and `suggest` share: `analyze`'s inputs, their own formats, --output and --config. */
export function addPlanOptions(command: Command): Command {
  return addInputOptions(
    command
      .addOption(new Option('--format <format>', 'output format').choices(WHAT_IF_FORMATS).default('terminal'))
      .addOption(outputOption())
      .addOption(configOption()),
  );
}

export const PlanOptions = InputOptions.extend({
  format: z.enum(WHAT_IF_FORMATS),
  output: z.string().optional(),
  config: z.string().optional(),
});
