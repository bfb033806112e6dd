import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../src/popup/App';
import { browserBackend, popupTabId } from '../../src/popup/backend';
import { colourVariables } from '../../src/present/kind';
import { browserWords } from '../../src/present/words';
import '../../src/popup/popup.css';

const root = document.getElementById('app')!;
const words = browserWords(browser.i18n);
document.documentElement.lang = words.lang;
const colours = new CSSStyleSheet();
colours.replaceSync(colourVariables());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, colours];
void popupTabId(location.search).then((tabId) => {
  if (tabId === null) root.textContent = words.t('popup.noTab');
  else render(<App backend={browserBackend(tabId)} words={words} />, root);
});
