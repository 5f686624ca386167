import { defineRule } from './define-rule.js';

export const knowledgeIsland = defineRule('knowledge-island', ({ analysis, config }) => {
  const { knowledgeIslandShare, knowledgeIslandRevisions } = config.thresholds;
  const evidence = analysis.history.evidence;
  const users = new Map((evidence?.people ?? []).map((person) => [person.id, person.user] as const));
  return (evidence?.components ?? []).flatMap((component) => {
    const main = component.mainDeveloper;
    if (!main || component.revisions < knowledgeIslandRevisions || main.share < knowledgeIslandShare || component.truckFactor > 1) return [];
    const user = users.get(main.person);
    return [{
      subject: component.ref,
      message: `${component.ref}: ${main.person} made ${Math.round(main.share * 100)}% of its ${component.revisions} revisions; its truck factor is ${component.truckFactor}.`,
      recommendation: 'Spread the knowledge inside the owning team: pair on changes, rotate who reviews and who is on call for it. The model asks that the team owns its systems and that no one person does.',
      evidence: {
        person: main.person,
        ...(user ? { user } : {}),
        share: main.share,
        revisions: component.revisions,
        authors: component.authors,
        truckFactor: component.truckFactor,
        repository: component.repository,
      },
    }];
  });
});
