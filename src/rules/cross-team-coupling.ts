import { defineRule } from './define-rule.js';

export const crossTeamCoupling = defineRule('cross-team-coupling', ({ index, analysis, config }) => {
  const threshold = config.thresholds.crossTeamCoupling;
  return (analysis.history.evidence?.coupling ?? [])
    .filter((pair) => pair.crossTeam && pair.degree >= threshold)
    .map((pair) => {
      const teams = [index.target(pair.a, 'ownedBy'), index.target(pair.b, 'ownedBy')].filter((t): t is string => t !== undefined);
      return {
        subject: pair.a,
        message: `${pair.a} (${teams[0] ?? '?'}) and ${pair.b} (${teams[1] ?? '?'}) changed together in ${pair.shared} ${pair.by === 'commit' ? 'commits' : pair.by === 'ticket' ? 'tickets' : 'work sessions'} (degree ${pair.degree}%): the two teams cannot change them independently.`,
        recommendation: 'A coordination need crosses team lines. Move the coupled parts under one team, or cut the coupling with a stable API between them; the model wants responsibility boundaries that do not cross teams.',
        evidence: { a: pair.a, b: pair.b, teams, shared: pair.shared, degree: pair.degree, threshold, by: pair.by },
      };
    });
});
