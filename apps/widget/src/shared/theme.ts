/**
 * The two colour themes. Each colour is a documented custom property (`--tip-<name>`) a host page
 * may set; these are the defaults. theme.test.ts holds them to WCAG AA: text 4.5:1 against the
 * background, bars and focus ring 3:1.
 */
export interface Palette {
  /** Background of the widget. */
  bg: string;
  /** Body text. */
  fg: string;
  /** Secondary text: years, notes, captions. */
  muted: string;
  /** Links, the pressed toggle, the later year's bar. */
  accent: string;
  /** Text on an accent background (the pressed toggle). */
  'on-accent': string;
  /** The earlier year's bar. */
  from: string;
  /** Rules between rows, table lines. */
  border: string;
  /** The edge of a message about a bad attribute. */
  warn: string;
}

export const palettes: Record<'light' | 'dark', Palette> = {
  light: {
    bg: '#ffffff',
    fg: '#1b1d21',
    muted: '#4f5560',
    accent: '#0b57d0',
    'on-accent': '#ffffff',
    from: '#6b7280',
    border: '#c9ced6',
    warn: '#a14d00',
  },
  dark: {
    bg: '#16181d',
    fg: '#eceff4',
    muted: '#aeb4be',
    accent: '#8ab4f8',
    'on-accent': '#0d1117',
    from: '#9aa1ab',
    border: '#3a3f48',
    warn: '#f5b35c',
  },
};

/** `--_x: var(--tip-x, default)` for each colour: the host's value wins, the theme's fills in. */
export function paletteDeclarations(palette: Palette): string {
  return Object.entries(palette)
    .map(([name, value]) => `--_${name}:var(--tip-${name},${value});`)
    .join('');
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
