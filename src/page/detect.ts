/** Is this page a privacy policy? A cheap score from URL, title, headings and policy vocabulary. */
import { asRead, extractText } from './extract';
import { POLICY_PATH_WORDS } from './policy-urls';

export interface Detection {
  confidence: number;
  reasons: string[];
}

/** Scan automatically only at or above this confidence. */
export const AUTO_SCAN_THRESHOLD = 0.6;

const TITLE_WORDS = /\b(?:privacy|data protection|personal (?:data|information)|cookie) (?:policy|notice|statement|center|centre|information)|\bprivacy\b|datenschutz|confidentialit[ée]|privacidad|隐私|個人情報/i;
const HEADING_WORDS = /\b(?:privacy (?:policy|notice|statement)|information we collect|how we use (?:your )?information|(?:sharing|disclosure) of (?:your )?information|your (?:choices|rights)|data retention|cookies?|children'?s privacy|changes to this (?:policy|notice))\b|datenschutz|隐私政策|个人信息/i;
const VOCABULARY = /\b(?:personal (?:information|data)|third[- ]part(?:y|ies)|cookies|we collect|we (?:may )?share|opt[- ]out|retain|disclos(?:e|ure)|privacy|affiliates|law enforcement|ip address)\b|个人信息|隐私|第三方/gi;
/** A policy speaks as its author ("we", "our"): real ones at least ~12 times per 1,000 words (OPP-115 dev), an
 *  article about privacy policies about twice. */
const AUTHOR_VOICE = /\b(?:we|our|us)\b|我们/gi;
/** Words in the sample of body text that a policy page uses per 1,000 words. */
const DENSE_VOCABULARY_PER_K = 12;
const SAMPLE_CHARS = 30_000;
const SHADOW_SAMPLE_BELOW = 1_000;

function urlScore(url: string): number {
  try {
    const { pathname, search } = new URL(url);
    const path = decodeURIComponent(pathname + search).toLowerCase();
    return POLICY_PATH_WORDS.some((w) => path.includes(w)) ? 1 : 0;
  } catch {
    return 0;
  }
}

/** Detection over plain inputs, so that it is testable without a DOM. */
export function detectPolicy(input: { url: string; title: string; headings: string[]; sample: string }): Detection {
  const reasons: string[] = [];
  let confidence = 0;
  if (urlScore(input.url)) { confidence += 0.25; reasons.push('the address looks like a policy'); }
  if (TITLE_WORDS.test(input.title)) { confidence += 0.3; reasons.push('the title names a privacy policy'); }
  const policyHeadings = input.headings.filter((h) => HEADING_WORDS.test(h)).length;
  if (policyHeadings) { confidence += Math.min(0.3, 0.15 * policyHeadings); reasons.push(`${policyHeadings} policy heading${policyHeadings > 1 ? 's' : ''}`); }
  const words = Math.max(1, input.sample.split(/\s+/).length);
  const hits = input.sample.match(VOCABULARY)?.length ?? 0;
  const perK = (hits * 1000) / words;
  if (hits >= 8 && perK >= DENSE_VOCABULARY_PER_K) { confidence += 0.35; reasons.push('dense policy vocabulary'); }
  else if (hits >= 4 && perK >= DENSE_VOCABULARY_PER_K / 2) { confidence += 0.15; reasons.push('some policy vocabulary'); }
  // Fewer than 5 of them per 1,000 words, judged only on 200 words or more (written tersely: the content
  // script has no bytes to spare).
  if (!policyHeadings && words > 199 && (input.sample.match(AUTHOR_VOICE)?.length ?? 0) * 200 < words) { confidence -= 0.4; reasons.push('not in its own voice'); }
  return { confidence: Math.max(0, Math.min(1, Math.round(confidence * 100) / 100)), reasons };
}

/** Detection of a live document: reads little and lays out nothing. */
export function detectDocument(doc: Document, url = doc.location?.href ?? ''): Detection {
  // As the reader sees them: invisible characters and look-alike letters do not hide a policy.
  const headings = [...doc.querySelectorAll('h1, h2, h3, [role="heading"]')].slice(0, 60).map((h) => asRead(h.textContent ?? ''));
  let sample = asRead((doc.body?.textContent ?? '').slice(0, SAMPLE_CHARS));
  // Little text in the page itself: the content may live in shadow roots, which only extraction reads.
  if (sample.trim().length < SHADOW_SAMPLE_BELOW) sample = extractText(doc.body).text.slice(0, SAMPLE_CHARS);
  return detectPolicy({ url, title: asRead(doc.title ?? ''), headings, sample });
}
