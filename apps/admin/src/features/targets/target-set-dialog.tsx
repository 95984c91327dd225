import { TARGET_METRIC_LABELS, TARGET_METRICS, type TargetMetric } from '@dangvu/schema';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { EnumOptions } from '../../shared/enum-inputs';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../../shared/errors';
import { Field, fieldProps } from '../../shared/form';
import { FormDialog } from '../../shared/form-dialog';
import type { OrgRef } from '../organizations/organizations.documents';
import { SetTargetMutation, type TargetRow, type Term } from './targets.documents';

const FIELDS = ['organizationId', 'termId', 'metric', 'targetValue'] as const;

interface Props {
  organization: OrgRef;
  term: Term;
  /** The targets already set: choosing a metric starts from its value. */
  existing: TargetRow[];
  onClose: () => void;
}

/** Sets (or changes) one metric's target for the organisation in the term. */
export function TargetSetDialog({ organization, term, existing, onClose }: Props) {
  const { t } = useI18n();
  const currentValue = (m: TargetMetric) => String(existing.find((x) => x.metric === m)?.targetValue ?? '');
  const [metric, setMetric] = useState<TargetMetric>('NEW_MEMBERS');
  const [value, setValue] = useState(() => currentValue('NEW_MEMBERS'));
  const [problem, setProblem] = useState<ApiProblem>(NO_PROBLEM);
  const [{ fetching }, save] = useMutation(SetTargetMutation);

  async function submit() {
    const targetValue = Number(value.replace(',', '.'));
    if (value.trim() === '' || !Number.isFinite(targetValue) || targetValue < 0) {
      setProblem({ ...NO_PROBLEM, fields: { targetValue: t('targetValueInvalid') } });
      return;
    }
    const result = await save({ input: { organizationId: organization.id, termId: term.id, metric, targetValue } });
    if (result.data) onClose();
    else setProblem(readProblem(result.error, FIELDS));
  }

  return (
    <FormDialog
      title={t('targetSetTitle', { org: organization.name, term: term.name })}
      onClose={onClose}
      testid="target-set-dialog"
      problem={problem}
      busy={fetching}
      submitLabel={t('save')}
      onSubmit={() => void submit()}
    >
      <Field name="metric" label={t('metric')} error={problem.fields.metric}>
        <select
          {...fieldProps('metric')}
          value={metric}
          onChange={(e) => {
            const next = e.target.value as TargetMetric;
            setMetric(next);
            setValue(currentValue(next));
          }}
        >
          <EnumOptions values={TARGET_METRICS} labels={TARGET_METRIC_LABELS} />
        </select>
      </Field>
      <Field
        name="targetValue"
        label={t('targetValue')}
        error={problem.fields.targetValue}
        hint={metric.endsWith('_PERCENT') ? t('targetPercentHint') : undefined}
      >
        <input
          {...fieldProps('targetValue')}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </Field>
    </FormDialog>
  );
}
