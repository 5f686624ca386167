import { defineRule } from './define-rule.js';
import { systemOf, uniqueSorted } from '../analyze/ownership.js';

export const dependencyCycle = defineRule('dependency-cycle', ({ index, analysis }) =>
  analysis.cycles.map((edges) => {
    const cycle = edges.map((edge) => edge.from);
    const subject = cycle[0] ?? '';
    const path = [...cycle, subject].join(' -> ');
    return {
      subject,
      message: `Dependency cycle: ${path}. None of these can be changed or released without the others.`,
      recommendation: 'Break the cycle: invert one dependency (events or a callback API), or merge the components that cannot live apart. Cycles are a mark of a micro-monolith.',
      evidence: {
        cycle,
        edges: edges.map((edge) => ({ from: edge.from, to: edge.to, ...(edge.via ? { via: edge.via } : {}) })),
        systems: uniqueSorted(cycle.map((ref) => systemOf(index, ref)).filter((ref): ref is string => ref !== undefined)),
      },
    };
  }),
);
