/** SHA-256 of text, in hex: the key of cached reports and remembered policies, which a page cannot forge. */
export async function contentHash(text: string, hexChars = 64): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const b of new Uint8Array(digest)) hex += b.toString(16).padStart(2, '0');
  return hex.slice(0, hexChars);
}

/** A well-formed full hash: older history keyed by a 32-bit hash is not trusted. */
export const isContentHash = (s: unknown): s is string => typeof s === 'string' && /^[0-9a-f]{64}$/.test(s);
