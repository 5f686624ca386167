import { defineRule } from './define-rule.js';

export const lowTeamAlignment = defineRule('low-team-alignment', ({ analysis, config }) => {
  const threshold = config.thresholds.teamAlignment;
  return (analysis.history.evidence?.components ?? []).flatMap((component) => {
    const { owner, ownerShare } = component;
    if (owner === undefined || ownerShare === undefined || ownerShare >= threshold) return [];
    const outsiders = component.changesByTeam.filter((t) => t.team !== owner).map((t) => t.team);
    return [{
      subject: component.ref,
      message: `${component.ref}: its owner ${owner} made ${Math.round(ownerShare * 100)}% of its ${component.matchedRevisions} changes; most come from ${outsiders.slice(0, 3).join(', ') || 'people outside the team'}.`,
      recommendation: 'Ownership on paper differs from ownership in practice. Either move ownership to the team that really changes it, or let the owning team make the changes (others ask through its API or backlog). In the model, the team that owns a system is the one that builds and runs it.',
      evidence: {
        owner,
        ownerShare,
        threshold,
        matchedRevisions: component.matchedRevisions,
        changesByTeam: component.changesByTeam,
        repository: component.repository,
      },
    }];
  });
});
