/** "Detect policies on every site": once the user grants the optional all-sites permission, the content script
 *  is registered for every page (it still scans only what looks like a policy); revoking it unregisters. */
import { browser } from 'wxt/browser';

export const EVERYWHERE_ID = 'fineprint-everywhere';
const ALL_SITES = { origins: ['<all_urls>'] };

/** Registers or unregisters the all-sites content script to match the permission the user has granted. */
export async function syncEverywhere(): Promise<boolean> {
  const granted = await browser.permissions.contains(ALL_SITES).catch(() => false);
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [EVERYWHERE_ID] }).catch(() => [])).length > 0;
  if (granted && !registered) {
    await browser.scripting.registerContentScripts([{
      id: EVERYWHERE_ID, matches: ['<all_urls>'], js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true,
    }]);
  } else if (!granted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [EVERYWHERE_ID] });
  }
  return granted;
}
