import type { Knex } from 'knex';
import type { AnalysisResult, Summary } from 'teamfit';

/** One stored analysis, without its result. */
export interface StoredRun {
  id: number;
  analysedAt: string;
  summary: Summary;
}

export interface StoredResult extends StoredRun {
  result: AnalysisResult;
}

interface Row {
  id: number;
  analysed_at: Date | string | number;
  summary: string;
  result?: string;
}

/** The latest analysis and the ones before it, in the plugin's database. */
export class ResultStore {
  constructor(private readonly knex: Knex) {}

  async save(result: AnalysisResult, analysedAt: Date, keep: number): Promise<number> {
    const [inserted] = await this.knex('teamfit_results').insert({ analysed_at: analysedAt, summary: JSON.stringify(result.summary), result: JSON.stringify(result) }, ['id']);
    const id = typeof inserted === 'object' && inserted !== null ? Number((inserted as { id: number }).id) : Number(inserted);
    // History older than `keep` runs is dropped: a result can be megabytes.
    const kept = await this.knex<Row>('teamfit_results').select('id').orderBy('id', 'desc').limit(keep);
    const oldest = kept.at(-1)?.id;
    if (oldest !== undefined) await this.knex('teamfit_results').where('id', '<', oldest).delete();
    return id;
  }

  async latest(): Promise<StoredResult | undefined> {
    const row = await this.knex<Row>('teamfit_results').select('*').orderBy('id', 'desc').first();
    if (!row || row.result === undefined) return undefined;
    return { ...toRun(row), result: JSON.parse(row.result) as AnalysisResult };
  }

  async runs(): Promise<StoredRun[]> {
    const rows = await this.knex<Row>('teamfit_results').select('id', 'analysed_at', 'summary').orderBy('id', 'desc');
    return rows.map(toRun);
  }
}

function toRun(row: Row): StoredRun {
  return { id: Number(row.id), analysedAt: new Date(row.analysed_at).toISOString(), summary: JSON.parse(row.summary) as Summary };
}
