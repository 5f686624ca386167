import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import type { ArtifactCoupling } from '../../src/discover/index.js';
import { unitChanges } from '../../src/discover/coupling/unit-changes.js';
import { ALICE, BOB, TestRepo } from './git-repo.js';

const coChangeOf = (signals: readonly ArtifactCoupling[]) =>
  signals.find((s): s is Extract<ArtifactCoupling, { kind: 'co-change' }> => s.kind === 'co-change');

describe('co-change of units that move with their dependencies', () => {
  // Five .NET services with central package management. Upgrades of the shared package versions make two
  // services adapt their code in the same commit; per-service dependency bumps touch only project files.
  const units = ['a', 'b', 'c', 'd', 'e'];
  const repo = new TestRepo('store');
  repo.commit('initial', {
    'Directory.Packages.props': '<Project><ItemGroup><PackageVersion Include="Framework" Version="9.0" /></ItemGroup></Project>\n',
    ...Object.fromEntries(units.flatMap((u) => [
      [`${u}/Dockerfile`, 'FROM mcr.microsoft.com/dotnet/aspnet:9.0\n'],
      [`${u}/${u}.csproj`, '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Framework" /></ItemGroup></Project>\n'],
      [`${u}/Program.cs`, 'class Program {}\n'],
    ])),
  });
  for (let i = 0; i < 12; i++) repo.commit(`feature ${i}`, { [`${units[i % 5] ?? 'a'}/F${i}.cs`]: 'class F {}\n' }, i % 2 ? ALICE : BOB);
  for (let i = 1; i <= 4; i++) {
    repo.commit(`Move to Framework 9.${i}`, {
      'Directory.Packages.props': `<Project><ItemGroup><PackageVersion Include="Framework" Version="9.${i}" /></ItemGroup></Project>\n`,
      'a/Extensions.cs': `// adapted to 9.${i}\n`, 'b/Extensions.cs': `// adapted to 9.${i}\n`,
    });
  }
  for (let i = 1; i <= 4; i++) {
    repo.commit(`Use Serializer 2.${i}`, Object.fromEntries(['c', 'd'].map((u) => [`${u}/${u}.csproj`, `<Project Sdk="Microsoft.NET.Sdk.Web"><!-- 2.${i} --></Project>\n`])));
  }
  repo.commit('Order totals in the cart and the checkout', { 'a/Totals.cs': 'class T {}\n', 'b/Totals.cs': 'class T {}\n' });
  // A manifest beside the units, not above them, governs neither: the commit still crosses a and b.
  repo.commit('Tooling and a shared feature', { 'tools/package.json': '{"name":"tools"}\n', 'a/Shared.cs': 'class S {}\n', 'b/Shared.cs': 'class S {}\n' });

  it('leaves out shared-manifest upgrades and manifest-only touches, and keeps feature commits that cross units', async () => {
    const d = await discoverRepository(repo.dir, { cwd: repo.dir });
    const coChange = coChangeOf(d.evidence);
    expect(coChange).toMatchObject({
      // Raw: the initial commit, four upgrades, four bumps of two project files, and the two crossing commits.
      raw: { commits: 23, touchingUnits: 23, multiUnit: 11 },
      // Filtered: twelve features, the four bumps (each through two units' project files only: no crossing) and
      // the two crossing commits.
      filtered: { commits: 18, touchingUnits: 18, multiUnit: 2, share: 0.11 },
      excluded: { sweeping: 1, upgrades: 4, messages: 0 },
      coupled: false,
    });
    expect(coChange?.evidence[1]).toMatch(/4 upgrades of a dependency manifest the units share; a unit counts only when more than its own build or dependency manifest changed/);
  });
});

describe('which manifests govern which units', () => {
  const codebaseOf = (file: string) => ['services/a', 'services/b', 'web'].find((dir) => file.startsWith(`${dir}/`));

  it('a parent manifest above two changed units is a shared upgrade; one beside them is not', () => {
    expect(unitChanges(['services/pom.xml', 'services/a/A.java', 'services/b/B.java'], '', codebaseOf).isSharedUpgrade).toBe(true);
    expect(unitChanges(['gradle/libs.versions.toml', 'services/a/A.java', 'web/app.ts'], '', codebaseOf).isSharedUpgrade).toBe(true);
    expect(unitChanges(['services/pom.xml', 'services/a/A.java', 'web/app.ts'], '', codebaseOf).isSharedUpgrade).toBe(false);
    expect(unitChanges(['services/a/pom.xml', 'services/b/B.java'], '', codebaseOf)).toEqual({ touched: ['services/a', 'services/b'], changed: ['services/b'], isSharedUpgrade: false });
  });

  it('reads log paths from the top of the work tree when the discovered folder is below it', () => {
    const below = (file: string) => ['a', 'b'].find((dir) => file.startsWith(`${dir}/`));
    expect(unitChanges(['pom.xml', 'backend/a/A.java', 'backend/b/B.java'], 'backend/', below)).toMatchObject({ changed: ['a', 'b'], isSharedUpgrade: true });
    expect(unitChanges(['frontend/package.json', 'backend/a/A.java', 'backend/b/B.java'], 'backend/', below).isSharedUpgrade).toBe(false);
  });
});
