/** The popup: shows the tab's state, and lets the user scan, jump to clauses and export. */
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../messages';
import { ReportView, type ReportActions } from './ReportView';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { SettingsPanel } from './SettingsPanel';
import { t } from './i18n';

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

export function App({ backend }: { backend: PopupBackend }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => { void backend.getSettings().then(setSettings).catch(() => undefined); }, []);
  const change = (s: Settings) => { setSettings(s); void backend.setSettings(s); };
  return (
    <>
      <TabView backend={backend} settings={settings} />
      <SettingsPanel settings={settings} onChange={change} clearHistory={backend.clearHistory} />
    </>
  );
}

function TabView({ backend, settings }: { backend: PopupBackend; settings: Settings }) {
  const [state, setState] = useState<TabState | null>(null);
  const [allSites, setAllSites] = useState<boolean | null>(null);

  const poll = async (until: number) => {
    const s = await backend.getState().catch((e: unknown) => ({ status: 'error', message: String(e) }) as TabState);
    setState(s);
    if (s.status === 'scanning' && Date.now() < until) setTimeout(() => void poll(until), POLL_MS);
    if (s.status === 'scanning' && Date.now() >= until) setState({ status: 'error', message: t().tooLong });
  };

  useEffect(() => {
    void poll(Date.now() + POLL_LIMIT_MS);
    void backend.allSitesGranted().then(setAllSites);
  }, []);

  const scan = async () => {
    setState({ status: 'scanning', url: '' });
    const s = await backend.scan();
    setState(s);
    if (s.status === 'scanning') void poll(Date.now() + POLL_LIMIT_MS);
  };

  const m = t();
  if (!state) return <p class="status" role="status">{m.loading}</p>;
  switch (state.status) {
    case 'scanning':
      return <p class="status" role="status" aria-busy="true">{m.reading}</p>;
    case 'error':
      return (
        <div class="status error" role="alert">
          <p>{state.message}</p>
          <button type="button" onClick={scan}>{m.tryAgain}</button>
        </div>
      );
    case 'report':
      return <ReportView report={state.report} actions={backend} settings={settings} />;
    default:
      return (
        <div class="status none">
          <h1 class="grade-title">{m.notPolicyTitle}</h1>
          <p>{m.notPolicyText}</p>
          <button type="button" class="primary" onClick={scan}>{m.scanPage}</button>
          {allSites === false && (
            <p class="optional">
              <button type="button" onClick={async () => setAllSites(await backend.requestAllSites())}>{m.allSites}</button>
              <span class="hint">{m.allSitesHint}</span>
            </p>
          )}
        </div>
      );
  }
}
