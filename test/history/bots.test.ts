import { describe, expect, it } from 'vitest';
import { botMatcher, hasBotSuffix, isBot, SUFFIX_RULE } from '../../src/util/bots.js';

describe('bot detection', () => {
  it.each([
    ['dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com'],
    ['github-actions', '41898282+github-actions[bot]@users.noreply.github.com'],
    ['GitHub Action', 'action@github.com'],
    ['Renovate Bot', 'bot@renovateapp.com'],
    ['Mend Renovate', 'bot@renovateapp.com'],
    ['Taylor Bot', 'taylor@corp.example'],
    ['ArchitectBot', 'architect@corp.example'],
    ['ci-bot', 'ci@corp.example'],
    ['release_bot', 'release@corp.example'],
    ['Weblate (bot)', 'hosted@weblate.org'],
    ['Kubernetes Prow Robot', 'k8s.ci.robot@gmail.com'],
    ['Builder', 'deploy-bot@corp.example'],
    ['Builder', '123+DeployBot@users.noreply.github.com'],
    ['project_42_bot_5f1a', 'project_42_bot_5f1a@noreply.gitlab.example.com'],
    ['Jenkins', 'jenkins@ci.corp.example'],
    ['Travis CI', 'travis@travis-ci.org'],
    ['Copilot', '198982749+Copilot@users.noreply.github.com'],
  ])('%s <%s> is a bot', (name, email) => {
    expect(isBot(name, email)).toBe(true);
  });

  it.each([
    ['Jane Abbot', 'jane.abbot@corp.example'],
    ['Bob Talbot', 'talbot@corp.example'],
    ['ABBOT', 'abbot@corp.example'],
    ['Ana Cabot', '583231+cabot@users.noreply.github.com'],
    ['Robert Botha', 'rbotha@corp.example'],
    ['Bob Jenkins', 'bob.jenkins@corp.example'],
    ['Lucia', 'lucia@corp.example'],
  ])('%s <%s> is a person', (name, email) => {
    expect(isBot(name, email)).toBe(false);
  });

  it('tells a word "bot" from a surname ending in bot, case-aware', () => {
    expect(['Taylor Bot', 'taylor bot', 'ci-bot', 'x.bot', 'ArchitectBot', 'ImgBot', 'build2Bot', 'PAYBOT'].map(hasBotSuffix)).toEqual([true, true, true, true, true, true, true, false]);
    expect(['Abbot', 'Talbot', 'talbot', 'TALBOT', 'Cabot', ''].map(hasBotSuffix)).toEqual([false, false, false, false, false, false]);
  });

  it('says which rule took an identity for a bot', () => {
    const match = botMatcher();
    expect(match('renovate[bot]', '29139614+renovate[bot]@users.noreply.github.com')).toEqual({ rule: '*[bot]*', source: 'built-in' });
    expect(match('Taylor Bot', 'taylor@corp.example')).toEqual({ rule: SUFFIX_RULE, source: 'built-in' });
  });

  it('adds configured patterns in the same syntax: whole name or e-mail, * wildcards, case-insensitive', () => {
    const match = botMatcher(['ci-runner*', '*@automation.corp.example']);
    expect(match('CI-Runner 7', 'runner@corp.example')).toEqual({ rule: 'ci-runner*', source: 'config' });
    expect(match('Deployer', 'deploy@AUTOMATION.corp.example')).toEqual({ rule: '*@automation.corp.example', source: 'config' });
    // Whole, not a substring: "ci" would otherwise take Lucia for a bot.
    expect(botMatcher(['ci'])('Lucia', 'lucia@corp.example')).toBeUndefined();
    // Characters other than * are themselves: a dot is a dot.
    expect(botMatcher(['a.b'])('axb', 'axb@corp.example')).toBeUndefined();
  });

  it('lets a !pattern keep a person whose name only looks like a bot', () => {
    expect(botMatcher()('Wouter Bot', 'wouter@corp.example')).toBeDefined();
    expect(botMatcher(['!wouter@corp.example'])('Wouter Bot', 'wouter@corp.example')).toBeUndefined();
    expect(botMatcher(['!Wouter Bot'])('Other Bot', 'other@corp.example')).toBeDefined();
  });
});
