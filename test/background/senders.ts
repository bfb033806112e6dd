// What the background tests send: a short policy as the reader would scan it, and the two senders it trusts.
import { fakeBrowser } from 'wxt/testing';
import type { PageScan } from '../../src/messages';

export const POLICY = `Privacy Policy
We retain your search history and communication logs for two years.
We may disclose your data to comply with applicable laws or regulations, or to law enforcement.
We share your information with our affiliates and advertising partners.
We collect your IP address, device identifiers and browser type when you use the service.
You can opt out of personalised advertising at any time in your settings.`;

export const scan = (over: Partial<PageScan> = {}): PageScan => ({
  url: 'https://chat.example/privacy', title: 'Privacy Policy', text: POLICY, loaded: true, ...over,
});

/** Our own content script in tab `tabId`. */
export const reader = (tabId = 7) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, url: 'https://chat.example/privacy' });
/** Our own popup page. */
export const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
