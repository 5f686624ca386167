/** What the analyze stage reads (and history partials hold): HEAD's first-hand history, names only, renames followed to the new path. */
export const HEAD_HISTORY = { detail: 'names', renames: true, revisions: ['HEAD'], jobs: 2 } as const;
