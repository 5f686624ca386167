/** Word lists for names that read like a real company's catalog. */
export const DEPARTMENTS = ['retail', 'payments', 'logistics', 'identity', 'marketing', 'finance', 'data', 'support', 'growth', 'partners', 'mobile', 'search'];
export const DOMAINS = ['orders', 'billing', 'catalog', 'pricing', 'checkout', 'shipping', 'accounts', 'loyalty', 'reviews', 'inventory', 'invoicing', 'fraud', 'notifications', 'recommendations', 'returns', 'promotions', 'ledger', 'onboarding', 'reporting', 'subscriptions'];
export const SERVICES = ['gateway', 'api', 'worker', 'scheduler', 'importer', 'exporter', 'indexer', 'notifier', 'resolver', 'tracker', 'router', 'sync'];
export const LIBRARIES = ['client', 'models', 'utils', 'sdk', 'schemas', 'auth-lib', 'i18n', 'ui-kit', 'test-kit', 'config'];
export const TOOLS = ['runbooks', 'dashboards', 'alerts', 'terraform', 'helm-charts', 'pipelines', 'chaos-suite', 'load-tests'];
export const INFRA = [
  { name: 'k8s-cluster', type: 'kubernetes-cluster' },
  { name: 'kafka', type: 'message-broker' },
  { name: 'observability', type: 'monitoring' },
  { name: 'cdn', type: 'cdn' },
] as const;
export const FIRST_NAMES = ['ada', 'bo', 'cy', 'di', 'eli', 'fay', 'gus', 'hana', 'ivo', 'jun', 'kemi', 'lars', 'mia', 'nia', 'omar', 'pia', 'quin', 'rae', 'sol', 'tariq', 'uma', 'vic', 'wen', 'xia', 'yuri', 'zoe'];
