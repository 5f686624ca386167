/**
 * The environment for an npm started by a test. Under `npm test`, npm has put its own project into the
 * environment (npm_config_local_prefix, npm_config_prefix, npm_package_json, ...): a child npm would take this
 * checkout for its project, whatever its working directory. The cache and the user's registry settings stay.
 */
export function npmChildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^npm_(config_(local_prefix|prefix|global_prefix)|package_|lifecycle_|command$|execpath$)/i.test(name)) continue;
    if (name === 'FORCE_COLOR' || name === 'TEAMFIT_DEBUG' || name === 'INIT_CWD') continue;
    env[name] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}
