import { defineRule } from './define-rule.js';
import { systemOf, uniqueSorted } from '../analyze/ownership.js';
import { kept } from './evidence-limit.js';

/** Components named in a cycle's message; a longer cycle is shown by its ends and its length. */
const SHOWN_IN_MESSAGE = 8;

export const dependencyCycle = defineRule('dependency-cycle', ({ index, analysis }) =>
  analysis.cycles.map((all) => {
    const members = all.map((edge) => edge.from);
    const subject = members[0] ?? '';
    const shown = members.length <= SHOWN_IN_MESSAGE ? members : [...members.slice(0, SHOWN_IN_MESSAGE - 2), `... ${members.length - SHOWN_IN_MESSAGE + 1} more ...`, members[members.length - 1] ?? ''];
    const path = [...shown, subject].join(' -> ');
    // A cycle through thousands of components is not read whole.
    const cycle = kept(members);
    const edges = kept(all);
    return {
      subject,
      message: `Dependency cycle${members.length > SHOWN_IN_MESSAGE ? ` of ${members.length} components` : ''}: ${path}. None of these can be changed or released without the others.`,
      recommendation: 'Break the cycle: invert one dependency (events or a callback API), or merge the components that cannot live apart. Cycles are a mark of a micro-monolith.',
      evidence: {
        length: members.length,
        cycle,
        edges: edges.map((edge) => ({ from: edge.from, to: edge.to, ...(edge.via ? { via: edge.via } : {}) })),
        systems: uniqueSorted(members.map((ref) => systemOf(index, ref)).filter((ref): ref is string => ref !== undefined)),
      },
    };
  }),
);
