/** The report: grade and summary, risks by family, the clauses behind them, good signs and exports. */
import { useState } from 'preact/hooks';
import { exportFileName, toCsv, toJson, toMarkdown } from '../report/export';
import { familyName, kindLabel, reasonOf, summaryOf } from '../present/describe';
import { detailsText, groupByFamily } from '../present/families';
import { isRisk, kindOf, worstSeverity } from '../present/kind';
import { countOf, type Words } from '../present/words';
import { rankFindings } from '../report/rank';
import type { Report, ReportFinding } from '../report/report';
import { DEFAULT_SETTINGS, isShown, type Settings } from '../settings';
import { saveFile } from './download';
import { Scorecard } from './Scorecard';

/** Families that inform rather than warn: shown in a place of their own, never as risks by category. */
const INFO_FAMILIES = ['user-choice', 'access-deletion', 'security'];

const CLAUSE_CHARS = 220;
const TOP_RISKS = 25;
const TOP_GOOD = 15;

function trimClause(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > CLAUSE_CHARS ? `${t.slice(0, CLAUSE_CHARS - 1)}…` : t;
}

export interface ReportActions {
  jumpTo(findingId: string): void;
  setHighlightsVisible(visible: boolean): void;
  copy(text: string): Promise<void>;
}

/** One clause: the whole card is the button, so its accessible name is what it shows, quote included. */
function FindingItem({ f, onJump, words }: { f: ReportFinding; onJump: (id: string) => void; words: Words }) {
  const details = detailsText(f.details, ' · ');
  return (
    <li class="finding">
      <button type="button" class="finding-button" onClick={() => onJump(f.id)}>
        <span class="finding-head">
          <span class={`sev ${kindOf(f)}`}>{kindLabel(f, words)}</span>
          <span class="family">{familyName(f.family, words)}</span>
        </span>
        <span class="why">{reasonOf(f, words)}</span>
        {details && <span class="details">{details}</span>}
        <q class="clause">{trimClause(f.text)}</q>
        <span class="sr-only"> {words.t('popup.showOnPage')}</span>
      </button>
    </li>
  );
}

