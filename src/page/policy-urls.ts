/** URL paths that look like a privacy policy: the content script is declared only for these. */

// Words that name a policy page in URLs across languages (yinsi = 隐私 in pinyin).
export const POLICY_PATH_WORDS = [
  'privacy', 'policy', 'policies', 'legal', 'terms', 'cookie', 'datenschutz', 'confidentialite',
  'confidentialité', 'privacidad', 'privacidade', 'riservatezza', 'yinsi', 'tos', 'gdpr', 'ccpa',
] as const;

export const POLICY_URL_MATCHES = POLICY_PATH_WORDS
  .filter((w) => /^[a-z]+$/.test(w) && w !== 'tos')
  .flatMap((w) => [`https://*/*${w}*`, `http://*/*${w}*`]);

/** The built content script (entrypoints/reader.ts), as the manifest, the popup's injection and the all-sites
 *  registration name it. */
export const READER_SCRIPT = 'reader.js';
