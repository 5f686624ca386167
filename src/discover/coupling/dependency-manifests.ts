/**
 * Build and dependency manifests and lockfiles: the files a dependency upgrade touches. A unit whose only
 * change in a commit is one of these moved with a version, not with another unit's code, so co-change
 * does not count it (docs/model.md, "What counts as a change of a unit").
 */
const MANIFEST_NAMES = new Set([
  // JVM
  'pom.xml', 'build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts', 'gradle.properties',
  'libs.versions.toml', 'build.sbt',
  // .NET
  'directory.packages.props', 'directory.build.props', 'directory.build.targets', 'global.json', 'packages.config',
  'nuget.config', 'packages.lock.json',
  // JavaScript
  'package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'pnpm-workspace.yaml',
  'bun.lockb', 'bun.lock',
  // Go, Rust, Python, Ruby, PHP, Elixir
  'go.mod', 'go.sum', 'go.work', 'go.work.sum', 'cargo.toml', 'cargo.lock', 'pyproject.toml', 'poetry.lock',
  'uv.lock', 'pipfile', 'pipfile.lock', 'setup.cfg', 'gemfile', 'gemfile.lock', 'composer.json', 'composer.lock',
  'mix.exs', 'mix.lock',
]);
const MANIFEST_PATTERN = /\.(csproj|fsproj|vbproj|gemspec)$|^requirements([-_.][\w.-]*)?\.txt$/;

/** Whether `path` (any separator-free or `/`-separated path) names a build or dependency manifest or lockfile. */
export function isDependencyManifest(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return MANIFEST_NAMES.has(name) || MANIFEST_PATTERN.test(name);
}

/**
 * The folder whose builds a manifest governs: its own folder (a parent pom, `Directory.Packages.props`, a
 * workspace `package.json` or `go.work` apply to everything below), and for a Gradle version catalog in
 * `gradle/` the build above it.
 */
export function manifestScope(path: string): string {
  const slash = path.lastIndexOf('/');
  const folder = slash < 0 ? '.' : path.slice(0, slash);
  if (folder === 'gradle') return '.';
  return folder.endsWith('/gradle') ? folder.slice(0, -'/gradle'.length) : folder;
}
