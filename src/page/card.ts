/** The hover card and the fallback overlay, in a closed-off shadow root; page text only ever goes in as text. */
import { browser } from 'wxt/browser';
import { familyName, kindLabel, reasonOf } from '../present/describe';
import { detailsText } from '../present/families';
import { KIND_COLOURS, KINDS, kindOf } from '../present/kind';
import { browserWords, type Words } from '../present/words';
import type { ReportFinding } from '../report/report';
import { FINEPRINT_HOST_ATTR } from './extract';
import type { Marked } from './highlight';

/** A clause rarely carries more than a few findings; the card shows at most this many. */
const MAX_CARD_ENTRIES = 4;

const CARD_CSS = `
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; }
.card { position: fixed; z-index: 2147483647; max-width: 360px; padding: 10px 12px; border-radius: 8px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1f; background: #fff;
  border: 1px solid #c9c9d1; box-shadow: 0 6px 24px rgba(0,0,0,.25); pointer-events: none; }
.card[hidden] { display: none; }
.head { display: flex; gap: 8px; align-items: center; font-weight: 600; margin-bottom: 4px; }
.sev { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; padding: 1px 6px; border-radius: 4px; color: #fff; }
${KINDS.map((k) => `.sev.${k} { background: ${KIND_COLOURS[k].light}; }`).join(' ')}
.details { margin-top: 2px; color: #44444c; }
.why + .head, .details + .head { margin-top: 8px; }
.brand { margin-top: 6px; font-size: 11px; color: #5e5e66; }
.box { position: absolute; pointer-events: none; border-bottom: 2px solid; }
${KINDS.map((k) => `.box.${k} { background: ${KIND_COLOURS[k].mark}; border-color: ${KIND_COLOURS[k].line ?? 'transparent'}; }`).join('\n')}
@media (prefers-color-scheme: dark) {
  .card { color: #ececf1; background: #22222a; border-color: #4a4a55; }
  .details { color: #c4c4cc; } .brand { color: #a4a4ae; }
}
`;

export interface PageUi {
  /** Every finding of one clause, most severe first. */
  showCard(findings: ReportFinding[], anchor: DOMRect): void;
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
    showCard(findings, anchor) {
      const parts: HTMLElement[] = [];
      for (const f of findings.slice(0, MAX_CARD_ENTRIES)) {
        const head = el(doc, 'div', 'head');
        head.append(el(doc, 'span', `sev ${kindOf(f)}`, kindLabel(f, words)), el(doc, 'span', 'family', familyName(f.family, words)));
        parts.push(head, el(doc, 'div', 'why', reasonOf(f, words)));
        const details = detailsText(f.details, ' · ');
        if (details) parts.push(el(doc, 'div', 'details', details));
      }
      parts.push(el(doc, 'div', 'brand', words.t('card.brand')));
      card.replaceChildren(...parts);
      card.hidden = false;
      const view = doc.defaultView!;
      const top = anchor.bottom + 8 + 160 < view.innerHeight ? anchor.bottom + 8 : Math.max(8, anchor.top - 8 - card.offsetHeight);
      card.style.top = `${Math.round(top)}px`;
      card.style.left = `${Math.round(Math.min(Math.max(8, anchor.left), view.innerWidth - 370))}px`;
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
          const b = el(doc, 'div', `box ${m.positive ? 'good' : m.severity}`);
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
