import { describe, expect, test } from 'vitest';
import { numericToCountryCode, toCountryName, toFlagEmoji } from './countries';

describe('toCountryName', () => {
  test('common English names, EU and Kosovo included; unknown codes come back as they are', () => {
    expect(toCountryName('de')).toBe('Germany');
    expect(toCountryName('US')).toBe('United States');
    expect(toCountryName('CN')).toBe('China');
    expect(toCountryName('EU')).toBe('European Union');
    expect(toCountryName('XK')).toBe('Kosovo');
    expect(toCountryName('QQ')).toBe('QQ');
  });
});

describe('toFlagEmoji', () => {
  test('regional indicators for two letters, nothing otherwise', () => {
    expect(toFlagEmoji('GB')).toBe('\u{1F1EC}\u{1F1E7}');
    expect(toFlagEmoji('gbr')).toBe('');
  });
});

describe('numericToCountryCode', () => {
  test('maps world-atlas ids (ISO numeric, zero-padded or not)', () => {
    expect(numericToCountryCode('276')).toBe('DE');
    expect(numericToCountryCode(76)).toBe('BR');
    expect(numericToCountryCode('999')).toBeNull();
  });
});
