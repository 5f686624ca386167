import type { Knex } from 'knex';

/** The plugin's tables. Migrations live in code so they need no files resolved at run time. */
const MIGRATIONS: Record<string, Knex.Migration> = {
  '20261204000000_results': {
    async up(knex) {
      await knex.schema.createTable('teamfit_results', (table) => {
        table.increments('id').primary();
        table.timestamp('analysed_at', { useTz: true }).notNullable().index();
        // Counts only, so the history can be listed without reading every result.
        table.text('summary').notNullable();
        // A large organisation's result is megabytes: longtext on MySQL, text elsewhere.
        table.text('result', 'longtext').notNullable();
      });
    },
    async down(knex) {
      await knex.schema.dropTable('teamfit_results');
    },
  },
};

const source: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(MIGRATIONS).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const migration = MIGRATIONS[name];
    if (!migration) throw new Error(`unknown teamfit migration ${name}`);
    return migration;
  },
};

export async function migrate(knex: Knex): Promise<void> {
  await knex.migrate.latest({ migrationSource: source, tableName: 'teamfit_knex_migrations' });
}
