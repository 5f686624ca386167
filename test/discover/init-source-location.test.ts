import { describe, expect, it } from 'vitest';
import { browsableRemote, treeUrl } from '../../src/discover/source-url.js';
import { runTeamfit } from '../cli/run-teamfit.js';
import { TestRepo } from './git-repo.js';

const files = {
  'orders/Dockerfile': 'FROM node:20\n', 'users/Dockerfile': 'FROM node:20\n',
  'compose.yaml': ['services:', '  orders:', '    build: ./orders', '  users:', '    build: ./users', ''].join('\n'),
};
const locations = (yaml: string) => [...yaml.matchAll(/backstage\.io\/source-location: (\S+)/g)].map((m) => m[1]);

describe('teamfit init source locations', () => {
  it('are url: locations on the remote, at the branch checked out, when the repository has a remote (ssh form made https)', async () => {
    const repo = new TestRepo('shop').commit('initial', files);
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/shop.git');
    const init = await runTeamfit(['init', '.', '--output', '-', '--no-history'], { cwd: repo.dir });
    expect(locations(init.stdout)).toEqual(['url:https://github.com/acme/shop/tree/main/orders/', 'url:https://github.com/acme/shop/tree/main/users/']);
  });

  it('name the commit of a detached checkout', async () => {
    const repo = new TestRepo('shop').commit('initial', files);
    repo.git('remote', 'add', 'origin', 'https://gitlab.example.com/acme/shop.git');
    const commit = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', '--detach');
    const init = await runTeamfit(['init', '.', '--output', '-', '--no-history'], { cwd: repo.dir });
    expect(locations(init.stdout)[0]).toBe(`url:https://gitlab.example.com/acme/shop/-/tree/${commit}/orders/`);
  });

  it('stay dir: without a remote', async () => {
    const repo = new TestRepo('shop').commit('initial', files);
    const init = await runTeamfit(['init', '.', '--output', '-', '--no-history'], { cwd: repo.dir });
    expect(locations(init.stdout)).toEqual(['dir:./orders/', 'dir:./users/']);
    expect(init.stdout).toContain('no git remote');
  });

  it('read every remote form a clone may have', () => {
    expect(browsableRemote('git@github.com:acme/shop.git')).toBe('https://github.com/acme/shop');
    expect(browsableRemote('ssh://git@git.example.com:2222/team/sub/shop.git')).toBe('https://git.example.com/team/sub/shop');
    expect(browsableRemote('https://github.com/acme/shop')).toBe('https://github.com/acme/shop');
    expect(browsableRemote('/srv/mirrors/shop.git')).toBeUndefined();
    expect(treeUrl('https://bitbucket.org/acme/shop', 'main', '.')).toBe('https://bitbucket.org/acme/shop/src/main/');
  });
});
