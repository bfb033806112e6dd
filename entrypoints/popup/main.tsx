import { render } from 'preact';
import { App } from '../../src/popup/App';
import { browserBackend, popupTabId } from '../../src/popup/backend';
import { setLocale } from '../../src/popup/i18n';
import { browser } from 'wxt/browser';
import '../../src/popup/popup.css';

const root = document.getElementById('app')!;
setLocale(browser.i18n?.getUILanguage?.());
document.documentElement.lang = browser.i18n?.getUILanguage?.() ?? 'en';
void popupTabId(location.search).then((tabId) => {
  if (tabId === null) root.textContent = 'No tab to show.';
  else render(<App backend={browserBackend(tabId)} />, root);
});
