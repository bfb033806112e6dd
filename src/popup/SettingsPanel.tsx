/** Settings in the popup: everything marked on the page or only what to read first, families shown, minimum severity, automatic scanning, history. */
import { useState } from 'preact/hooks';
import type { Severity } from '../engine/types';
import { familyName } from '../present/describe';
import { FAMILY_ORDER } from '../present/families';
import { SEVERITIES } from '../present/kind';
import type { MessageKey, Words } from '../present/words';
import type { Settings } from '../settings';

const LEVEL: Record<Severity, MessageKey> = { info: 'popup.levelInfo', low: 'popup.levelLow', medium: 'popup.levelMedium', high: 'popup.levelHigh' };

export function SettingsPanel({ settings: s, onChange: save, clearHistory, words }: { settings: Settings; onChange(s: Settings): void; clearHistory(): Promise<void>; words: Words }) {
  const [cleared, setCleared] = useState(false);
  // A refusal or a stopped worker is said, not swallowed.
  const [failed, setFailed] = useState('');
  const clear = async () => {
    try {
      await clearHistory();
      setCleared(true);
      setFailed('');
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    }
  };
  const t = words.t;
  const toggleFamily = (family: string, shown: boolean) =>
    save({ ...s, hiddenFamilies: shown ? s.hiddenFamilies.filter((f) => f !== family) : [...s.hiddenFamilies, family] });

  return (
    <details>
      <summary>{t('popup.settings')}</summary>
      <label class="row"><input type="checkbox" checked={s.highlightAll} onChange={(e) => save({ ...s, highlightAll: e.currentTarget.checked })} /> {t('popup.highlightAll')}</label>
      <label class="row"><input type="checkbox" checked={s.autoScan} onChange={(e) => save({ ...s, autoScan: e.currentTarget.checked })} /> {t('popup.autoScan')}</label>
      <label class="row"><input type="checkbox" checked={s.history} onChange={(e) => save({ ...s, history: e.currentTarget.checked })} /> {t('popup.history')}</label>
      <button type="button" onClick={clear}>{cleared ? t('popup.historyCleared') : t('popup.clearHistory')}</button>
      {failed && <p role="alert" class="error">{failed}</p>}
      <label class="row">{t('popup.showLevel')}
        <select value={s.minSeverity} onChange={(e) => save({ ...s, minSeverity: e.currentTarget.value as Severity })}>
          {[...SEVERITIES].reverse().map((v) => <option value={v}>{t(LEVEL[v])}</option>)}
        </select>
      </label>
      <fieldset>
        <legend>{t('popup.familiesShown')}</legend>
        {FAMILY_ORDER.map((family) => (
          <label class="row"><input type="checkbox" checked={!s.hiddenFamilies.includes(family)} onChange={(e) => toggleFamily(family, e.currentTarget.checked)} /> {familyName(family, words)}</label>
        ))}
      </fieldset>
    </details>
  );
}
