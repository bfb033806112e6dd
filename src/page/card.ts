/** The hover card and the fallback overlay, in a closed-off shadow root; page text only ever goes in as text. */
import { browser } from 'wxt/browser';
import { familyName, kindLabel, reasonOf } from '../present/describe';
import { KIND_COLOURS, KINDS, kindOf } from '../present/kind';
import { browserWords, type MessageKey, type Words } from '../present/words';
import type { PageFinding } from '../report/report';
import { FINEPRINT_HOST_ATTR } from './extract';
import type { Marked } from './highlight';
import { boundsOf } from './jump';

/** A clause rarely carries more than a few findings; the card shows at most this many. */
const MAX_CARD_ENTRIES = 4;

// Written compact: the content script has a 15 kB gzip budget.
const CARD_CSS = `
:host{all:initial;position:absolute;top:0;left:0;width:0;height:0;overflow:visible}
.card{position:fixed;z-index:2147483647;max-width:360px;padding:10px 12px;border-radius:8px;font:13px/1.45 system-ui,sans-serif;color:#1b1b1f;background:#fff;border:1px solid #c9c9d1;box-shadow:0 6px 24px rgba(0,0,0,.25);pointer-events:none}
.card[hidden]{display:none}.head{display:flex;gap:8px;align-items:center;font-weight:600;margin-bottom:4px}
.sev{font-size:11px;text-transform:uppercase;letter-spacing:.04em;padding:1px 6px;border-radius:4px;color:#fff}
${KINDS.map((k) => `.sev.${k}{background:${KIND_COLOURS[k].light}}`).join('')}.fact,.cues{margin-top:2px}
.label{color:#5e5e66;font-weight:600}.why{margin-top:2px;color:#44444c}
.why+.head,.cues+.head{margin-top:8px;padding-top:8px;border-top:1px solid #e2e2e8}
.brand{margin-top:6px;font-size:11px;color:#5e5e66}
.box{position:absolute;pointer-events:none;border-bottom:2px solid}
${KINDS.map((k) => `.box.${k}{background:${KIND_COLOURS[k].mark};border-bottom:${KIND_COLOURS[k].line ?? '2px transparent'} solid}`).join('')}
@media (prefers-color-scheme:dark){.card{color:#ececf1;background:#22222a;border-color:#4a4a55}.why{color:#c4c4cc}
.label,.brand{color:#a4a4ae}.why+.head,.cues+.head{border-top-color:#3a3a44}}
`;

type Fact = 'what' | 'who' | 'howLong' | 'where' | 'whatFor' | 'telling';
/** A fact about the clause from a finding's details, labelled for a reader (card.fact.* in the locale files);
 *  unknown keys keep their own name. */
const FACT_OF: Record<string, Fact> = {
  data: 'what', dataTypes: 'what', to: 'who', recipients: 'who', period: 'howLong', notice: 'telling', where: 'where', purpose: 'whatFor',
};
/** Facts in the order a reader asks: what, who, how long, then the rest. */
const FACT_ORDER: Fact[] = ['what', 'who', 'howLong', 'where', 'whatFor', 'telling'];
const factLabel = (fact: Fact, words: Words) => words.t(`card.fact.${fact}` as MessageKey);
/** The cue list is short; more words than this say less, not more. */
const MAX_CUES = 6;

export interface CardEntry {
  /** high | medium | low | info | good: the badge's colour. */
  kind: string;
  badge: string;
  family: string;
  facts: [label: string, value: string][];
  why: string;
  /** The clause's own words that decided the finding. */
  because: string[];
}

/** One entry per family for one clause, most severe first: its facts and cues merged, one reason, and a promise
 *  not to ("does-not") only when nothing in the same family says it does. */
export function cardEntries(findings: readonly PageFinding[], words: Words = browserWords(browser.i18n)): CardEntry[] {
  const order = FACT_ORDER.map((fact) => factLabel(fact, words));
  const byFamily = new Map<string, PageFinding[]>();
  for (const f of findings) byFamily.set(f.family, [...(byFamily.get(f.family) ?? []), f]);
  const entries: CardEntry[] = [];
  for (const [family, all] of byFamily) {
    const does = all.filter((f) => f.polarity === 'does');
    const group = does.length ? does : all;
    const top = group[0]!;
    const facts = new Map<string, string[]>();
    for (const f of group) {
      for (const [key, value] of Object.entries(f.details)) {
        const fact = FACT_OF[key];
        const label = fact ? factLabel(fact, words) : key.charAt(0).toUpperCase() + key.slice(1);
        const values = facts.get(label) ?? [];
        if (value && !values.includes(value)) facts.set(label, [...values, value]);
      }
    }
    // Only the clause's own words: a cue the clause does not contain would not tell the reader why this clause.
    const clause = top.text.toLowerCase();
    const because = [...new Set(group.flatMap((f) => f.because ?? [])
      .filter((c) => c.trim() !== '' && clause.includes(c.toLowerCase()))
      .map((c) => wholeWords(c, top.text)))];
    const kind = kindOf(top);
    // A stock "does not" sentence would contradict a clause that names a period or a recipient: say less instead.
    const limited = top.polarity === 'does-not' && facts.size > 0;
    entries.push({
      kind,
      badge: limited && kind !== 'good' ? words.t('kind.limits') : kindLabel(top, words),
      family: familyName(family, words),
      facts: [...facts].map(([label, values]) => [label, values.join('; ')] as [string, string])
        .sort(([a], [b]) => rankOf(a, order) - rankOf(b, order)),
      why: limited ? words.t('card.limited') : reasonOf(top, words),
      because: because.slice(0, MAX_CUES),
    });
  }
  return entries;
}

