import { describe, expect, it } from 'vitest';
import { parseFieldReference } from './parse-field-reference.js';
import { toFunctionOutputKey } from './to-function-output-key.js';

const cases: [string, string][] = [
  ['year(date_created)', 'date_created_year'],
  ['weekday(date)', 'date_weekday'],
  ['count(comments)', 'comments_count'],
  ['json(meta, a.b)', 'meta_a_b_json'],
  ['json(meta, a.b[0].c)', 'meta_a_b_0_c_json'],
  ['json(meta,[1])', 'meta_1_json'],
  ['author.year(date)', 'date_year'],
  ['title', 'title'],
  ['author.name', 'name'],
];

describe('toFunctionOutputKey', () => {
  it.each(cases)('%s → %s', (text, key) => {
    expect(toFunctionOutputKey(text)).toBe(key);
    expect(toFunctionOutputKey(parseFieldReference(text))).toBe(key);
  });
});
