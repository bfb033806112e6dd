/** Settings in the popup: families shown, minimum severity, automatic scanning, history. */
import { useState } from 'preact/hooks';
import type { Severity } from '../engine/types';
import { FAMILY_LABELS } from '../report/families';
import type { Settings } from '../settings';

const SEVERITIES: [Severity, string][] = [['info', 'everything'], ['low', 'low and above'], ['medium', 'medium and above'], ['high', 'high only']];

export function SettingsPanel({ settings: s, onChange: save, clearHistory }: { settings: Settings; onChange(s: Settings): void; clearHistory(): Promise<void> }) {
  const [cleared, setCleared] = useState(false);
  const toggleFamily = (family: string, shown: boolean) =>
    save({ ...s, hiddenFamilies: shown ? s.hiddenFamilies.filter((f) => f !== family) : [...s.hiddenFamilies, family] });

  return (
    <details class="settings">
      <summary>Settings</summary>
      <label class="row"><input type="checkbox" checked={s.autoScan} onChange={(e) => save({ ...s, autoScan: e.currentTarget.checked })} /> Scan policy pages automatically</label>
      <label class="row"><input type="checkbox" checked={s.history} onChange={(e) => save({ ...s, history: e.currentTarget.checked })} /> Remember policies to show what changed</label>
      <button type="button" onClick={async () => { await clearHistory(); setCleared(true); }}>{cleared ? 'History cleared' : 'Clear history'}</button>
      <label class="row">Show
        <select value={s.minSeverity} onChange={(e) => save({ ...s, minSeverity: e.currentTarget.value as Severity })}>
          {SEVERITIES.map(([v, label]) => <option value={v}>{label}</option>)}
        </select>
      </label>
      <fieldset>
        <legend>Families shown</legend>
        {Object.entries(FAMILY_LABELS).map(([family, label]) => (
          <label class="row"><input type="checkbox" checked={!s.hiddenFamilies.includes(family)} onChange={(e) => toggleFamily(family, e.currentTarget.checked)} /> {label}</label>
        ))}
      </fieldset>
    </details>
  );
}
