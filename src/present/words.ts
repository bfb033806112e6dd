/** Fineprint's words in the reader's language: messages from locales/<lang>.yml, read through browser.i18n. */
import type { GeneratedI18nStructure } from '#i18n';

export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;

/** browser.i18n.getMessage's shape: a message name (dots as underscores) and $1…$9 substitutions. */
export type GetMessage = (name: string, substitutions?: string[]) => string;

export interface Words {
  /** The language the words are in ('en', 'zh-CN', …: the locale file's own `lang`), for number formats and lang attributes. */
  lang: string;
  t(key: MessageKey, substitutions?: (string | number)[]): string;
  /** A message whose key is built at run time (a rule id), or undefined when no language has it. */
  find(key: string, substitutions?: (string | number)[]): string | undefined;
}

/** The same reading of a message as @wxt-dev/i18n's `i18n.t`, over any getMessage. */
export function wordsFrom(getMessage: GetMessage, lang: string): Words {
  const read = (key: string, subs: (string | number)[] = []) => getMessage(key.replaceAll('.', '_'), subs.map(String));
  return { lang, t: read, find: (key, subs) => read(key, subs) || undefined };
}

/** A plural message for a count: "1 clause | $1 clauses" as @wxt-dev/i18n writes {1: …, n: …}, $1 the count. */
export function countOf(words: Words, key: MessageKey, count: number, shown: string | number = count): string {
  const forms = words.t(key, [shown]).split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2]!;
  return forms[0]!;
}

/** The browser's own choice: the extension's locale that matches the browser's UI language, else English. */
export function browserWords(api: { getMessage(name: never, substitutions?: string[]): string }): Words {
  // WXT types getMessage with this project's own keys; here the keys are built from them.
  const getMessage = ((name: string, subs?: string[]) => api.getMessage(name as never, subs)) as GetMessage;
  return wordsFrom(getMessage, getMessage('lang') || 'en');
}
