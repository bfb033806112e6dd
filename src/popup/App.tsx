/** The popup: shows the tab's state, and lets the user scan, jump to clauses and export. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TabState } from '../messages';
import type { Words } from '../present/words';
import { ReportView, type ReportActions } from './ReportView';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { SettingsPanel } from './SettingsPanel';

export interface PopupBackend extends ReportActions {
  getSettings(): Promise<Settings>;
  setSettings(s: Settings): Promise<void>;
  clearHistory(): Promise<void>;
  getState(): Promise<TabState>;
  scan(): Promise<TabState>;
  /** Calls back whenever the tab's state changes (the background writes it); returns the unsubscribe function. */
  watchState?(callback: (s: TabState) => void): () => void;
  /** Whether the optional all-sites permission is granted; null where it cannot be asked. */
  allSitesGranted(): Promise<boolean | null>;
  requestAllSites(): Promise<boolean>;
}

/** A scan with no news for this long (its page went away) is given up, and the popup offers to try again. */
const SCAN_LIMIT_MS = 30_000;

export function App({ backend, words }: { backend: PopupBackend; words: Words }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => { void backend.getSettings().then(setSettings).catch(() => undefined); }, []);
  const change = (s: Settings) => { setSettings(s); void backend.setSettings(s); };
  return (
    <>
      <TabView backend={backend} settings={settings} words={words} />
      <aside class="settings" aria-label={words.t('popup.settings')}>
        <SettingsPanel settings={settings} onChange={change} clearHistory={backend.clearHistory} words={words} />
      </aside>
    </>
  );
}

function TabView({ backend, settings, words }: { backend: PopupBackend; settings: Settings; words: Words }) {
  const [state, setState] = useState<TabState | null>(null);
  const [allSites, setAllSites] = useState<boolean | null>(null);

  // Every rejection becomes a state the reader sees.
  const failed = (e: unknown): TabState => ({ status: 'error', message: e instanceof Error ? e.message : String(e) });
  // Counts the background's writes, so that an answer older than the latest write does not replace it.
  const writes = useRef(0);
  const answer = async (ask: () => Promise<TabState>) => {
    const before = writes.current;
    const s = await ask().catch(failed);
    if (writes.current === before) setState(s);
  };

  useEffect(() => {
    const stop = backend.watchState?.((s) => { writes.current++; setState(s); });
    void answer(backend.getState);
    void backend.allSitesGranted().then(setAllSites);
    return stop;
  }, []);

  useEffect(() => {
    if (state?.status !== 'scanning') return undefined;
    const timer = setTimeout(() => setState({ status: 'error', message: words.t('popup.tooLong') }), SCAN_LIMIT_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const scan = async () => {
    setState({ status: 'scanning', url: '' });
    await answer(backend.scan);
  };

  const t = words.t;
  if (!state || state.status === 'scanning') {
    return (
      <main class="status" aria-busy={state ? 'true' : undefined}>
        <div role="status"><h1 class="status-title">{t(state ? 'popup.reading' : 'popup.loading')}</h1></div>
      </main>
    );
  }
  switch (state.status) {
    case 'error':
      return (
        <main class="status error">
          <div role="alert"><h1 class="status-title">{state.message}</h1></div>
          <button type="button" onClick={scan}>{t('popup.tryAgain')}</button>
        </main>
      );
    case 'report':
      return <ReportView report={state.report} actions={backend} settings={settings} words={words} />;
    default:
      return (
        <main class="status none">
          <h1 class="grade-title">{t('popup.notPolicyTitle')}</h1>
          <p>{t('popup.notPolicyText')}</p>
          <button type="button" class="primary" onClick={scan}>{t('popup.scanPage')}</button>
          {allSites === false && (
            <p class="optional">
              <button type="button" onClick={async () => setAllSites(await backend.requestAllSites())}>{t('popup.allSites')}</button>
              <span class="hint"> {t('popup.allSitesHint')}</span>
            </p>
          )}
        </main>
      );
  }
}
