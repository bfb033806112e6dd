import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { POLICY_URL_MATCHES, READER_SCRIPT } from './src/page/policy-urls';

// Fineprint's manifest: least privilege. Policy-looking URLs get the content script; everything
// else waits for the user (activeTab from the popup, or the optional all-sites permission).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Fineprint',
    // The reader's language comes from locales/<lang>.yml (built into _locales/ by @wxt-dev/i18n).
    default_locale: 'en',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_host_permissions: ['<all_urls>'],
    // The reader is an unlisted script declared here, not a WXT content script (see entrypoints/reader.ts).
    content_scripts: [{ matches: POLICY_URL_MATCHES, js: [READER_SCRIPT], run_at: 'document_idle' }],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'fineprint@fineprint.local', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  webExt: { disabled: true },
  // Test screenshots may show OPP-115 text (research-only licence): never in a sources zip.
  zip: { excludeSources: ['test-output/**', '.output/**'] },
});
