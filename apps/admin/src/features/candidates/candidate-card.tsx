import { GENDER_LABELS } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { formatDate } from '../../shared/format';
import type { StepTo } from './candidate-step-dialog';
import type { CandidateCard as Candidate } from './candidates.documents';

/** The next stage from each open stage; VERIFIED goes on with admitCandidate. */
export const NEXT_STAGE: Partial<Record<Candidate['stage'], Exclude<StepTo, 'REJECTED'> | 'ADMIT'>> = {
  SOURCED: 'TRAINED',
  TRAINED: 'APPLIED',
  APPLIED: 'VERIFIED',
  VERIFIED: 'ADMIT',
};

interface Props {
  candidate: Candidate;
  /** With candidate:write: the next-stage and reject buttons. */
  writable: boolean;
  onStep: (candidate: Candidate, to: StepTo | 'ADMIT') => void;
}

/** One candidate on the board: name, cell, birth date, what the stage recorded, and the next step. */
export function CandidateCard({ candidate: c, writable, onStep }: Props) {
  const { t, l } = useI18n();
  const next = NEXT_STAGE[c.stage];
  return (
    <li className="board-card" data-testid={`candidate-card-${c.id}`} data-stage={c.stage}>
      <div className="board-card-name">{c.fullName}</div>
      <div className="small">{c.organization.name}</div>
      <div className="muted small">
        {formatDate(c.dateOfBirth)} · {l(GENDER_LABELS, c.gender)}
      </div>
      {c.awarenessCourseOn ? (
        <div className="muted small">
          {t('awarenessCourseOn')}: {formatDate(c.awarenessCourseOn)}
        </div>
      ) : null}
      {writable && next ? (
        <div className="button-row board-card-actions">
          <button
            type="button"
            className={next === 'ADMIT' ? 'btn btn-small btn-primary' : 'btn btn-small'}
            data-testid={`candidate-advance-${c.id}`}
            onClick={() => onStep(c, next)}
          >
            {next === 'ADMIT' ? t('candidateAdmit') : `${t(`advanceTo_${next}`)} ›`}
          </button>
          <button
            type="button"
            className="btn btn-small btn-danger-outline"
            data-testid={`candidate-reject-${c.id}`}
            onClick={() => onStep(c, 'REJECTED')}
          >
            {t('candidateReject')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
