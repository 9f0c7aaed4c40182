import { describe, expect, test } from 'vitest';
import { assertUrlAllowed, isBlockedAddress, UnsafeUrlError } from './url-safety';

const strict = { allowPrivate: false };
const lenient = { allowPrivate: true };

describe('isBlockedAddress', () => {
  test.each([
    ['127.0.0.1', /loopback/],
    ['10.1.2.3', /private/],
    ['172.20.0.5', /private/],
    ['192.168.1.1', /private/],
    ['::1', /loopback/],
    ['fd12:3456::1', /unique-local/],
    ['100.64.0.1', /carrier-grade/],
  ])('blocks %s unless private URLs are allowed', (ip, reason) => {
    expect(isBlockedAddress(ip, strict)).toMatch(reason);
    expect(isBlockedAddress(ip, lenient)).toBeNull();
  });

  test.each([
    ['169.254.169.254', /link-local.*metadata/],
    ['169.254.0.1', /link-local/],
    ['fe80::1', /link-local/],
    ['fd00:ec2::254', /metadata/],
    ['100.100.100.200', /metadata/],
    ['0.0.0.0', /this network/],
    ['::', /unspecified/],
    ['224.0.0.251', /multicast/],
    ['255.255.255.255', /reserved/],
  ])('always blocks %s', (ip, reason) => {
    expect(isBlockedAddress(ip, lenient)).toMatch(reason);
    expect(isBlockedAddress(ip, strict)).toMatch(reason);
  });

  test('sees through IPv4 embedded in IPv6', () => {
    expect(isBlockedAddress('::ffff:169.254.169.254', lenient)).toMatch(/link-local.*embedded/);
    expect(isBlockedAddress('::ffff:a9fe:a9fe', lenient)).toMatch(/link-local/);
    expect(isBlockedAddress('::ffff:127.0.0.1', strict)).toMatch(/loopback/);
    expect(isBlockedAddress('64:ff9b::a9fe:a9fe', lenient)).toMatch(/link-local/);
    expect(isBlockedAddress('2002:a9fe:a9fe::1', lenient)).toMatch(/link-local/);
    expect(isBlockedAddress('[::ffff:10.0.0.1]', strict)).toMatch(/private/);
  });

  test('lets public addresses through', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700::6810:85e5', '::ffff:8.8.8.8']) {
      expect(isBlockedAddress(ip, strict)).toBeNull();
    }
  });

  test('says so when given something that is not an IP', () => {
    expect(isBlockedAddress('example.com', strict)).toMatch(/not an IP/);
  });
});

describe('assertUrlAllowed', () => {
  const refused = (url: string, policy = strict) => expect(assertUrlAllowed(url, policy)).rejects.toBeInstanceOf(UnsafeUrlError);

  test('returns the address to pin for a public IP literal', async () => {
    await expect(assertUrlAllowed('https://93.184.216.34/news?id=1', strict)).resolves.toMatchObject({
      address: '93.184.216.34',
      family: 4,
    });
    await expect(assertUrlAllowed('http://[2606:4700::6810:85e5]:8080/', strict)).resolves.toMatchObject({ family: 6 });
  });

  test('refuses decimal, octal and hex spellings of loopback and metadata addresses', async () => {
    await refused('http://2130706433/');
    await refused('http://0x7f.1/');
    await refused('http://017700000001/');
    await refused('http://[::ffff:127.0.0.1]/');
    await refused('http://2852039166/latest/meta-data/', lenient); // 169.254.169.254
    await expect(assertUrlAllowed('http://0xa9fea9fe/', lenient)).rejects.toThrow(/link-local/);
  });

  test('refuses localhost by name unless private URLs are allowed', async () => {
    await expect(assertUrlAllowed('http://localhost:3000/feed.xml', strict)).rejects.toThrow(
      /localhost resolves to .*loopback.*ALLOW_PRIVATE_URLS/,
    );
    await expect(assertUrlAllowed('http://localhost:3000/feed.xml', lenient)).resolves.toMatchObject({ url: expect.any(URL) });
  });

  test('refuses other schemes, credentials and non-web privileged ports', async () => {
    await expect(assertUrlAllowed('file:///etc/passwd', lenient)).rejects.toThrow(/only http and https/);
    await expect(assertUrlAllowed('gopher://93.184.216.34/', lenient)).rejects.toThrow(/only http and https/);
    await expect(assertUrlAllowed('http://user:pw@93.184.216.34/', lenient)).rejects.toThrow(/credentials/);
    await expect(assertUrlAllowed('http://93.184.216.34:25/', lenient)).rejects.toThrow(/port 25/);
    await expect(assertUrlAllowed('not a url', lenient)).rejects.toThrow(/not a valid absolute URL/);
  });

  test('allows web ports and high ports', async () => {
    await expect(assertUrlAllowed('http://93.184.216.34:80/', strict)).resolves.toBeTruthy();
    await expect(assertUrlAllowed('https://93.184.216.34:8443/', strict)).resolves.toBeTruthy();
  });
});
