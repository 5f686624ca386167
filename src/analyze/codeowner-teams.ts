// Which group a CODEOWNERS handle names is a fact of the model: what-if's patch asks it too.
export { codeOwnerTeams } from '../model/codeowner-teams.js';