/** A cue cut inside a word ("in our arc" of "in our archive") ends at the last whole word instead. */
export function wholeWords(cue: string, clause: string): string {
  const at = clause.toLowerCase().indexOf(cue.toLowerCase());
  if (at < 0 || !/\p{L}/u.test(clause[at + cue.length] ?? '') || !cue.includes(' ')) return cue;
  return `${cue.slice(0, cue.lastIndexOf(' '))}…`;
}

function rankOf(label: string, order: readonly string[]): number {
  const i = order.indexOf(label);
  return i < 0 ? order.length : i;
}

/** Where the card goes: above the clause, else beside it, else below it, never over the clause's own lines. */
export function placeCard(clause: readonly DOMRectReadOnly[], card: { width: number; height: number }, view: { width: number; height: number }, pointerX?: number): { left: number; top: number } {
  const GAP = 8;
  const box = boundsOf(clause) ?? { left: 0, top: 0, right: 0, bottom: 0 };
  const clampX = (x: number) => Math.min(Math.max(GAP, x), Math.max(GAP, view.width - card.width - GAP));
  const clampY = (y: number) => Math.min(Math.max(GAP, y), Math.max(GAP, view.height - card.height - GAP));
  const x = clampX((pointerX ?? box.left) - 24);
  const candidates = [
    { left: x, top: box.top - GAP - card.height },
    { left: box.right + GAP, top: clampY(box.top) },
    { left: box.left - GAP - card.width, top: clampY(box.top) },
    { left: x, top: box.bottom + GAP },
  ];
  const fits = (c: { left: number; top: number }) => c.left >= GAP - 0.5 && c.top >= GAP - 0.5
    && c.left + card.width <= view.width - GAP + 0.5 && c.top + card.height <= view.height - GAP + 0.5;
  // Nothing fits (a clause taller than the screen): the top right corner, over as little of it as the screen allows.
  return candidates.find(fits) ?? { left: clampX(view.width), top: GAP };
}

export interface PageUi {
  /** Every finding of one clause, most severe first, beside the clause's rects (viewport coordinates of this page). */
  showCard(findings: PageFinding[], clause: readonly DOMRectReadOnly[], pointerX?: number): void;
  hideCard(): void;
  drawOverlay(marks: Marked[]): void;
  destroy(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text = ''): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = cls;
  e.textContent = text;
  return e;
}

/** One host element on the page; everything else lives in its shadow root. The card speaks the browser's language. */
export function createPageUi(doc: Document = document, words: Words = browserWords(browser.i18n)): PageUi {
  const host = doc.createElement('fineprint-ui');
  host.setAttribute(FINEPRINT_HOST_ATTR, '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const card = el(doc, 'div', 'card');
  card.hidden = true;
  card.setAttribute('role', 'tooltip');
  card.id = 'fineprint-card';
  const layer = el(doc, 'div', 'layer');
  shadow.append(style, layer, card);
  doc.documentElement.append(host);

  return {
    showCard(findings, clause, pointerX) {
      const parts: HTMLElement[] = [];
      for (const entry of cardEntries(findings, words).slice(0, MAX_CARD_ENTRIES)) {
        const head = el(doc, 'div', 'head');
        head.append(el(doc, 'span', `sev ${entry.kind}`, entry.badge), el(doc, 'span', 'family', entry.family));
        parts.push(head);
        for (const [label, value] of entry.facts) {
          const fact = el(doc, 'div', 'fact');
          fact.append(el(doc, 'span', 'label', `${words.t('card.label', [label])} `), el(doc, 'span', 'value', value));
          parts.push(fact);
        }
        parts.push(el(doc, 'div', 'why', entry.why));
        if (entry.because.length) {
          const cues = el(doc, 'div', 'cues');
          cues.append(el(doc, 'span', 'label', `${words.t('card.label', [words.t('card.decidedBy')])} `), el(doc, 'span', 'value', entry.because.map((c) => `“${c}”`).join(words.t('summary.listSeparator'))));
          parts.push(cues);
        }
      }
      parts.push(el(doc, 'div', 'brand', words.t('card.brand')));
      card.replaceChildren(...parts);
      card.hidden = false;
      const view = doc.defaultView!;
      const at = placeCard(clause, { width: card.offsetWidth, height: card.offsetHeight }, { width: view.innerWidth, height: view.innerHeight }, pointerX);
      card.style.top = `${Math.round(at.top)}px`;
      card.style.left = `${Math.round(at.left)}px`;
    },
    hideCard() {
      card.hidden = true;
    },
    drawOverlay(marks) {
      const boxes: HTMLElement[] = [];
      const sx = doc.defaultView?.scrollX ?? 0, sy = doc.defaultView?.scrollY ?? 0;
      for (const m of marks) {
        const rects = m.range.getClientRects();
        for (let i = 0; i < rects.length; i++) {
          const r = rects[i]!;
          const b = el(doc, 'div', `box ${m.kind}`);
          Object.assign(b.style, { left: `${r.left + sx}px`, top: `${r.top + sy}px`, width: `${r.width}px`, height: `${r.height}px` });
          boxes.push(b);
        }
      }
      layer.replaceChildren(...boxes);
    },
    destroy() {
      host.remove();
    },
  };
}
