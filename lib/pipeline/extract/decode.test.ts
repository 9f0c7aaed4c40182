import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeBytes, findDeclaredCharset } from './decode';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/extract', name)));

describe('decodeBytes', () => {
  test('honours a declared iso-8859-1 charset (decoded as windows-1252)', () => {
    const decoded = decodeBytes(fixture('latin1-declared.html'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('größere Übersicht über Funkmasten in Süddeutschland');
  });

  test('sniffs windows-1252 when nothing is declared, including curly quotes and dashes', () => {
    const decoded = decodeBytes(fixture('cp1252-undeclared.html'));
    expect(decoded.encodingSource).toBe('sniff');
    expect(decoded.text).toContain('Funkmasten – „neue“ Standorte');
  });

  test('decodes iso-8859-2 Polish text from <meta charset>', () => {
    const decoded = decodeBytes(fixture('latin2-polish.html'));
    expect(decoded.encoding).toBe('iso-8859-2');
    expect(decoded.text).toContain('Urząd Komunikacji Elektronicznej ogłosił');
  });

  test('follows a UTF-16 byte order mark', () => {
    const decoded = decodeBytes(fixture('utf16-bom.txt'));
    expect(decoded.encodingSource).toBe('bom');
    expect(decoded.text).toContain('Die Anbieter haben ihre Netze ausgebaut');
  });

  test('prefers valid multi-byte UTF-8 over a wrong single-byte declaration', () => {
    const bytes = new TextEncoder().encode('<meta charset="iso-8859-1"><p>Straße in Köln</p>');
    expect(decodeBytes(bytes).text).toContain('Straße in Köln');
  });

  test('uses the HTTP charset before the page declaration', () => {
    const bytes = Buffer.from('<meta charset="utf-8"><p>caf\xe9</p>', 'latin1');
    expect(decodeBytes(bytes, 'text/html; charset=ISO-8859-1').text).toContain('café');
  });
});

describe('findDeclaredCharset', () => {
  test('reads http-equiv content and XML declarations', () => {
    expect(findDeclaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'))).toBe(
      'windows-1250',
    );
    expect(findDeclaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?><html>'))).toBe('ISO-8859-15');
  });
});
