import { describe, expect, it } from 'vitest';
import { readApi, readMetricIds } from './attributes.js';

describe('defaults and parsing', () => {
  it('metrics: a comma list, blanks and repeats dropped; empty means the default', () => {
    expect(readMetricIds(' a , b,,a ')).toEqual(['a', 'b']);
    expect(readMetricIds(' , ')).toBeUndefined();
    expect(readMetricIds(undefined)).toBeUndefined();
  });

  it('api: relative or absolute, always a base ending in /', () => {
    const page = 'https://partner.example/news/story.html';
    expect(readApi('/', page).value?.href).toBe('https://partner.example/');
    expect(readApi('https://api.example/tip', page).value?.href).toBe('https://api.example/tip/');
    expect(readApi('ftp://x/', page).problem?.attribute).toBe('api');
  });

  it('api: a bare word, a protocol-relative or an overlong value is refused, not fetched', () => {
    const page = 'https://partner.example/news/story.html';
    for (const value of [
      'api',
      'x'.repeat(200),
      '//evil.example/',
      `https://a.example/${'x'.repeat(3000)}`,
    ]) {
      expect(readApi(value, page).value).toBeUndefined();
      expect(readApi(value, page).problem?.attribute).toBe('api');
    }
    expect(readApi('x'.repeat(5000), page).problem?.params?.value?.toString().length).toBeLessThan(
      200,
    );
  });
});
