// SSRF guard: URL → the checked address to pin the connection to, or UnsafeUrlError (scheme, credentials, port, IP range).
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '../errors';
import { getEnv } from '../runtime/env';

export type UrlPolicy = { allowPrivate: boolean };

export type CheckedUrl = { url: URL; address: string; family: 4 | 6 };

export class UnsafeUrlError extends AppError {
  readonly url: string;
  constructor(url: string, reason: string) {
    super(`refused to fetch ${url}: ${reason}`, 400, 'unsafe_url');
    this.url = url;
  }
}

type Range = { cidr: string; reason: string };

// Never reachable, whatever the policy: link-local (cloud metadata lives there), "this network", multicast, reserved.
const ALWAYS_BLOCKED: Range[] = [
  { cidr: '169.254.0.0/16', reason: 'a link-local address (169.254.0.0/16, where cloud metadata services live)' },
  { cidr: 'fe80::/10', reason: 'an IPv6 link-local address (fe80::/10)' },
  { cidr: '100.100.100.200/32', reason: 'a cloud metadata address' },
  { cidr: 'fd00:ec2::254/128', reason: 'a cloud metadata address' },
  { cidr: '0.0.0.0/8', reason: 'an unspecified "this network" address (0.0.0.0/8)' },
  { cidr: '::/128', reason: 'the unspecified IPv6 address' },
  { cidr: '224.0.0.0/4', reason: 'a multicast address' },
  { cidr: 'ff00::/8', reason: 'an IPv6 multicast address' },
  { cidr: '240.0.0.0/4', reason: 'a reserved address (240.0.0.0/4)' },
  { cidr: '192.0.0.0/24', reason: 'an IETF protocol address (192.0.0.0/24)' },
  { cidr: '192.0.2.0/24', reason: 'a documentation address' },
  { cidr: '198.51.100.0/24', reason: 'a documentation address' },
  { cidr: '203.0.113.0/24', reason: 'a documentation address' },
  { cidr: '2001:db8::/32', reason: 'an IPv6 documentation address' },
  { cidr: '100::/64', reason: 'an IPv6 discard address' },
];

// Let through by ALLOW_PRIVATE_URLS=1 (tests, intranet feeds).
const PRIVATE: Range[] = [
  { cidr: '127.0.0.0/8', reason: 'a loopback address' },
  { cidr: '::1/128', reason: 'the IPv6 loopback address' },
  { cidr: '10.0.0.0/8', reason: 'a private address (10.0.0.0/8)' },
  { cidr: '172.16.0.0/12', reason: 'a private address (172.16.0.0/12)' },
  { cidr: '192.168.0.0/16', reason: 'a private address (192.168.0.0/16)' },
  { cidr: '100.64.0.0/10', reason: 'a carrier-grade NAT address (100.64.0.0/10)' },
  { cidr: '198.18.0.0/15', reason: 'a benchmarking network address' },
  { cidr: 'fc00::/7', reason: 'an IPv6 unique-local address (fc00::/7)' },
];

type CompiledRange = { list: BlockList; family: 4 | 6; reason: string };

function compile(ranges: Range[]): CompiledRange[] {
  return ranges.map(({ cidr, reason }) => {
    const [network = '', prefix = ''] = cidr.split('/');
    const family = isIP(network) === 6 ? 6 : 4;
    const list = new BlockList();
    list.addSubnet(network, Number(prefix), family === 6 ? 'ipv6' : 'ipv4');
    return { list, family, reason };
  });
}

const alwaysBlocked = compile(ALWAYS_BLOCKED);
const privateRanges = compile(PRIVATE);

function matchRange(ip: string, family: 4 | 6, ranges: CompiledRange[]): string | null {
  const type = family === 6 ? 'ipv6' : 'ipv4';
  return ranges.find((range) => range.family === family && range.list.check(ip, type))?.reason ?? null;
}

/** IPv4 hidden inside an IPv6 address (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16), else null. */
function embeddedIpv4(ip: string): string | null {
  const groups = expandIpv6(ip);
  if (!groups) return null;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = groups;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) return v4(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return v4(g6, g7);
  if (g0 === 0x2002 && g1 !== undefined && g2 !== undefined) return v4(g1, g2);
  return null;
}

function expandIpv6(ip: string): number[] | null {
  let text = ip
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const parts = dotted[1].split('.').map(Number);
    const [a = 0, b = 0, c = 0, d = 0] = parts;
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** Why this IP may not be fetched under the policy, or null when it may. */
export function isBlockedAddress(ip: string, policy: UrlPolicy): string | null {
  const bare = ip.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return `not an IP address (${ip})`;
  if (family === 6) {
    const inner = embeddedIpv4(bare);
    if (inner) {
      const reason = isBlockedAddress(inner, policy);
      return reason && `${reason}, embedded in the IPv6 address ${bare}`;
    }
  }
  const always = matchRange(bare, family as 4 | 6, alwaysBlocked);
  if (always) return always;
  if (policy.allowPrivate) return null;
  const priv = matchRange(bare, family as 4 | 6, privateRanges);
  return priv && `${priv} (set ALLOW_PRIVATE_URLS=1 to allow loopback and private networks)`;
}

const ALLOWED_PORTS_BELOW_1024 = new Set([80, 443]);

/** Parses and checks a URL, resolves its host and checks every address; the first address is to be pinned. */
export async function assertUrlAllowed(
  url: string,
  policy: UrlPolicy = { allowPrivate: getEnv().ALLOW_PRIVATE_URLS },
): Promise<CheckedUrl> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UnsafeUrlError(url, 'not a valid absolute URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UnsafeUrlError(url, `only http and https URLs are fetched, not ${parsed.protocol}`);
  }
  if (parsed.username || parsed.password) throw new UnsafeUrlError(url, 'URLs with credentials are not fetched');
  const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
  // Privileged ports other than web ones are mail, SSH, etc.: no feed lives there.
  if (port < 1024 && !ALLOWED_PORTS_BELOW_1024.has(port)) throw new UnsafeUrlError(url, `port ${port} is not a web port`);

  // The WHATWG parser has already turned decimal/octal/hex IPv4 forms (http://2130706433/) into dotted quads.
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch (error) {
      throw new UnsafeUrlError(url, `the host ${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? 'DNS error'})`);
    }
    if (addresses.length === 0) throw new UnsafeUrlError(url, `the host ${host} does not resolve`);
  }
  // Every record must pass: one bad record in a round-robin set is enough to be led inside.
  for (const { address } of addresses) {
    const reason = isBlockedAddress(address, policy);
    if (reason) throw new UnsafeUrlError(url, `${host === address ? 'it is' : `${host} resolves to ${address},`} ${reason}`);
  }
  const first = addresses[0]!;
  return { url: parsed, address: first.address, family: first.family === 6 ? 6 : 4 };
}