export function ReportView({ report, actions, settings = DEFAULT_SETTINGS, words }: { report: Report; actions: ReportActions; settings?: Settings; words: Words }) {
  const t = words.t;
  const [highlights, setHighlights] = useState(true);
  const [copied, setCopied] = useState(false);
  const shown = report.findings.filter((f) => isShown(f, settings));
  const ranked = rankFindings(shown);
  const isInfo = (f: ReportFinding) => INFO_FAMILIES.includes(f.family);
  // A risk is listed once, by family; good signs and promises not to that the grade does not count against it, together.
  const risks = ranked.filter((f) => isRisk(f) && !isInfo(f));
  const good = ranked.filter((f) => !isRisk(f) && (kindOf(f) === 'good' || f.polarity === 'does-not') && !isInfo(f));
  const info = ranked.filter(isInfo);
  const families = groupByFamily(risks);
  const number = (n: number) => n.toLocaleString(words.lang);
  const download = (ext: 'json' | 'csv' | 'md') => {
    const [content, type] = ext === 'json' ? [toJson(report, words), 'application/json'] : ext === 'csv' ? [toCsv(report, words), 'text/csv;charset=utf-8'] : [toMarkdown(report, words), 'text/markdown;charset=utf-8'];
    saveFile(exportFileName(report, ext), content, type);
  };
  const skipToExports = (e: Event) => {
    e.preventDefault();
    document.getElementById('exports')?.focus();
  };

  return (
    <>
      <header class={`grade-box grade-${report.grade}`}>
        <div class="grade" aria-hidden="true">{report.grade}</div>
        <div>
          <h1 id="grade-heading" class="grade-title">{t('popup.grade', [report.grade])} <span class="score">{t('popup.score', [report.score])}</span></h1>
          <p class="summary">{summaryOf(report.findings, words)}</p>
        </div>
      </header>
      <nav class="skip" aria-label={t('popup.sections')}>
        <a href="#exports" onClick={skipToExports}>{t('popup.skipToExports')}</a>
      </nav>
      <main class="report" aria-labelledby="grade-heading">
        {report.words.analysed < report.words.total && (
          <p class="note" role="note">{t('popup.analysedFirst', [number(report.words.analysed), number(report.words.total)])}</p>
        )}
        {report.omittedFindings ? (
          <p class="note" role="note">{t('popup.keptFirst', [number(report.findings.length), number(report.omittedFindings)])}</p>
        ) : null}
        {report.changes && (report.changes.added.length > 0 || report.changes.removed.length > 0) && (
          <section aria-labelledby="changes-heading">
            <h2 id="changes-heading">{t('popup.changes')}</h2>
            <ul class="changes">
              {report.changes.added.map((c) => <li class="added">{t('popup.added')} {trimClause(c.text)}</li>)}
              {report.changes.removed.map((c) => <li class="removed">{t('popup.removed')} {trimClause(c.text)}</li>)}
            </ul>
          </section>
        )}
        <Scorecard rubric={report.rubric ?? []} findings={report.findings} onJump={actions.jumpTo} words={words} />
        {!report.findings.length && <p class="empty">{t('popup.noFindings')}</p>}
        {families.length > 0 && (
          <section aria-labelledby="families-heading">
            <h2 id="families-heading">{t('popup.byFamily')}</h2>
            <ul class="families">
              {families.map(([family, fs]) => {
                const worst = worstSeverity(fs.map((f) => f.severity));
                return (
                  <li class="family-row">
                    <span class={`dot ${worst}`} aria-hidden="true" />
                    <span class="family-name">{familyName(family, words)}</span>
                    <span class="count">{countOf(words, 'popup.clauses', fs.length, number(fs.length))} · {t(`kind.${worst}`)}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        {risks.length > 0 && (
          <section aria-labelledby="risks-heading">
            <h2 id="risks-heading">{t('popup.topRisks')}</h2>
            <ul class="findings">{risks.slice(0, TOP_RISKS).map((f) => <FindingItem f={f} onJump={actions.jumpTo} words={words} />)}</ul>
            {risks.length > TOP_RISKS && <p class="note">{t('popup.moreInExports', [number(risks.length - TOP_RISKS)])}</p>}
          </section>
        )}
        {good.length > 0 && (
          <section aria-labelledby="good-heading">
            <h2 id="good-heading">{t('popup.goodSigns')}</h2>
            <ul class="findings">{good.slice(0, TOP_GOOD).map((f) => <FindingItem f={f} onJump={actions.jumpTo} words={words} />)}</ul>
          </section>
        )}
        {info.length > 0 && (
          <section aria-labelledby="info-heading">
            <h2 id="info-heading">{t('scorecard.otherSigns')}</h2>
            <ul class="findings">{info.slice(0, TOP_GOOD).map((f) => <FindingItem f={f} onJump={actions.jumpTo} words={words} />)}</ul>
          </section>
        )}
        <section id="exports" class="toolbar" tabIndex={-1} aria-label={t('popup.exportsLabel')}>
          <button type="button" onClick={() => download('json')}>{t('popup.exportJson')}</button>
          <button type="button" onClick={() => download('csv')}>{t('popup.exportCsv')}</button>
          <button type="button" onClick={() => download('md')}>{t('popup.exportMd')}</button>
          <button type="button" onClick={async () => { await actions.copy(toMarkdown(report, words)); setCopied(true); }}>{copied ? t('popup.copied') : t('popup.copy')}</button>
          <button type="button" onClick={() => { actions.setHighlightsVisible(!highlights); setHighlights(!highlights); }}>
            {highlights ? t('popup.hide') : t('popup.show')}
          </button>
        </section>
      </main>
    </>
  );
}
