import { BlockList, isIPv4, isIPv6 } from 'node:net';

const lists = new Map<string, BlockList>();

function toBlockList(entries: readonly string[]): BlockList {
  const key = entries.join(',');
  const cached = lists.get(key);
  if (cached) return cached;
  const list = new BlockList();
  for (const entry of entries) {
    try {
      const [range, prefix] = entry.split('/');
      const [from, to] = (range ?? '').split('-').map((part) => part.trim());
      const family = isIPv6(from ?? '') ? 'ipv6' : 'ipv4';
      if (prefix !== undefined) list.addSubnet(from!, Number(prefix), family);
      else if (to !== undefined) list.addRange(from!, to, family);
      else list.addAddress(from!, family);
    } catch {
      // An entry that is not an address or range admits nobody; the others still apply.
    }
  }
  if (lists.size > 1000) lists.clear();
  lists.set(key, list);
  return list;
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is checked as `10.0.0.1`. */
function normalise(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return mapped ? mapped[1]! : ip;
}

/**
 * Whether a client IP is inside a policy's `ip_access` list (addresses, CIDR subnets, `a-b` ranges).
 * No list admits everyone; an unknown IP is admitted by no list.
 */
export function isIpAllowed(ip: string | null, entries: readonly string[] | null): boolean {
  if (entries === null) return true;
  if (ip === null) return false;
  const address = normalise(ip);
  const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
  if (family === null) return false;
  return toBlockList(entries).check(address, family);
}
