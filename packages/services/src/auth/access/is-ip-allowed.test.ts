import { describe, expect, it } from 'vitest';
import { isIpAllowed } from './is-ip-allowed.js';

describe('isIpAllowed', () => {
  it('admits everyone when there is no list, and nobody unknown when there is one', () => {
    expect(isIpAllowed('10.0.0.1', null)).toBe(true);
    expect(isIpAllowed(null, null)).toBe(true);
    expect(isIpAllowed(null, ['10.0.0.1'])).toBe(false);
  });

  it('matches addresses, CIDR subnets and ranges, IPv4 and IPv6', () => {
    const list = ['192.168.1.10', '10.0.0.0/8', '172.16.0.5-172.16.0.9', '2001:db8::/32'];
    expect(isIpAllowed('192.168.1.10', list)).toBe(true);
    expect(isIpAllowed('192.168.1.11', list)).toBe(false);
    expect(isIpAllowed('10.200.3.4', list)).toBe(true);
    expect(isIpAllowed('172.16.0.7', list)).toBe(true);
    expect(isIpAllowed('172.16.0.10', list)).toBe(false);
    expect(isIpAllowed('2001:db8::1', list)).toBe(true);
    expect(isIpAllowed('2001:db9::1', list)).toBe(false);
  });

  it('reads IPv4-mapped IPv6 clients as IPv4, and ignores garbage entries and addresses', () => {
    expect(isIpAllowed('::ffff:10.1.2.3', ['10.0.0.0/8'])).toBe(true);
    expect(isIpAllowed('10.1.2.3', ['not-an-ip', '10.1.2.3'])).toBe(true);
    expect(isIpAllowed('garbage', ['10.0.0.0/8'])).toBe(false);
  });
});
