import { parse } from 'qs';
import { describe, expect, it } from 'vitest';
import { parseFlatQueryString } from './parse-flat-query-string.js';

const qs = (text: string) => parse(text, { depth: 5, arrayLimit: 100, allowDots: false });

describe('parseFlatQueryString', () => {
  it('reads flat query strings exactly as qs does', () => {
    for (const text of [
      'fields=id,title,status,author&limit=25',
      'fields=author.name&sort=-title',
      'a=1&&b=&c',
      '=x&a=b=c',
      'search=hello+world&filter=%7B%22a%22%3A%7B%22_eq%22%3A1%7D%7D',
      'fields=id%2Ctitle&bad=%E0%A4%A&plus=%2B',
      'caf%C3%A9=cr%C3%A8me',
      '',
    ]) {
      expect(parseFlatQueryString(text), text).toEqual(qs(text));
    }
  });

  it('leaves nesting, repeated keys, prototype names and very long strings to qs', () => {
    expect(parseFlatQueryString('filter[status][_eq]=published')).toBeNull();
    expect(parseFlatQueryString('filter%5Bstatus%5D=published')).toBeNull();
    expect(parseFlatQueryString('filter%5bstatus%5d=published')).toBeNull();
    expect(parseFlatQueryString('fields=id&fields=title')).toBeNull();
    expect(parseFlatQueryString('a=1&toString=2')).toBeNull();
    expect(parseFlatQueryString('__proto__=1')).toBeNull();
    expect(parseFlatQueryString(Array.from({ length: 1001 }, (_, i) => `k${i}=1`).join('&'))).toBeNull();
  });

  it('agrees with qs on random strings whenever it answers', () => {
    const alphabet = ['a', 'b', '=', '&', '+', '%', '2', '5', 'B', 'C', '.', ',', '%20', '%E2%82%AC', 'í'];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let answered = 0;
    for (let run = 0; run < 5000; run++) {
      const length = Math.floor(random() * 14);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const flat = parseFlatQueryString(text);
      if (flat === null) continue;
      answered++;
      expect(flat, text).toEqual(qs(text));
    }
    expect(answered).toBeGreaterThan(1000);
  });
});
