import { can, TARGET_METRIC_LABELS } from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { EntityPicker } from '../../shared/entity-picker';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { todayIso } from '../../shared/format';
import { orgChoices } from '../organizations/org-choices';
import { type OrgRef, RootsQuery } from '../organizations/organizations.documents';
import { TargetProgress, useTargetFormat } from './target-progress';
import { TargetSetDialog } from './target-set-dialog';
import { TargetsQuery, type Term, TermsQuery } from './targets.documents';
import { TermCreateDialog } from './term-create-dialog';
import { TermOptions } from './term-options';

/** The term in force today, else the latest to start. */
function defaultTerm(terms: Term[]): Term | null {
  const today = todayIso();
  const current = terms.find((x) => x.startsOn <= today && today <= x.endsOn);
  return current ?? [...terms].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0] ?? null;
}

/** Chỉ tiêu nghị quyết: an organisation's targets in a term, with their progress. */
export function TargetsPage() {
  const { t, l } = useI18n();
  const { user } = useSession();
  const format = useTargetFormat();
  const [picked, setPicked] = useState<OrgRef[] | null>(null);
  const [termId, setTermId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'set' | 'term' | null>(null);
  const [roots] = useQuery({ query: RootsQuery, pause: picked !== null });
  const [terms, refreshTerms] = useQuery({ query: TermsQuery });
  const root = roots.data?.roots[0];
  // Until the user picks, the scope's root organisation.
  const orgs = picked ?? (user.scope ? [user.scope] : root ? [{ id: root.id, code: root.code, name: root.name }] : []);
  const org = orgs[0] ?? null;
  const termList = [...(terms.data?.terms ?? [])].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const term = termList.find((x) => x.id === termId) ?? defaultTerm(termList);
  const [targets, refreshTargets] = useQuery({
    query: TargetsQuery,
    variables: { organizationId: org?.id ?? '', termId: term?.id ?? null },
    pause: !org || !term,
  });
  const rows = targets.data?.targets ?? [];
  const error = roots.error ?? terms.error ?? targets.error;

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('targetsTitle')}</h1>
        <div className="button-row page-actions">
          {can(user.role, 'target:write') && org && term ? (
            <button type="button" className="btn btn-primary" data-testid="target-set" onClick={() => setDialog('set')}>
              {t('targetSet')}
            </button>
          ) : null}
          {can(user.role, 'term:manage') ? (
            <button type="button" className="btn" data-testid="term-create" onClick={() => setDialog('term')}>
              {t('termCreate')}
            </button>
          ) : null}
        </div>
      </div>
      <div className="filters">
        <div className="filter-group filter-wide">
          <span className="field-label">{t('organization')}</span>
          <EntityPicker name="organizationId" source={orgChoices()} selected={orgs} onChange={setPicked} />
        </div>
        <label>
          {t('term')}
          <select
            id="f-termId"
            data-testid="field-termId"
            value={term?.id ?? ''}
            onChange={(e) => setTermId(e.target.value)}
          >
            <TermOptions terms={termList} />
          </select>
        </label>
      </div>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      {terms.data && termList.length === 0 ? <p className="muted">{t('noTerms')}</p> : null}
      {!org ? <p className="muted">{t('pickOrgFirst')}</p> : null}
      {org && term ? (
        <table className="table" data-testid="targets-table">
          <thead>
            <tr>
              <th>{t('metric')}</th>
              <th className="num">{t('targetValue')}</th>
              <th className="num">{t('achievedValue')}</th>
              <th className="col-progress">{t('progress')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((x) => (
              <tr key={x.id} data-testid={`target-row-${x.metric}`}>
                <td>{l(TARGET_METRIC_LABELS, x.metric)}</td>
                <td className="num">{format.value(x.metric, x.targetValue)}</td>
                <td className="num">{format.value(x.metric, x.achievedValue)}</td>
                <td>
                  <TargetProgress metric={x.metric} target={x.targetValue} achieved={x.achievedValue} ratio={x.ratio} />
                </td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={4} className="muted">
                  {targets.fetching && !targets.data ? t('loading') : t('noTargets')}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      ) : null}
      {dialog === 'set' && org && term ? (
        <TargetSetDialog
          organization={org}
          term={term}
          existing={rows}
          onClose={() => {
            setDialog(null);
            refreshTargets({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
      {dialog === 'term' ? (
        <TermCreateDialog
          onClose={() => setDialog(null)}
          onCreated={(id) => {
            setDialog(null);
            setTermId(id);
            refreshTerms({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </div>
  );
}
