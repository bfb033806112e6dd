/** How a finding is shown, everywhere: its kind, the order of kinds, and their colours on the page, in the popup and the badge. */
import type { Grade, Severity } from '../engine/types';

/** A risk by its severity, or a good sign. A "we do not …" clause shows as info. */
export type Kind = Severity | 'good';

/** The one order of kinds, most severe first and good signs last; every other order below is read from it. */
export const KINDS = ['high', 'medium', 'low', 'info', 'good'] as const satisfies readonly Kind[];

/** The severities in the same order (the kinds a rule can give). */
export const SEVERITIES: readonly Severity[] = KINDS.filter((k): k is Severity => k !== 'good');

/** 0 for high … 3 for info: sorts most severe first. */
export const SEVERITY_ORDER = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>;

/** Higher shows on top where findings of one clause overlap: high 4 … good 0. */
export const KIND_PRIORITY = Object.fromEntries(KINDS.map((k, i) => [k, KINDS.length - 1 - i])) as Record<Kind, number>;

interface Shown { points: number; polarity: string; severity: Severity; positive?: boolean }

/** The one place that decides how a finding is shown. The grade decides first: what it counts for the policy is a
 *  good sign and what it counts against it never is; a protective practice the grade left at zero (a repeat) stays good. */
export function kindOf(f: Shown): Kind {
  if (f.points > 0 || (f.points === 0 && f.polarity === 'does' && f.positive === true)) return 'good';
  return f.polarity === 'does-not' ? 'info' : f.severity;
}

/** A risk: the grade counts it against the policy (the popup lists it by family, the summary counts it). */
export function isRisk(f: Shown): boolean {
  return f.points < 0;
}

/** The most severe of some severities ('info' for none). */
export function worstSeverity(severities: Iterable<Severity>): Severity {
  let worst: Severity = 'info';
  for (const s of severities) if (SEVERITY_ORDER[s] < SEVERITY_ORDER[worst]) worst = s;
  return worst;
}

export interface KindColours {
  /** Label chips (white text on it) on light backgrounds. */
  light: string;
  /** The translucent highlight on the page, readable on light and dark pages, and its underline (width and colour). */
  mark: string;
  line: string | null;
}

/** Chip colours meet WCAG AA (4.5:1) against white text. */
export const KIND_COLOURS: Record<Kind, KindColours> = {
  high: { light: '#b3261e', mark: 'rgba(230,40,40,.28)', line: '2px rgb(200,30,30)' },
  medium: { light: '#9a5200', mark: 'rgba(245,150,0,.28)', line: '2px rgb(210,120,0)' },
  low: { light: '#6b5d00', mark: 'rgba(230,200,0,.25)', line: '1px rgb(170,140,0)' },
  info: { light: '#4a4a5a', mark: 'rgba(120,120,140,.18)', line: null },
  good: { light: '#1e6b3a', mark: 'rgba(30,170,90,.22)', line: '1px rgb(20,130,70)' },
};

/** Chips in dark mode (dark text on them, 4.5:1 or better); a table of its own so the page's script does not carry it. */
export const KIND_DARK_COLOURS: Record<Kind, string> = { high: '#ff8a80', medium: '#ffb74d', low: '#e6d15a', info: '#b4b4c4', good: '#7fd69b' };

/** The grade letter's colour: in the popup (white letter on it) and on the toolbar badge. */
export const GRADE_COLOURS: Record<Grade, string> = { A: '#1e7b3a', B: '#4f7a19', C: '#8a5a00', D: '#b23c0a', E: '#b3261e' };

/** CSS custom properties for the tables above (--high, --grade-B, …), light and dark. */
export function colourVariables(): string {
  const light = KINDS.map((k) => `--${k}: ${KIND_COLOURS[k].light};`).join(' ');
  const dark = KINDS.map((k) => `--${k}: ${KIND_DARK_COLOURS[k]};`).join(' ');
  const grades = Object.entries(GRADE_COLOURS).map(([g, c]) => `--grade-${g}: ${c};`).join(' ');
  return `:root { ${light} ${grades} }\n@media (prefers-color-scheme: dark) { :root { ${dark} } }\n`;
}
