// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Highlighter, highlightApiAvailable, type Marked } from '../../src/page/highlight';

function markOf(text: string, id: string): Marked {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  return { id, kind: 'high', range };
}

describe('Highlighter without the CSS Custom Highlight API', () => {
  it('falls back to the overlay, and hides and shows it', () => {
    expect(highlightApiAvailable(window as unknown as Window & typeof globalThis)).toBe(false);
    const drawn: number[] = [];
    const h = new Highlighter((marks) => drawn.push(marks.length));
    h.apply([markOf('We sell your data.', 'a'), markOf('We keep logs forever.', 'b')]);
    expect(drawn.at(-1)).toBe(2);
    h.setVisible(false);
    expect(drawn.at(-1)).toBe(0);
    h.setVisible(true);
    expect(drawn.at(-1)).toBe(2);
    h.clear();
    expect(drawn.at(-1)).toBe(0);
  });
});
