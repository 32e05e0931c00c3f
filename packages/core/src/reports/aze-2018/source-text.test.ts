import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getReport } from '../index.js';

const file = new URL('./source.txt', import.meta.url);
const sourceText = getReport('aze-2018')?.sourceText as string;

describe('the shipped source text', () => {
  it('is the file, byte for byte', () => {
    expect(Buffer.from(sourceText, 'utf8').equals(readFileSync(file))).toBe(true);
  });

  it('keeps the traits of the original: no trailing newline, one non-ASCII character (’)', () => {
    expect(sourceText.endsWith('\n')).toBe(false);
    expect([...sourceText].filter((c) => c.charCodeAt(0) > 127)).toEqual(['’']);
    expect(sourceText.startsWith('The government maintained victim protection efforts.')).toBe(
      true,
    );
  });
});
