// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AUTO_SCAN_THRESHOLD, detectDocument, detectPolicy } from '../../src/page/detect';

function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/<!doctype[^>]*>/i, '');
  return document;
}

describe('policy detection', () => {
  it('is confident on a privacy policy', () => {
    const doc = load(readFileSync('assets/sample-policy.html', 'utf8'));
    const d = detectDocument(doc, 'https://natter.example/privacy');
    expect(d.confidence).toBeGreaterThanOrEqual(AUTO_SCAN_THRESHOLD);
    expect(d.reasons).toContain('the title names a privacy policy');
  });

  it('does not scan a recipe, even one that mentions privacy in its footer', () => {
    const doc = load(readFileSync('test/fixtures/pages/recipe.html', 'utf8'));
    expect(detectDocument(doc, 'https://baking.example/recipes/lemon-cake').confidence).toBeLessThan(AUTO_SCAN_THRESHOLD);
  });

  it('does not scan a news article about privacy', () => {
    const d = detectPolicy({
      url: 'https://news.example/2026/03/01/regulators-fine-app',
      title: 'Regulators fine messaging app over data practices',
      headings: ['Regulators fine messaging app', 'What happens next'],
      sample: 'The regulator said on Tuesday that the company had failed to explain how long it kept messages. Critics said the fine was small. The company said it would appeal and that it takes privacy seriously. Shares fell two per cent.',
    });
    expect(d.confidence).toBeLessThan(AUTO_SCAN_THRESHOLD);
  });

  it('does not scan a long article about privacy policies at a policy-looking address', () => {
    const doc = load(readFileSync('test/fixtures/pages/news-article.html', 'utf8'));
    const d = detectDocument(doc, 'https://gazette.example/technology/why-nobody-reads-privacy-policies');
    expect(d.confidence).toBeLessThan(AUTO_SCAN_THRESHOLD);
    expect(d.reasons).toContain('not in its own voice');
  });

  it('still recognises a policy written in the third person when its headings are a policy\'s', () => {
    const practice = 'The company collects the IP address and browser type of each visitor and may share personal information with affiliates and service providers. ';
    const d = detectPolicy({
      url: 'https://firm.example/privacy-policy',
      title: 'Privacy Policy',
      headings: ['Privacy Policy', 'Information we collect'],
      sample: practice.repeat(20),
    });
    expect(d.confidence).toBeGreaterThanOrEqual(AUTO_SCAN_THRESHOLD);
  });

  it('does not scan a shop page', () => {
    const d = detectPolicy({
      url: 'https://shop.example/products/kettle',
      title: 'Electric kettle 1.7 l – Shop',
      headings: ['Electric kettle', 'Reviews', 'Delivery and returns'],
      sample: 'Add to basket. Free delivery on orders over 30 euros. Returns accepted within 30 days. Customers also bought a toaster.',
    });
    expect(d.confidence).toBeLessThan(AUTO_SCAN_THRESHOLD);
  });

  it('recognises a policy at an address without policy words, from its content', () => {
    const d = detectPolicy({
      url: 'https://app.example/help/article/123',
      title: 'Privacy Notice',
      headings: ['Information we collect', 'How we use information', 'Your choices'],
      sample: 'We collect personal information such as your IP address. We may share personal information with third parties and affiliates. We use cookies. You can opt out. We retain personal information. We may disclose personal information to law enforcement.',
    });
    expect(d.confidence).toBeGreaterThanOrEqual(AUTO_SCAN_THRESHOLD);
  });
});
