import { INSPECTION_STATUS_LABELS, type InspectionStatus } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { formatDate } from '../../shared/format';
import type { InspectionDetail } from './inspections.documents';

const ORDER: Record<InspectionStatus, number> = { PLANNED: 0, IN_PROGRESS: 1, CONCLUDED: 2, CANCELLED: 2 };

/**
 * PLANNED → IN_PROGRESS → CONCLUDED, or CANCELLED as the last step when it was
 * cancelled: the steps done, the current one (`aria-current="step"`), each
 * with its day.
 */
export function InspectionStepper({ inspection: i }: { inspection: InspectionDetail }) {
  const { t, l } = useI18n();
  const last: InspectionStatus = i.status === 'CANCELLED' ? 'CANCELLED' : 'CONCLUDED';
  const steps: { status: InspectionStatus; day: string | null; planned?: string }[] = [
    { status: 'PLANNED', day: i.plannedStartOn, planned: i.plannedEndOn },
    { status: 'IN_PROGRESS', day: i.startedOn },
    { status: last, day: last === 'CANCELLED' ? (i.cancelledOn ?? null) : i.concludedOn },
  ];
  const at = ORDER[i.status];
  return (
    <ol className="stepper" data-testid="inspection-stepper" aria-label={t('inspectionSteps')}>
      {steps.map((s, n) => {
        const state = n < at ? 'done' : n === at ? 'current' : 'todo';
        return (
          <li
            key={s.status}
            className={`step step-${state} step-${s.status.toLowerCase()}`}
            data-testid={`step-${s.status}`}
            data-state={state}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="step-dot" aria-hidden="true">
              {state === 'done' ? '✓' : n + 1}
            </span>
            <span className="step-text">
              <strong>{l(INSPECTION_STATUS_LABELS, s.status)}</strong>
              <span className="muted small">
                {s.planned
                  ? t('stepPlanned', { from: formatDate(s.day), to: formatDate(s.planned) })
                  : s.day
                    ? formatDate(s.day)
                    : t('none')}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
