import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { DateInput } from '../../shared/date-input';
import { Dialog } from '../../shared/dialog';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../../shared/errors';
import { Field, FormButtons, fieldProps, ProblemBanner } from '../../shared/form';
import { CreateTermMutation } from './targets.documents';

const FIELDS = ['name', 'startsOn', 'endsOn'] as const;

/** Nhiệm kỳ mới (ADMIN): name and dates. */
export function TermCreateDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({ name: '', startsOn: '', endsOn: '' });
  const [problem, setProblem] = useState<ApiProblem>(NO_PROBLEM);
  const [{ fetching }, create] = useMutation(CreateTermMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { ...values, name: values.name.trim() } });
    if (result.data) onCreated(result.data.createTerm.id);
    else setProblem(readProblem(result.error, FIELDS));
  }

  const input = (name: (typeof FIELDS)[number], label: string, type: 'text' | 'date', hint?: string) => (
    <Field name={name} label={label} error={problem.fields[name]} hint={hint}>
      {type === 'date' ? (
        <DateInput name={name} value={values[name]} onChange={(v) => setValues({ ...values, [name]: v })} />
      ) : (
        <input
          {...fieldProps(name)}
          value={values[name]}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <Dialog title={t('termCreate')} onClose={onClose} testid="term-create-dialog">
      <form onSubmit={submit} noValidate>
        <ProblemBanner problem={problem} />
        {input('name', t('termName'), 'text', t('termNameHint'))}
        {input('startsOn', t('startsOn'), 'date')}
        {input('endsOn', t('endsOn'), 'date')}
        <FormButtons busy={fetching} submitLabel={t('save')} cancelLabel={t('cancel')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
