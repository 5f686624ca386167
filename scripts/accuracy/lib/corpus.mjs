import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const repoName = z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name');
const commit = z.string().regex(/^[0-9a-f]{40}$/, 'a full 40-hex commit');
const LABELS = ['monolith', 'microservices', 'micro-monolith', 'undetermined'];

const repositoryCorpus = z.strictObject({
  repositories: z.array(z.strictObject({
    repo: repoName,
    commit,
    expected: z.enum(LABELS),
    evidence: z.array(z.string().min(1)).min(1),
    reason: z.string().min(1),
  })).min(1),
  kept: z.array(z.strictObject({ repo: repoName, why: z.string().min(1) })).default([]),
});

const catalogCorpus = z.strictObject({
  catalogs: z.array(z.strictObject({
    name: z.string().min(1),
    /** A clone checked out at `commit`, or else `folder`: a folder placed by hand under the clones dir. */
    repo: repoName.optional(),
    commit: commit.optional(),
    folder: z.string().regex(/^[\w.+-]+$/, 'a folder name').optional(),
    /** Catalog files or folders inside the clone; the whole clone when absent. */
    paths: z.array(z.string().min(1)).default([]),
    /** Repositories whose clones are git evidence beside the catalog (placed like any other clone). */
    histories: z.array(z.strictObject({ repo: repoName, commit })).default([]),
    note: z.string().default(''),
    /** Hand-written: how a domain expert would read the verdicts, copied into docs/accuracy.md. */
    reading: z.string().default(''),
  }).refine((c) => (c.folder === undefined) === (c.repo !== undefined && c.commit !== undefined), {
    message: 'give either repo and commit, or folder',
  })).min(1),
});

export { LABELS };

function load(schema, file) {
  const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.message} (at ${i.path.join('.')})`).join('; ');
    throw new Error(`${file}: ${issues}`);
  }
  return parsed.data;
}

/** The labelled repositories (`corpus.yaml`): label, commit and evidence paths, written before teamfit ran. */
export const loadRepositoryCorpus = (file) => load(repositoryCorpus, file);

/** The real catalogs (`catalogs.yaml`) and the histories placed beside them. */
export const loadCatalogCorpus = (file) => load(catalogCorpus, file);
