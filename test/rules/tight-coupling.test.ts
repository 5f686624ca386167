import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/run.js';
import { analyzeFixture, expectWellFormedFinding, findingAbout, findingsOf } from '../analyze/helpers.js';
import { TestRepo } from '../discover/git-repo.js';

describe('tight-coupling', () => {
  it('fires for a micro-monolith, listing the shared datastore to cut and both ways out', async () => {
    const fixture = 'architecture/shared-datastore';
    const result = await analyzeFixture(fixture);
    const finding = findingAbout(result, 'tight-coupling', 'system:default/ticketing');
    expect(finding.severity).toBe('warning');
    expect(finding.evidence.confidence).toBe(result.systems[0]?.architecture.confidence);
    expect(finding.evidence.couplings).toEqual([
      expect.objectContaining({
        kind: 'shared-datastore',
        refs: ['resource:default/tickets-db', 'component:default/box-office', 'component:default/seat-allocator'],
      }),
    ]);
    expect(finding.evidence.consolidate).toMatch(/SRE/);
    expect(finding.evidence.decouple).toContain('resource:default/tickets-db');
    expect(finding.recommendation).toMatch(/Route A/);
    expect(finding.recommendation).toMatch(/Route B/);
    expectWellFormedFinding(finding, fixture, 'System', 'ticketing');
  });

  it('lists every hard coupling of a system with three', async () => {
    const result = await analyzeFixture('architecture/three-hard-couplings');
    const finding = findingAbout(result, 'tight-coupling', 'system:default/energy-accounts');
    expect(finding.evidence.couplings.map((c) => c.kind)).toEqual(['shared-datastore', 'dependency-cycle', 'ownership-split']);
  });

  it('lists soft couplings: units without owner and direct dependencies', async () => {
    const result = await analyzeFixture('architecture/soft-signals');
    const finding = findingAbout(result, 'tight-coupling', 'system:default/bookings');
    expect(finding.evidence.couplings.map((c) => c.kind)).toEqual(['unclear-ownership', 'direct-dependency']);
  });

  it('does not fire for microservices, a monolith or an undetermined system', async () => {
    for (const fixture of ['architecture/microservices', 'architecture/monolith', 'architecture/one-codebase', 'architecture/no-evidence']) {
      const result = await analyzeFixture(fixture);
      expect(findingsOf(result, 'tight-coupling'), fixture).toEqual([]);
    }
  });
});

describe('tight-coupling on a discovered repository', () => {
  it('names the deciding couplings strongest first and does not advise merging units in two languages owned by two teams', async () => {
    const repo = new TestRepo('polyglot-shared').commit('initial', {
      '.github/CODEOWNERS': '/cart/ @shop/cart-team\n/email/ @shop/mail-team\n',
      'cart/Dockerfile': 'FROM golang\n', 'cart/go.mod': 'module cart\n', 'cart/main.go': 'package main\n',
      'email/Dockerfile': 'FROM python\n', 'email/requirements.txt': 'flask\n', 'email/app.py': 'print(1)\n',
      'compose.yaml': [
        'services:',
        '  cart:', '    build: ./cart', '    environment:', '      - DB=postgres://app@db:5432/shop',
        '  email:', '    build: ./email', '    environment:', '      - DB=postgres://app@db:5432/shop',
        '  db:', '    image: postgres:16', '',
      ].join('\n'),
    });
    const result = await analyze({ paths: ['.'], cwd: repo.dir });
    expect(result.systems[0]?.architecture.label).toBe('micro-monolith');
    const [finding] = findingsOf(result, 'tight-coupling');
    expect(finding?.evidence.couplings[0]).toMatchObject({ kind: 'shared-datastore', signal: 'shared-datastore' });
    expect(finding?.evidence.consolidate).toMatch(/^Not advised: its units are written in 2 languages and owned by 2 teams/);
    expect(finding?.recommendation).not.toMatch(/Route A/);
    expect(finding?.evidence.decouple).toMatch(/^Cut, strongest first: 1\. resource:default\/db is shared/);
  });
});
