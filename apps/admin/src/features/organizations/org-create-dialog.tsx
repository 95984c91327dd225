import type { OrganizationKind, OrganizationSector } from '@dangvu/schema';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { Dialog } from '../../shared/dialog';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../../shared/errors';
import { DateField, TextField } from '../../shared/fields';
import { Field, FormButtons, fieldProps, ProblemBanner } from '../../shared/form';
import { todayIso } from '../../shared/format';
import { childKindOf, defaultSectorOf, KindOptions, SectorOptions } from './org-options';
import { CreateOrganizationMutation, type OrgDetail } from './organizations.documents';

const FIELDS = ['parentId', 'code', 'name', 'kind', 'sector', 'establishedOn', 'decisionNumber'] as const;

interface Props {
  /** The parent; null creates a root (ADMIN only). */
  parent: Pick<OrgDetail, 'id' | 'name' | 'kind'> | null;
  /** The kinds the user may create there (creatableChildren); the offer is only made when there is one. */
  kinds: readonly OrganizationKind[];
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** Thành lập: a new organisation under the parent. */
export function OrgCreateDialog({ parent, kinds, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const usual = childKindOf(parent?.kind ?? null);
  const kind = kinds.includes(usual) ? usual : (kinds[0] ?? usual);
  const [values, setValues] = useState({
    code: '',
    name: '',
    kind: kind as OrganizationKind,
    sector: defaultSectorOf(kind) as OrganizationSector,
    establishedOn: todayIso(),
    decisionNumber: '',
  });
  const [problem, setProblem] = useState<ApiProblem>(NO_PROBLEM);
  const [{ fetching }, create] = useMutation(CreateOrganizationMutation);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({
      input: {
        parentId: parent?.id ?? null,
        code: values.code.trim(),
        name: values.name.trim(),
        kind: values.kind,
        sector: values.sector,
        establishedOn: values.establishedOn,
        decisionNumber: values.decisionNumber.trim() || null,
      },
    });
    if (result.data) onCreated(result.data.createOrganization.id);
    else setProblem(readProblem(result.error, FIELDS));
  }

  const title = parent ? t('createChildTitle', { name: parent.name }) : t('createRoot');
  return (
    <Dialog title={title} onClose={onClose} testid="org-create-dialog">
      <form onSubmit={submit} noValidate>
        <ProblemBanner problem={problem} />
        {problem.fields.parentId ? <p className="alert alert-error">{problem.fields.parentId}</p> : null}
        <div className="form-grid">
          <Field name="code" label={t('code')} error={problem.fields.code}>
            <input {...fieldProps('code')} value={values.code} onChange={(e) => set({ code: e.target.value })} />
          </Field>
          <Field name="name" label={t('name')} error={problem.fields.name}>
            <input {...fieldProps('name')} value={values.name} onChange={(e) => set({ name: e.target.value })} />
          </Field>
          <Field name="kind" label={t('kind')} error={problem.fields.kind}>
            <select
              {...fieldProps('kind')}
              value={values.kind}
              onChange={(e) => {
                const next = e.target.value as OrganizationKind;
                set({ kind: next, sector: defaultSectorOf(next) });
              }}
            >
              <KindOptions kinds={kinds} />
            </select>
          </Field>
          <Field name="sector" label={t('sector')} error={problem.fields.sector}>
            <select
              {...fieldProps('sector')}
              value={values.sector}
              onChange={(e) => set({ sector: e.target.value as OrganizationSector })}
            >
              <SectorOptions />
            </select>
          </Field>
          <DateField
            name="establishedOn"
            label={t('establishedOn')}
            error={problem.fields.establishedOn}
            value={values.establishedOn}
            onChange={(establishedOn) => set({ establishedOn })}
          />
          <TextField
            name="decisionNumber"
            label={t('decisionNumber')}
            error={problem.fields.decisionNumber}
            value={values.decisionNumber}
            onChange={(decisionNumber) => set({ decisionNumber })}
          />
        </div>
        <FormButtons busy={fetching} submitLabel={t('save')} cancelLabel={t('cancel')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
