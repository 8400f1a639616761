import { describe, expect, it } from 'vitest';
import { isIpAccessValid } from './is-ip-access-valid.js';

describe('isIpAccessValid', () => {
  it.each([
    [null],
    [[]],
    [['10.0.0.1']],
    [['10.0.0.0/8', '192.168.0.1-192.168.0.9', '::1', 'fe80::/10']],
    ['10.0.0.1, 10.0.0.2'],
    ['10.0.0.1,'],
  ])('accepts %j', (value) => {
    expect(isIpAccessValid(value)).toBe(true);
  });

  it.each([
    [['10.0.0.*']],
    [['10.0.0.0/33']],
    [['10.0.0.0/255.0.0.0']],
    [['10.0.0.9-10.0.0.1']],
    [['10.0.0.1-::1']],
    [['10.0.0.1/8/8']],
    [['not an ip']],
    [['']],
    [[42]],
    [{ ip: '10.0.0.1' }],
    [undefined],
  ])('refuses %j', (value) => {
    expect(isIpAccessValid(value)).toBe(false);
  });
});
