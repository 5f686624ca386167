import { describe, expect, it } from 'vitest';
import { parseSourceUrl, remoteKey } from '../../src/analyze/history/source-location.js';

describe('source locations and remotes', () => {
  it.each([
    ['https://github.com/Acme/Shop/tree/main/services/cart/', { key: 'github.com/acme/shop', name: 'shop', path: 'services/cart' }],
    ['https://github.com/acme/shop/blob/v1.2/README.md', { key: 'github.com/acme/shop', name: 'shop', path: 'README.md' }],
    ['https://gitlab.example.com/group/sub/shop/-/tree/main/api', { key: 'gitlab.example.com/group/sub/shop', name: 'shop', path: 'api' }],
    ['https://bitbucket.org/acme/shop/src/master/web/', { key: 'bitbucket.org/acme/shop', name: 'shop', path: 'web' }],
    ['https://github.com/acme/shop.git', { key: 'github.com/acme/shop', name: 'shop', path: '' }],
    ['https://github.com/acme/shop/tree/main/with%20space/', { key: 'github.com/acme/shop', name: 'shop', path: 'with space' }],
  ])('%s', (url, expected) => {
    expect(parseSourceUrl(url)).toEqual(expected);
  });

  it('refuses what is not an http(s) URL', () => {
    expect(parseSourceUrl('file:///etc/passwd')).toBeUndefined();
    expect(parseSourceUrl('not a url')).toBeUndefined();
  });

  it.each([
    ['git@github.com:Acme/shop.git', 'github.com/acme/shop'],
    ['ssh://git@github.com/acme/shop.git', 'github.com/acme/shop'],
    ['https://github.com/acme/shop', 'github.com/acme/shop'],
    ['ssh://git@git.example.com:2222/team/shop.git', 'git.example.com/team/shop'],
  ])('remote %s', (remote, key) => {
    expect(remoteKey(remote)).toBe(key);
  });
});
