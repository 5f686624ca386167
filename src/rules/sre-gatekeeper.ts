import { codeOwnerTeams } from '../analyze/codeowner-teams.js';
import { defineRule } from './define-rule.js';

const OPS_STRUCTURES = new Set(['sre', 'ops-only']);
const OPS_DECLARATIONS = new Set(['sre', 'ops']);
/** Share of a component's application files a team must approve from which it gates that component. */
const GATING_SHARE = 0.5;

export const sreGatekeeper = defineRule('sre-gatekeeper', ({ index, analysis }) => {
  const components = analysis.history.evidence?.components ?? [];
  if (!components.some((c) => c.codeOwners.length > 0)) return [];
  const teamOf = codeOwnerTeams(index);
  return analysis.teams.flatMap((team) => {
    const entity = index.entity(team.ref);
    const isOps = OPS_STRUCTURES.has(team.structure.label) || OPS_DECLARATIONS.has(entity?.declaredStructure ?? '');
    if (!isOps) return [];
    let handle = '';
    const gated = components.flatMap((component) => {
      if (!component.owner || component.owner === team.ref || component.applicationFiles === 0) return [];
      const entry = component.codeOwners.find((owner) => teamOf(owner.owner) === team.ref);
      if (!entry || entry.files / component.applicationFiles < GATING_SHARE) return [];
      handle = entry.owner;
      return [{ component: component.ref, owner: component.owner, files: entry.files, applicationFiles: component.applicationFiles, rules: entry.rules }];
    });
    if (gated.length === 0) return [];
    const structure = OPS_STRUCTURES.has(team.structure.label) ? team.structure.label : `declared ${entity?.declaredStructure ?? ''}`;
    return [{
      subject: team.ref,
      message: `${team.ref} (${structure}) is a required reviewer (CODEOWNERS ${handle}) of the application code of ${gated.length} component(s) other teams own: ${gated.map((g) => g.component).join(', ')}.`,
      recommendation: "The model's SRE team is a shepherd, not a gatekeeper: take it out of CODEOWNERS for application code and keep it for what it owns (deploy and platform files). Give the owning teams the tools and standards to ship safely themselves (checks in CI, production-readiness reviews on request).",
      evidence: { team: team.ref, structure, handle, gated },
    }];
  });
});
