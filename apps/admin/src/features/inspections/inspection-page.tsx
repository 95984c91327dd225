import { can, INSPECTION_KIND_LABELS, INSPECTION_OUTCOME_LABELS } from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { PageProps } from '../../app/feature';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { useSession } from '../../app/session';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate } from '../../shared/format';
import { ConcludeDialog } from './conclude-dialog';
import { DisciplineDialog } from './discipline-dialog';
import { DisciplineTable } from './discipline-list';
import { FindingDialog } from './finding-dialog';
import { FindingsList, RemediesTable, SubjectsPanel } from './inspection-sections';
import { InspectionStepper } from './inspection-stepper';
import { InspectionQuery } from './inspections.documents';
import { planPath } from './inspections-search';
import { StatusBadge } from './plan-table';
import { CancelDialog, CompleteRemedyDialog, StartDialog } from './step-dialogs';

type Action = 'start' | 'cancel' | 'finding' | 'conclude' | 'discipline' | null;

/**
 * `/inspections/<id>`: one inspection: its status as steps, the subjects, the
 * findings, the conclusion with its remedies and the disciplines; the inspection
 * body that conducts it starts, records findings, concludes, cancels, completes
 * remedies and imposes discipline.
 */
export function InspectionPage({ params }: PageProps) {
  const { t, l } = useI18n();
  const { user } = useSession();
  const [action, setAction] = useState<Action>(null);
  const [remedyId, setRemedyId] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({ query: InspectionQuery, variables: { id: params.id } });
  const close = () => setAction(null);
  const reload = () => {
    setAction(null);
    setRemedyId(null);
    refetch({ requestPolicy: 'network-only' });
  };
  if (error) return <ProblemBanner problem={readProblem(error)} />;
  if (!data) return <p className="muted">{fetching ? t('loading') : ''}</p>;
  const i = data.inspection;
  if (!i) {
    return (
      <div className="page">
        <Link to="/inspections" className="small">
          {t('backToPlan')}
        </Link>
        <p className="alert alert-error">{t('inspectionNotFound')}</p>
      </div>
    );
  }
  const conducts = can(user.role, 'inspection:write') && (user.role === 'ADMIN' || user.scope?.id === i.conductedBy.id);
  const open = i.status === 'PLANNED' || i.status === 'IN_PROGRESS';
  const mayDiscipline =
    conducts && can(user.role, 'discipline:write') && i.status === 'CONCLUDED' && i.outcome === 'VIOLATION';
  const button = (a: Exclude<Action, null>, text: string, className = 'btn') => (
    <button type="button" className={className} data-testid={`inspection-${a}`} onClick={() => setAction(a)}>
      {text}
    </button>
  );
  const remedy = i.remedies.find((r) => r.id === remedyId) ?? null;

  return (
    <div className="page inspection-page" data-testid="inspection" data-inspection-id={i.id} data-status={i.status}>
      <Link to={planPath(Number(i.plannedStartOn.slice(0, 4)))} className="small" data-testid="inspection-back">
        {t('backToPlan')}
      </Link>
      <div className="page-header page-header-start">
        <h1 data-testid="inspection-title">{i.title}</h1>
        <span className="mono muted" data-testid="inspection-code">
          {i.code}
        </span>
        <StatusBadge status={i.status} />
      </div>
      <InspectionStepper inspection={i} />
      {conducts ? (
        <div className="button-row actions">
          {i.status === 'PLANNED' ? button('start', t('inspectionStart'), 'btn btn-primary') : null}
          {i.status === 'IN_PROGRESS' ? button('finding', t('findingAdd')) : null}
          {i.status === 'IN_PROGRESS' ? button('conclude', t('inspectionConclude'), 'btn btn-primary') : null}
          {mayDiscipline ? button('discipline', t('disciplineImpose'), 'btn btn-primary') : null}
          {open ? button('cancel', t('inspectionCancel'), 'btn btn-danger-outline') : null}
        </div>
      ) : null}
      <div className="profile-grid">
        <section className="panel">
          <h2>{t('inspectionFacts')}</h2>
          <dl className="facts">
            <dt>{t('inspectionKind')}</dt>
            <dd>{l(INSPECTION_KIND_LABELS, i.kind)}</dd>
            <dt>{t('inspectionConductedBy')}</dt>
            <dd>{t('inspectionBodyOf', { name: i.conductedBy.name })}</dd>
            <dt>{t('inspectionPlannedPeriod')}</dt>
            <dd>
              {formatDate(i.plannedStartOn)} – {formatDate(i.plannedEndOn)}
            </dd>
            <dt>{t('inspectionCreatedBy')}</dt>
            <dd>{i.createdBy?.displayName ?? t('none')}</dd>
            {i.status === 'CANCELLED' ? (
              <>
                <dt>{t('cancelReason')}</dt>
                <dd data-testid="inspection-cancel-reason">{i.cancelReason}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <SubjectsPanel inspection={i} />
      </div>
      <FindingsList findings={i.findings} />
      {i.status === 'CONCLUDED' ? (
        <section className="panel" data-testid="inspection-conclusion">
          <h2>{t('inspectionConclusion')}</h2>
          <p>
            <span
              className={`badge outcome-${(i.outcome ?? '').toLowerCase()}`}
              data-testid="inspection-outcome"
              data-outcome={i.outcome ?? ''}
            >
              {i.outcome ? l(INSPECTION_OUTCOME_LABELS, i.outcome) : t('none')}
            </span>{' '}
            <span className="muted">{formatDate(i.concludedOn)}</span>
          </p>
          <p className="pre-wrap">{i.conclusion}</p>
          <RemediesTable remedies={i.remedies} mayComplete={conducts} onComplete={setRemedyId} />
        </section>
      ) : null}
      {i.disciplines.length > 0 || mayDiscipline ? (
        <section className="panel" data-testid="inspection-disciplines">
          <h2>{t('disciplines')}</h2>
          {i.disciplines.length ? (
            <DisciplineTable rows={i.disciplines} showSubject />
          ) : (
            <p className="muted">{t('disciplinesNone')}</p>
          )}
        </section>
      ) : null}
      {action === 'start' ? <StartDialog inspection={i} onClose={close} onReload={reload} /> : null}
      {action === 'cancel' ? <CancelDialog inspection={i} onClose={close} onReload={reload} /> : null}
      {action === 'finding' ? <FindingDialog inspection={i} onClose={close} onReload={reload} /> : null}
      {action === 'conclude' ? <ConcludeDialog inspection={i} onClose={close} onReload={reload} /> : null}
      {action === 'discipline' ? <DisciplineDialog inspection={i} onClose={close} /> : null}
      {remedy ? <CompleteRemedyDialog remedy={remedy} onClose={() => setRemedyId(null)} onReload={reload} /> : null}
    </div>
  );
}
