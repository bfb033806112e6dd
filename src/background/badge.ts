/** The toolbar badge: the grade letter in its colour on a scanned policy, nothing elsewhere. */
import { browser } from 'wxt/browser';
import type { StoredTabState } from '../messages';
import { scorecardLine, summaryOf } from '../present/describe';
import { GRADE_COLOURS } from '../present/kind';
import { browserWords } from '../present/words';
import { unpackReport } from '../report/stored';

export async function showBadge(tabId: number, state: StoredTabState): Promise<void> {
  const action = browser.action;
  if (!action) return;
  if (state.status === 'report') {
    const changed = !!state.report.changes;
    await action.setBadgeText({ tabId, text: changed ? `${state.report.grade}!` : state.report.grade });
    await action.setBadgeBackgroundColor({ tabId, color: GRADE_COLOURS[state.report.grade] });
    const words = browserWords(browser.i18n);
    const { grade, score, rubric } = state.report;
    const note = changed ? ` ${words.t('badge.changed')}` : '';
    const summary = summaryOf((await unpackReport(state.report)).findings, words);
    await action.setTitle({ tabId, title: `${words.t('badge.title', [grade, score])} ${scorecardLine(rubric ?? [], words)} ${summary}${note}` });
  } else {
    await action.setBadgeText({ tabId, text: '' });
    await action.setTitle({ tabId, title: 'Fineprint' });
  }
}
