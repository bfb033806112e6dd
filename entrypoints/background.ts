import { browser } from 'wxt/browser';
import { listenForMessages } from '../src/background/handlers';
import { clearTabState, onTabLoading } from '../src/background/tab-state';
import { showBadge } from '../src/background/badge';
import { syncEverywhere } from '../src/background/everywhere';

export default defineBackground(() => {
  listenForMessages();

  // A report belongs to one page: forget it when the tab loads anything (a URL is only visible with host
  // access, so a reload or navigation counts alike; the content script scans a policy again) or closes.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void onTabLoading(tabId);
      void showBadge(tabId, { status: 'none' });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));

  // The optional all-sites permission decides whether the content script runs everywhere.
  browser.permissions.onAdded.addListener(() => void syncEverywhere());
  browser.permissions.onRemoved.addListener(() => void syncEverywhere());
  void syncEverywhere();
});
