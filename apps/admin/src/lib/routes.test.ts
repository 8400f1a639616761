import { describe, expect, it } from 'vitest';
import { type Route, toPath, toRoute } from './routes.js';

describe('routes', () => {
  it('parses every screen and prints it back', () => {
    const routes: Route[] = [
      { name: 'login' },
      { name: 'content' },
      { name: 'data-model' },
      { name: 'collection', collection: 'blog posts' },
      { name: 'item', collection: 'articles', id: '+' },
      { name: 'item', collection: 'articles', id: '12' },
      { name: 'users' },
      { name: 'roles' },
      { name: 'policies' },
      { name: 'policy', id: 'a1b2-c3' },
      { name: 'settings' },
      { name: 'files', folder: null },
      { name: 'files', folder: 'a1 b2' },
    ];
    for (const route of routes) expect(toRoute(toPath(route))).toEqual(route);
  });

  it('reads the token of the pages emails link to', () => {
    expect(toRoute('/admin/magic-link', '?token=abc')).toEqual({ name: 'magic-link', token: 'abc' });
    expect(toRoute('/admin/reset-password', '?token=a.b')).toEqual({ name: 'reset-password', token: 'a.b' });
    expect(toRoute('/admin/accept-invite')).toEqual({ name: 'accept-invite', token: '' });
    expect(toPath({ name: 'reset-password', token: 'a b' })).toBe('/admin/reset-password?token=a%20b');
  });

  it('lands unknown paths on the content home', () => {
    expect(toRoute('/admin')).toEqual({ name: 'content' });
    expect(toRoute('/admin/nope/1/2/3')).toEqual({ name: 'content' });
  });
});
