/** The popup: shows the tab's state, and lets the user scan, jump to clauses and export. */
import { useEffect, useState } from 'preact/hooks';
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
  /** Whether the optional all-sites permission is granted; null where it cannot be asked. */
  allSitesGranted(): Promise<boolean | null>;
  requestAllSites(): Promise<boolean>;
}

const POLL_MS = 400;
const POLL_LIMIT_MS = 30_000;

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
  const failed = (e: unknown): TabState => ({ status: 'error', message: e instanceof Error ? e.message : String(e) });

  const poll = async (until: number) => {
    const s = await backend.getState().catch(failed);
    setState(s);
    if (s.status === 'scanning' && Date.now() < until) setTimeout(() => void poll(until), POLL_MS);
    if (s.status === 'scanning' && Date.now() >= until) setState({ status: 'error', message: words.t('popup.tooLong') });
  };

  useEffect(() => {
    void poll(Date.now() + POLL_LIMIT_MS);
    void backend.allSitesGranted().then(setAllSites);
  }, []);

  const scan = async () => {
    setState({ status: 'scanning', url: '' });
    const s = await backend.scan().catch(failed);
    setState(s);
    if (s.status === 'scanning') void poll(Date.now() + POLL_LIMIT_MS);
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
