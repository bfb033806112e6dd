/** The toolbar badge: the grade letter in its colour on a scanned policy, nothing elsewhere. */
import { browser } from 'wxt/browser';
import type { Grade } from '../engine/types';
import type { StoredTabState } from '../messages';
import { scorecardLine } from '../report/answers';

export const GRADE_COLOURS: Record<Grade, string> = { A: '#1e7b3a', B: '#5b8a1e', C: '#a36b00', D: '#c2410c', E: '#b3261e' };

export async function showBadge(tabId: number, state: StoredTabState): Promise<void> {
  const action = browser.action;
  if (!action) return;
  if (state.status === 'report') {
    const changed = !!state.report.changes;
    await action.setBadgeText({ tabId, text: changed ? `${state.report.grade}!` : state.report.grade });
    await action.setBadgeBackgroundColor({ tabId, color: GRADE_COLOURS[state.report.grade] });
    const note = changed ? ' The policy changed since your last visit.' : '';
    const { grade, score, summary, rubric } = state.report;
    await action.setTitle({ tabId, title: `Fineprint: grade ${grade} (${score}/100). ${scorecardLine(rubric ?? [])} ${summary}${note}` });
  } else {
    await action.setBadgeText({ tabId, text: '' });
    await action.setTitle({ tabId, title: 'Fineprint' });
  }
}
