/** Settings in the popup: families shown, minimum severity, automatic scanning, history. */
import { useState } from 'preact/hooks';
import type { Severity } from '../engine/types';
import { FAMILY_ORDER } from '../report/families';
import type { Settings } from '../settings';
import { familyName, t } from './i18n';

const SEVERITIES: Severity[] = ['info', 'low', 'medium', 'high'];

export function SettingsPanel({ settings: s, onChange: save, clearHistory }: { settings: Settings; onChange(s: Settings): void; clearHistory(): Promise<void> }) {
  const [cleared, setCleared] = useState(false);
  const m = t();
  const toggleFamily = (family: string, shown: boolean) =>
    save({ ...s, hiddenFamilies: shown ? s.hiddenFamilies.filter((f) => f !== family) : [...s.hiddenFamilies, family] });

  return (
    <details class="settings">
      <summary>{m.settings}</summary>
      <label class="row"><input type="checkbox" checked={s.autoScan} onChange={(e) => save({ ...s, autoScan: e.currentTarget.checked })} /> {m.autoScan}</label>
      <label class="row"><input type="checkbox" checked={s.history} onChange={(e) => save({ ...s, history: e.currentTarget.checked })} /> {m.history}</label>
      <button type="button" onClick={async () => { await clearHistory(); setCleared(true); }}>{cleared ? m.historyCleared : m.clearHistory}</button>
      <label class="row">{m.showLevel}
        <select value={s.minSeverity} onChange={(e) => save({ ...s, minSeverity: e.currentTarget.value as Severity })}>
          {SEVERITIES.map((v) => <option value={v}>{m.levels[v]}</option>)}
        </select>
      </label>
      <fieldset>
        <legend>{m.familiesShown}</legend>
        {FAMILY_ORDER.map((family) => (
          <label class="row"><input type="checkbox" checked={!s.hiddenFamilies.includes(family)} onChange={(e) => toggleFamily(family, e.currentTarget.checked)} /> {familyName(family)}</label>
        ))}
      </fieldset>
    </details>
  );
}
