// Writes a synthetic organisation's catalog: npm run gen -- --teams N --components M --seed S --output DIR
import { parseArgs } from 'node:util';
import { generateOrg, writeOrg } from '../dist/gen/index.js';

const usage = 'usage: npm run gen -- --teams N --components M [--seed S] --output DIR';

try {
  const { values } = parseArgs({
    options: {
      teams: { type: 'string' },
      components: { type: 'string' },
      seed: { type: 'string', default: '1' },
      output: { type: 'string' },
    },
  });
  if (values.teams === undefined || values.components === undefined || values.output === undefined) throw new Error(usage);
  const options = { teams: Number(values.teams), components: Number(values.components), seed: Number(values.seed) };
  const files = generateOrg(options);
  await writeOrg(values.output, files);
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
  console.error(`wrote ${files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${values.output}: ${options.teams} teams, ${options.components} components, seed ${options.seed}`);
} catch (error) {
  console.error(`gen: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
