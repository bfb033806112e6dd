/** The practice catalogue as the locale files carry it: the part of locales/<language>.yml generated from src/practices. */
import { DOES_NOT_GENERIC, FAMILIES, PRACTICES } from '../practices';
import type { Language } from '../practices/shape';

export const GENERATED_START = '# ── Generated from src/practices by `npm run locales`: edit the practice, not these lines. ──';
export const GENERATED_END = '# ── End of the generated part. ──';

/** Message keys allow letters, digits and underscores only: "legal-disclosure" → "legal_disclosure". */
const keyOf = (id: string) => id.replace(/[^A-Za-z0-9]/g, '_');

/** A YAML scalar that reads back as exactly `text`: plain where that is safe, else single-quoted. */
export function yamlScalar(text: string): string {
  const plain = /^[^\s'"#&*!|>%@`{}[\],?:-]/.test(text) && !/[:#]$|: | #|\s$|[\n\t]/.test(text)
    && !/^(?:y|n|yes|no|true|false|on|off|null|~|[-+.\d][\d._:eE+-]*)$/i.test(text);
  return plain ? text : `'${text.replaceAll("'", "''")}'`;
}

/** The generated lines for one language: every family's name, then why each practice matters and what its denial means. */
export function catalogueYaml(language: Language): string {
  const lines = [
    GENERATED_START,
    '# Each family of practices by name, and why each practice matters, keyed by rule id (dashes as underscores; a',
    '# Chinese variant "x-zh" uses x\'s). "doesNot" is what a "we do not …" clause of that practice means.',
    'family:',
    ...FAMILIES.map((f) => `  ${keyOf(f.id)}: ${yamlScalar(f.label[language])}`),
    'reason:',
    `  notGeneric: ${yamlScalar(DOES_NOT_GENERIC[language])}`,
  ];
  for (const practice of PRACTICES) {
    lines.push(`  ${keyOf(practice.id)}:`, `    does: ${yamlScalar(practice.does[language])}`);
    if (practice.doesNot) lines.push(`    doesNot: ${yamlScalar(practice.doesNot[language])}`);
  }
  lines.push(GENERATED_END);
  return lines.join('\n');
}

/** A locale file's text with its generated part as the catalogue says it; an error when the file has no markers. */
export function withCatalogue(fileText: string, language: Language): string {
  const start = fileText.indexOf(GENERATED_START);
  const end = fileText.indexOf(GENERATED_END);
  if (start < 0 || end < start) throw new Error(`the locale file for ${language} lacks the generated part's marker lines`);
  return fileText.slice(0, start) + catalogueYaml(language) + fileText.slice(end + GENERATED_END.length);
}
