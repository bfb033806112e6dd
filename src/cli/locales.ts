/** `npm run locales`: writes the practice catalogue's words into the locale files (their generated part). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../practices/shape';
import { withCatalogue } from '../present/catalogue-locales';
import { LOCALES_DIR } from '../present/locale-files';

for (const language of LANGUAGES) {
  const file = join(LOCALES_DIR, `${language}.yml`);
  const before = readFileSync(file, 'utf8');
  const after = withCatalogue(before, language);
  if (after !== before) writeFileSync(file, after);
  console.log(`${file}: ${after === before ? 'already current' : 'updated'}`);
}
