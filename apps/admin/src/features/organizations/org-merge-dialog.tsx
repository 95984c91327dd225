import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { ConfirmPanel } from '../../shared/confirm-panel';
import { Dialog } from '../../shared/dialog';
import { EntityPicker } from '../../shared/entity-picker';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../../shared/errors';
import { Field, FormButtons, fieldProps, ProblemBanner } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { orgChoices } from './org-choices';
import { MergeOrganizationsMutation, type OrgDetail, type OrgRef } from './organizations.documents';

const FIELDS = ['sourceIds', 'targetId', 'on', 'decisionNumber'] as const;

/** Sáp nhập: the chosen sources close as MERGED into the selected organisation. */
export function OrgMergeDialog({ target, onClose }: { target: OrgDetail; onClose: () => void }) {
  const { t } = useI18n();
  const [sources, setSources] = useState<OrgRef[]>([]);
  const [on, setOn] = useState(todayIso);
  const [decisionNumber, setDecisionNumber] = useState('');
  const [problem, setProblem] = useState<ApiProblem>(NO_PROBLEM);
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, merge] = useMutation(MergeOrganizationsMutation);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (sources.length === 0) {
      setProblem({ ...NO_PROBLEM, fields: { sourceIds: t('mergeNoSources') } });
      return;
    }
    setProblem(NO_PROBLEM);
    setConfirming(true);
  }

  async function confirm() {
    const result = await merge({
      input: {
        sourceIds: sources.map((s) => s.id),
        targetId: target.id,
        on,
        decisionNumber: decisionNumber.trim() || null,
      },
    });
    if (result.data) {
      onClose();
      return;
    }
    setConfirming(false);
    setProblem(readProblem(result.error, FIELDS));
  }

  const message = t('mergeConfirm', {
    sources: sources.map((s) => s.name).join(', '),
    target: target.name,
    date: formatDate(on),
  });
  return (
    <Dialog title={t('mergeTitle', { name: target.name })} onClose={onClose} testid="org-merge-dialog" wide>
      <ProblemBanner problem={problem} />
      {problem.fields.targetId ? <p className="alert alert-error">{problem.fields.targetId}</p> : null}
      {confirming ? (
        <ConfirmPanel
          message={message}
          busy={fetching}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <Field name="sourceIds" label={t('mergeSources')} error={problem.fields.sourceIds}>
            <EntityPicker
              name="sourceIds"
              source={orgChoices()}
              max={Number.POSITIVE_INFINITY}
              selected={sources}
              onChange={setSources}
              excludeIds={[target.id]}
            />
          </Field>
          <div className="field">
            <span className="field-label">{t('mergeTarget')}</span>
            <div className="readonly-value">
              {target.name} <span className="mono muted">{target.code}</span>
            </div>
          </div>
          <Field name="on" label={t('mergeOn')} error={problem.fields.on}>
            <input {...fieldProps('on')} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
          </Field>
          <Field name="decisionNumber" label={t('decisionNumber')} error={problem.fields.decisionNumber}>
            <input
              {...fieldProps('decisionNumber')}
              value={decisionNumber}
              onChange={(e) => setDecisionNumber(e.target.value)}
            />
          </Field>
          <FormButtons danger submitLabel={t('merge')} cancelLabel={t('cancel')} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
