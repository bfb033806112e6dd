/** The report: grade and summary, risks by family, the clauses behind them, good signs and exports. */
import { useState } from 'preact/hooks';
import { exportFileName, toCsv, toJson, toMarkdown } from '../report/export';
import { detailsText, findingKind, groupByFamily } from '../report/families';
import { rankFindings, SEVERITY_ORDER } from '../report/rank';
import type { Report, ReportFinding } from '../report/report';
import { DEFAULT_SETTINGS, isShown, type Settings } from '../settings';
import { saveFile } from './download';
import { familyName, language, reasonIn, summaryIn, t } from './i18n';
import { Scorecard } from './Scorecard';
import { scorecardWords } from './scorecard-words';

/** Families that inform rather than warn: shown in a place of their own, never as risks by category. */
const INFO_FAMILIES = ['user-choice', 'access-deletion', 'security'];

const CLAUSE_CHARS = 220;

function trimClause(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > CLAUSE_CHARS ? `${t.slice(0, CLAUSE_CHARS - 1)}…` : t;
}

export interface ReportActions {
  jumpTo(findingId: string): void;
  setHighlightsVisible(visible: boolean): void;
  copy(text: string): Promise<void>;
}

function FindingItem({ f, onJump }: { f: ReportFinding; onJump: (id: string) => void }) {
  const kind = findingKind(f);
  const m = t();
  const label = f.points > 0 ? m.goodSign : f.polarity === 'does-not' ? m.doesNot : m.severity[f.severity]!;
  const details = detailsText(f.details, ' · ');
  return (
    <li class="finding">
      <button type="button" class="finding-button" onClick={() => onJump(f.id)} aria-label={`${familyName(f.family)}, ${label}: ${reasonIn(f)} ${m.showOnPage}`}>
        <span class="finding-head">
          <span class={`sev ${kind}`}>{label}</span>
          <span class="family">{familyName(f.family)}</span>
        </span>
        <span class="why">{reasonIn(f)}</span>
        {details && <span class="details">{details}</span>}
        <q class="clause">{trimClause(f.text)}</q>
      </button>
    </li>
  );
}

export function ReportView({ report, actions, settings = DEFAULT_SETTINGS }: { report: Report; actions: ReportActions; settings?: Settings }) {
  const m = t();
  const [highlights, setHighlights] = useState(true);
  const [copied, setCopied] = useState(false);
  const shown = report.findings.filter((f) => isShown(f, settings));
  const ranked = rankFindings(shown);
  const isInfo = (f: ReportFinding) => INFO_FAMILIES.includes(f.family);
  const risks = ranked.filter((f) => f.points < 0 && !isInfo(f));
  const good = ranked.filter((f) => (f.points > 0 || f.polarity === 'does-not') && !isInfo(f));
  const info = ranked.filter(isInfo);
  const families = groupByFamily(risks);
  const download = (ext: 'json' | 'csv' | 'md') => {
    const [content, type] = ext === 'json' ? [toJson(report), 'application/json'] : ext === 'csv' ? [toCsv(report), 'text/csv;charset=utf-8'] : [toMarkdown(report), 'text/markdown;charset=utf-8'];
    saveFile(exportFileName(report, ext), content, type);
  };

  return (
    <main class="report" aria-labelledby="grade-heading">
      <section class={`grade-box grade-${report.grade}`}>
        <div class="grade" aria-hidden="true">{report.grade}</div>
        <div>
          <h1 id="grade-heading" class="grade-title">{m.grade} {report.grade} <span class="score">{m.score} {report.score}/100</span></h1>
          <p class="summary">{summaryIn(report)}</p>
        </div>
      </section>
      {report.words.analysed < report.words.total && (
        <p class="note" role="note">{m.analysedFirst(report.words.analysed.toLocaleString('en'), report.words.total.toLocaleString('en'))}</p>
      )}
      {report.omittedFindings ? (
        <p class="note" role="note">{m.keptFirst(report.findings.length.toLocaleString('en'), report.omittedFindings.toLocaleString('en'))}</p>
      ) : null}
      {report.changes && (report.changes.added.length > 0 || report.changes.removed.length > 0) && (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">{m.changes}</h2>
          <ul class="changes">
            {report.changes.added.map((c) => <li class="added">{m.added} {trimClause(c.text)}</li>)}
            {report.changes.removed.map((c) => <li class="removed">{m.removed} {trimClause(c.text)}</li>)}
          </ul>
        </section>
      )}
      <Scorecard rubric={report.rubric ?? []} findings={report.findings} onJump={actions.jumpTo} />
      {!report.findings.length ? (
        <p class="empty">{m.noFindings}</p>
      ) : (
        <>
          {risks.length > 0 && (<section aria-labelledby="families-heading">
            <h2 id="families-heading">{m.byFamily}</h2>
            <ul class="families">
              {families.map(([family, fs]) => {
                const worst = fs.reduce((w, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w), 'info' as ReportFinding['severity']);
                return (
                  <li class="family-row">
                    <span class={`dot ${worst}`} aria-hidden="true" />
                    <span class="family-name">{familyName(family)}</span>
                    <span class="count" aria-label={m.clausesWorst(fs.length, m.severity[worst]!)}>{fs.length} · {m.severity[worst]}</span>
                  </li>
                );
              })}
            </ul>
          </section>)}
          {risks.length > 0 && (<section aria-labelledby="risks-heading">
            <h2 id="risks-heading">{m.topRisks}</h2>
            <ul class="findings">{risks.slice(0, 25).map((f) => <FindingItem f={f} onJump={actions.jumpTo} />)}</ul>
            {risks.length > 25 && <p class="note">{m.moreInExports(risks.length - 25)}</p>}
          </section>)}
          {good.length > 0 && (
            <section aria-labelledby="good-heading">
              <h2 id="good-heading">{m.goodSigns}</h2>
              <ul class="findings">{good.slice(0, 15).map((f) => <FindingItem f={f} onJump={actions.jumpTo} />)}</ul>
            </section>
          )}
          {info.length > 0 && (
            <section aria-labelledby="info-heading">
              <h2 id="info-heading">{scorecardWords(language()).otherSigns}</h2>
              <ul class="findings">{info.slice(0, 15).map((f) => <FindingItem f={f} onJump={actions.jumpTo} />)}</ul>
            </section>
          )}
        </>
      )}
      <section class="toolbar" aria-label={m.exportsLabel}>
        <button type="button" onClick={() => download('json')}>{m.exportJson}</button>
        <button type="button" onClick={() => download('csv')}>{m.exportCsv}</button>
        <button type="button" onClick={() => download('md')}>{m.exportMd}</button>
        <button type="button" onClick={async () => { await actions.copy(toMarkdown(report)); setCopied(true); }}>{copied ? m.copied : m.copy}</button>
        <button type="button" aria-pressed={!highlights} onClick={() => { actions.setHighlightsVisible(!highlights); setHighlights(!highlights); }}>
          {highlights ? m.hide : m.show}
        </button>
      </section>
    </main>
  );
}
