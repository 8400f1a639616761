import { BlockList, isIPv4, isIPv6 } from 'node:net';

const INTEGER = /^\d{1,3}$/;

function isEntryValid(entry: string): boolean {
  const list = new BlockList();
  const [range, prefix, extra] = entry.trim().split('/');
  if (extra !== undefined || range === undefined) return false;
  const [from, to, rest] = range.split('-').map((part) => part.trim());
  if (rest !== undefined || from === undefined) return false;
  const family = isIPv4(from) ? 'ipv4' : isIPv6(from) ? 'ipv6' : null;
  if (family === null) return false;
  try {
    if (prefix !== undefined) {
      if (to !== undefined || !INTEGER.test(prefix)) return false;
      list.addSubnet(from, Number(prefix), family);
    } else if (to !== undefined) list.addRange(from, to, family);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a policy's `ip_access` value is one Plinth can enforce: null, or a list (array or comma
 * separated text) of IP addresses, CIDR blocks (`10.0.0.0/8`) and ranges (`10.0.0.1-10.0.0.9`, both
 * ends of one family, in order). Wildcards and masks are not.
 */
export function isIpAccessValid(value: unknown): boolean {
  if (value === null) return true;
  const entries = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(entries)) return false;
  return entries.every(
    (entry) =>
      typeof entry === 'string' && (entry.trim() === '' ? typeof value === 'string' : isEntryValid(entry)),
  );
}
