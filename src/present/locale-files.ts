/** The locale files read directly, for Node (the command line and tests), where there is no browser.i18n. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { wordsFrom, type GetMessage, type Words } from './words';

// import.meta.dirname where the environment gives it (a DOM test environment's import.meta.url is not a file: URL).
export const LOCALES_DIR = join(import.meta.dirname ?? dirname(fileURLToPath(import.meta.url)), '../../locales');

/** Every locale there is a file for: 'en', 'zh_CN', … (Chrome's _locales names). */
export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR).filter((f) => extname(f) === '.yml').map((f) => basename(f, '.yml')).sort();
}

/** A locale's messages as the browser gets them in _locales/<locale>/messages.json. */
export function localeMessages(locale: string): Record<string, { message: string }> {
  const text = readFileSync(join(LOCALES_DIR, `${locale}.yml`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'YAML'));
}

/** browser.i18n.getMessage over one locale: $1…$9 filled in, $$ for a dollar sign, '' when missing. */
export function localeGetMessage(locale = 'en'): GetMessage {
  const messages = localeMessages(locale);
  return (name, subs = []) => (messages[name]?.message ?? '').replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : subs[Number(d) - 1] ?? ''));
}

const read = new Map<string, Words>();

/** A locale's words, read once per process. */
export function localeWords(locale = 'en'): Words {
  let words = read.get(locale);
  if (!words) {
    const getMessage = localeGetMessage(locale);
    words = wordsFrom(getMessage, getMessage('lang') || locale);
    read.set(locale, words);
  }
  return words;
}

/** English, which the command line speaks. */
export const englishWords = (): Words => localeWords('en');
