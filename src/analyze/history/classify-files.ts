import picomatch from 'picomatch';

/** Files whose change is operations work: CI, containers, orchestration, infrastructure as code, deploys, monitoring. */
export const DEFAULT_OPS_PATTERNS = [
  '**/.github/workflows/**', '**/.gitlab-ci.yml', '**/.gitlab/ci/**', '**/Jenkinsfile', '**/.circleci/**', '**/azure-pipelines*.yml',
  '**/.buildkite/**', '**/.drone.yml', '**/bitbucket-pipelines.yml', '**/.travis.yml',
  '**/Dockerfile', '**/Dockerfile.*', '**/*.dockerfile', '**/docker-compose*.y?(a)ml', '**/compose*.y?(a)ml', '**/.dockerignore',
  '**/k8s/**', '**/kubernetes/**', '**/kustomization.y?(a)ml', '**/helm/**', '**/charts/**', '**/manifests/**',
  '**/*.tf', '**/*.tfvars', '**/*.hcl', '**/terraform/**', '**/pulumi/**', '**/cdk/**',
  '**/ansible/**', '**/playbooks/**', '**/roles/**/tasks/**', '**/puppet/**', '**/chef/**', '**/salt/**',
  '**/deploy/**', '**/deployment/**', '**/deploy*.sh', '**/ops/**', '**/infra/**', '**/infrastructure/**',
  '**/monitoring/**', '**/alerts/**', '**/alerting/**', '**/prometheus/**', '**/grafana/**', '**/dashboards/**', '**/runbooks/**',
  // Operators' deploy manifests as kubebuilder and operator-sdk lay them out, and runbooks kept as single files.
  '**/config/rbac/**', '**/config/manager/**', '**/config/default/**', '**/config/prometheus/**', '**/config/webhook/**', '**/config/certmanager/**',
  '**/runbook*.md', '**/RUNBOOK*.md', '**/.goreleaser.y?(a)ml', '**/.github/dependabot.yml', '**/renovate.json',
  '**/Procfile', '**/fly.toml', '**/serverless.y?(a)ml', '**/skaffold.y?(a)ml', '**/tiltfile', '**/Tiltfile',
];

export interface FileClassifier {
  isOps(file: string): boolean;
}

export function fileClassifier(patterns: readonly string[] = DEFAULT_OPS_PATTERNS): FileClassifier {
  const match = picomatch([...patterns], { dot: true, nocase: true });
  return { isOps: (file) => match(file) };
}

export function matcherOf(patterns: readonly string[]): (text: string) => boolean {
  const expressions = patterns.map((pattern) => new RegExp(pattern, 'i'));
  return (text) => expressions.some((expression) => expression.test(text));
}
