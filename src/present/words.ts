/** Fineprint's words in the reader's language: messages from locales/<lang>.yml, read through browser.i18n. */
import type { GeneratedI18nStructure } from '#i18n';

export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;

/** browser.i18n.getMessage's shape: a message name (dots as underscores) and $1…$9 substitutions. */
export type GetMessage = (name: string, substitutions?: string[]) => string;

export interface Words {
  /** The language the words are in ('en', 'zh-CN', …: the locale file's own `lang`), for number formats and lang attributes. */
  lang: string;
  /** A message; with `count`, the plural form for it ("1 clause | $1 clauses", as @wxt-dev/i18n writes them). */
  t(key: MessageKey, substitutions?: (string | number)[], count?: number): string;
  /** A message whose key is built at run time (a rule id), or undefined when no language has it. */
  find(key: string, substitutions?: (string | number)[]): string | undefined;
}

/** The same reading of a message as @wxt-dev/i18n's `i18n.t`, over any getMessage. */
export function wordsFrom(getMessage: GetMessage, lang: string): Words {
  const read = (key: string, subs?: (string | number)[], count?: number): string => {
    const all = subs ?? (count === undefined ? [] : [count]);
    const message = getMessage(key.replaceAll('.', '_'), all.map(String));
    if (count === undefined) return message;
    const forms = message.split(' | ');
    if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
    if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2]!;
    return message;
  };
  return {
    lang,
    t: (key, subs, count) => read(key, subs, count),
    find: (key, subs) => read(key, subs) || undefined,
  };
}

/** The browser's own choice: the extension's locale that matches the browser's UI language, else English. */
export function browserWords(i18n: { getMessage(name: never, substitutions?: string[]): string }): Words {
  // WXT types getMessage with this project's own keys; here the keys are built from them.
  const getMessage = ((name: string, subs?: string[]) => i18n.getMessage(name as never, subs)) as GetMessage;
  return wordsFrom(getMessage, getMessage('lang') || 'en');
}
