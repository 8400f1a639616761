import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { extractToken } from './extract-token.js';

const request = (query: Record<string, unknown>, headers: Record<string, string>) =>
  ({ query, headers }) as unknown as FastifyRequest;

describe('extractToken', () => {
  it('reads the query, a bearer header in any case, or the session cookie', () => {
    expect(extractToken(request({ access_token: 'q' }, {}), 'sid')).toEqual({ token: 'q', source: 'query' });
    expect(extractToken(request({}, { authorization: 'BeArEr  h ' }), 'sid')).toEqual({
      token: 'h',
      source: 'header',
    });
    expect(extractToken(request({}, { cookie: 'other=1; sid=c%20d' }), 'sid')).toEqual({
      token: 'c d',
      source: 'cookie',
    });
    expect(extractToken(request({}, { cookie: 'sid=%E0%A4%A' }), 'sid')?.token).toBe('%E0%A4%A');
  });

  it('prefers query or header over the cookie, and finds nothing when there is nothing', () => {
    expect(extractToken(request({}, { authorization: 'Bearer h', cookie: 'sid=c' }), 'sid')?.token).toBe('h');
    expect(extractToken(request({}, { authorization: 'Basic abc' }), 'sid')).toBeNull();
    expect(extractToken(request({}, {}), 'sid')).toBeNull();
  });

  it('refuses a token in both the query and the header', () => {
    expect(() => extractToken(request({ access_token: 'q' }, { authorization: 'Bearer h' }), 'sid')).toThrow(
      /more than one method/,
    );
  });
});
