import { ARCHITECTURE_ANNOTATION } from '../model/annotations.js';
import { defineRule } from './define-rule.js';

export const architectureDrift = defineRule('architecture-drift', ({ analysis }) =>
  analysis.systems.flatMap((system) => {
    const { label, declared, confidence, signals } = system.architecture;
    if (!declared || label === 'undetermined' || declared === label) return [];
    if (declared !== 'monolith' && declared !== 'microservices' && declared !== 'micro-monolith') return [];
    return [{
      subject: system.ref,
      cause: { path: `metadata.annotations.${ARCHITECTURE_ANNOTATION}` },
      message: `${system.ref} is declared ${declared} but measures as ${label} (confidence ${Math.round(confidence * 100)}%).`,
      recommendation: label === 'micro-monolith'
        ? 'Treat it as what it is: plan the way out in the tight-coupling finding, then update teamfit.dev/architecture.'
        : `Update teamfit.dev/architecture to ${label}, or change the system so it matches the declared intent; then match the teams to it.`,
      evidence: { declared, measured: label, confidence, signals: signals.filter((s) => s.pushes === label).map((s) => `${s.id}=${String(s.value)}`) },
    }];
  }),
);
