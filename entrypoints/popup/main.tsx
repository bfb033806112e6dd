import { render } from 'preact';
import { App } from '../../src/popup/App';
import { browserBackend, popupTabId } from '../../src/popup/backend';
import '../../src/popup/popup.css';

const root = document.getElementById('app')!;
void popupTabId(location.search).then((tabId) => {
  if (tabId === null) root.textContent = 'No tab to show.';
  else render(<App backend={browserBackend(tabId)} />, root);
});
