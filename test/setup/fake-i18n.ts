// wxt/testing's fakeBrowser has no i18n: give it the English locale file, as the browser would read it.
import { fakeBrowser } from 'wxt/testing';
import { localeGetMessage } from '../../src/present/locale-files';

const getMessage = localeGetMessage('en');
Object.assign(fakeBrowser.i18n, {
  getMessage: (name: string, subs?: string | string[]) => getMessage(name, typeof subs === 'string' ? [subs] : subs),
  getUILanguage: () => 'en',
});
