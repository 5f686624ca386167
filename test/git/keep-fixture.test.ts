import { it } from 'vitest';
import { buildAnalysisFixture } from './analysis-fixture.js';

it.runIf(process.env.KEEP_FIXTURE)('writes the analysis fixture to KEEP_FIXTURE', () => {
  buildAnalysisFixture(process.env.KEEP_FIXTURE);
});
