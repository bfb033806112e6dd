/** The scorecard in the popup: each question, its answer and points, and the clauses that decide it, each a jump to the page. */
import { answerLabel, questionOf } from '../present/describe';
import type { Words } from '../present/words';
import { answerKind, type RubricAnswer } from '../report/answers';
import type { ReportFinding } from '../report/report';

/** Clauses shown under an answer; the rest are in the exports. */
const CLAUSES_SHOWN = 1;
const CLAUSE_CHARS = 160;

function trim(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > CLAUSE_CHARS ? `${t.slice(0, CLAUSE_CHARS - 1)}…` : t;
}

export function Scorecard({ rubric, findings, onJump, words }: { rubric: readonly RubricAnswer[]; findings: readonly ReportFinding[]; onJump: (id: string) => void; words: Words }) {
  if (!rubric.length) return null;
  const t = words.t;
  const byId = new Map(findings.map((f) => [f.id, f]));
  return (
    <section aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">{t('scorecard.heading')}</h2>
      <p class="note">{t('scorecard.how')}</p>
      <ol class="scorecard">
        {rubric.map((a) => {
          const cited = a.findings.map((id) => byId.get(id)).filter((f) => f !== undefined);
          const kind = a.answer === 'not-stated' ? 'unknown' : answerKind(a);
          return (
            <li class={`answer ${kind}`} data-question={a.id}>
              <p class="answer-head">
                <span class="question">{questionOf(a, words)}</span>{' '}
                <strong class={`answer-label ${kind}`}>{answerLabel(a.answer, words)}</strong>{' '}
                <span class="answer-points">{t('scorecard.points', [a.points, a.outOf])}</span>
              </p>
              {cited.length > 0 && (
                <ul class="evidence">
                  {cited.slice(0, CLAUSES_SHOWN).map((f) => (
                    <li>
                      <button type="button" class="clause-button" onClick={() => onJump(f.id)}>
                        <q class="clause">{trim(f.text)}</q>
                        <span class="sr-only"> {t('popup.showOnPage')}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {cited.length > CLAUSES_SHOWN && <p class="note">{t('scorecard.more', [cited.length - CLAUSES_SHOWN])}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
