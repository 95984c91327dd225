import { CANDIDATE_STAGE_LABELS, type CandidateStage, can } from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { useDebounced } from '../../shared/use-debounced';
import { CandidateAdmitDialog } from './candidate-admit-dialog';
import { CandidateCard } from './candidate-card';
import { CandidateCreateDialog } from './candidate-create-dialog';
import { CandidateStepDialog, type StepTo } from './candidate-step-dialog';
import { type CandidateCard as Candidate, CandidatesQuery } from './candidates.documents';

const OPEN: CandidateStage[] = ['SOURCED', 'TRAINED', 'APPLIED', 'VERIFIED'];
const CLOSED: CandidateStage[] = ['ADMITTED', 'REJECTED'];

type Action = { kind: 'create' } | { kind: 'step'; candidate: Candidate; to: StepTo | 'ADMIT' } | null;

/** The admission pipeline as a board: one column per open stage, the admitted and rejected folded away. */
export function CandidatesPage() {
  const { t, l } = useI18n();
  const { user } = useSession();
  const [text, setText] = useState('');
  const [action, setAction] = useState<Action>(null);
  const search = useDebounced(text.trim(), 250);
  const filter = (stages: CandidateStage[]) => ({ stages, ...(search ? { search } : {}) });
  const [open, refreshOpen] = useQuery({ query: CandidatesQuery, variables: { filter: filter(OPEN), first: 200 } });
  const [closed, refreshClosed] = useQuery({
    query: CandidatesQuery,
    variables: { filter: filter(CLOSED), first: 200 },
  });
  const writable = can(user.role, 'candidate:write');
  const openCards = open.data?.candidates.edges.map((e) => e.node) ?? [];
  const closedCards = closed.data?.candidates.edges.map((e) => e.node) ?? [];
  const close = () => setAction(null);
  const done = () => {
    refreshOpen({ requestPolicy: 'network-only' });
    refreshClosed({ requestPolicy: 'network-only' });
  };
  const closeAndRefresh = () => {
    close();
    done();
  };

  const column = (stage: CandidateStage, cards: Candidate[]) => (
    <section key={stage} className="board-column" data-testid={`candidate-column-${stage}`}>
      <h2>
        {l(CANDIDATE_STAGE_LABELS, stage)} <span className="tab-count">{cards.length}</span>
      </h2>
      <ul className="board-cards">
        {cards.map((c) => (
          <CandidateCard
            key={c.id}
            candidate={c}
            writable={writable}
            onStep={(candidate, to) => setAction({ kind: 'step', candidate, to })}
          />
        ))}
        {cards.length === 0 ? <li className="muted small">{t('candidateEmpty')}</li> : null}
      </ul>
    </section>
  );

  const step = action?.kind === 'step' ? action : null;
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('candidatesTitle')}</h1>
        {open.data ? (
          <span className="muted">{t('candidatesTotal', { n: open.data.candidates.totalCount })}</span>
        ) : null}
        {writable ? (
          <button
            type="button"
            className="btn btn-primary page-actions"
            data-testid="candidate-create"
            onClick={() => setAction({ kind: 'create' })}
          >
            {t('candidateCreate')}
          </button>
        ) : null}
      </div>
      <input
        type="search"
        className="search-input board-search"
        data-testid="candidates-search"
        placeholder={t('candidatesSearch')}
        aria-label={t('candidatesSearch')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {open.error ? <ProblemBanner problem={readProblem(open.error)} /> : null}
      {!open.data && open.fetching ? <p className="muted">{t('loading')}</p> : null}
      <div className="board" data-testid="candidate-board">
        {OPEN.map((stage) =>
          column(
            stage,
            openCards.filter((c) => c.stage === stage),
          ),
        )}
      </div>
      <details className="board-closed" data-testid="candidate-closed">
        <summary>{t('candidateClosed', { n: closed.data?.candidates.totalCount ?? 0 })}</summary>
        <div className="board">
          {CLOSED.map((stage) =>
            column(
              stage,
              closedCards.filter((c) => c.stage === stage),
            ),
          )}
        </div>
      </details>
      {action?.kind === 'create' ? <CandidateCreateDialog onClose={close} onDone={closeAndRefresh} /> : null}
      {step && step.to === 'ADMIT' ? (
        <CandidateAdmitDialog candidate={step.candidate} onClose={closeAndRefresh} onDone={done} />
      ) : null}
      {step && step.to !== 'ADMIT' ? (
        <CandidateStepDialog candidate={step.candidate} to={step.to} onClose={close} onDone={closeAndRefresh} />
      ) : null}
    </div>
  );
}
