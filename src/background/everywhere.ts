/** "Detect policies on every site": once the user grants the optional all-sites permission, the content script
 *  is registered for every page (it still scans only what looks like a policy); revoking it unregisters. */
import { READER_SCRIPT } from '../page/policy-urls';
import { browser } from 'wxt/browser';

export const EVERYWHERE_ID = 'fineprint-everywhere';
const ALL_SITES = { origins: ['<all_urls>'] };

/** Registers or unregisters the all-sites content script to match the permission the user has granted. */
export async function syncEverywhere(): Promise<boolean> {
  const granted = await browser.permissions.contains(ALL_SITES).catch(() => false);
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [EVERYWHERE_ID] }).catch(() => [])).length > 0;
  if (granted && !registered) {
    await browser.scripting.registerContentScripts([{
      id: EVERYWHERE_ID, matches: ['<all_urls>'], js: [READER_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true,
    }]);
  } else if (!granted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [EVERYWHERE_ID] });
  }
  return granted;
}
