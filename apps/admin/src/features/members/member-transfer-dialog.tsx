import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { NO_PROBLEM, readProblem } from '../../shared/errors';
import { Field, fieldProps } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { useLatest } from '../../shared/use-latest';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { VersionedEditDialog } from '../../shared/versioned-edit-dialog';
import type { OrgRef } from '../organizations/organizations.documents';
import { CellField } from './cell-field';
import { type MemberDetail, MemberQuery, TransferDestinationQuery, TransferMemberMutation } from './members.documents';

const FIELDS = ['toOrganizationId', 'on', 'reason'] as const;
type Values = {
  where: 'inScope' | 'outside';
  picked: OrgRef[];
  code: string;
  /** The cell the code names: undefined before a lookup, null when none. */
  found: OrgRef | null | undefined;
  on: string;
  reason: string;
};

/**
 * Chuyển sinh hoạt đảng: to a cell in scope (moves at once), or to one outside
 * found by its exact code (waits for the receiving side to accept).
 */
export function MemberTransferDialog({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useI18n();
  const client = useClient();
  const [, transfer] = useMutation(TransferMemberMutation);
  const [looking, setLooking] = useState(false);
  const [done, setDone] = useState<{ pending: boolean; to: string } | null>(null);
  const destinationOf = (v: Values) => (v.where === 'inScope' ? v.picked[0] : v.found) ?? null;
  const edit = useVersionedEdit<MemberDetail, Values>({
    record: member,
    blank: () => ({
      where: 'inScope',
      picked: [],
      code: '',
      found: undefined,
      on: todayIso(),
      reason: '',
    }),
    knownFields: FIELDS,
    fetchLatest: useLatest(MemberQuery, { id: member.id }, (d) => d.member),
    send: async (record, values) => {
      const to = destinationOf(values);
      const result = await transfer({
        input: {
          memberId: record.id,
          version: record.version,
          toOrganizationId: to?.id ?? '',
          on: values.on,
          reason: values.reason.trim() || null,
        },
      });
      const made = result.data?.transferMember;
      if (made) setDone({ pending: made.status === 'PENDING', to: made.toOrganization.name });
      return result;
    },
    onSaved: () => undefined,
  });
  const { values, setValues, problem, setProblem } = edit;
  const set = (patch: Partial<Values>) => setValues({ ...values, ...patch });
  const destination = destinationOf(values);

  async function lookup() {
    const code = values.code.trim();
    if (!code) return;
    setLooking(true);
    const result = await client
      .query(TransferDestinationQuery, { code }, { requestPolicy: 'network-only' })
      .toPromise();
    setLooking(false);
    if (result.error) {
      setProblem(readProblem(result.error, FIELDS));
      return;
    }
    const org = result.data?.transferDestination;
    set({ found: org ? { id: org.id, code: org.code, name: org.name } : null });
  }

  /** A destination is needed before the confirmation. */
  function check() {
    if (!destination) {
      setProblem({ ...NO_PROBLEM, fields: { toOrganizationId: t('destinationRequired') } });
      return false;
    }
    setProblem(NO_PROBLEM);
    return true;
  }

  const name = member.fullName;
  return (
    <VersionedEditDialog
      edit={edit}
      title={t('transferTitle', { name })}
      testid="member-transfer-dialog"
      done={
        done
          ? done.pending
            ? t('transferPending', { name, to: done.to })
            : t('transferDone', { name, to: done.to })
          : null
      }
      wide
      onClose={onClose}
      submitLabel={t('memberTransfer')}
      check={check}
      confirm={t('transferConfirm', { name, to: destination?.name ?? '', date: formatDate(values.on) })}
    >
      <fieldset className="choice-row">
        <legend className="field-label">{t('destination')}</legend>
        {(['inScope', 'outside'] as const).map((where) => (
          <label key={where} className="checkbox">
            <input
              type="radio"
              name="where"
              data-testid={`transfer-where-${where}`}
              checked={values.where === where}
              onChange={() => set({ where })}
            />
            {where === 'inScope' ? t('transferInScope') : t('transferOutside')}
          </label>
        ))}
      </fieldset>
      {values.where === 'inScope' ? (
        <CellField
          name="toOrganizationId"
          selected={values.picked}
          onChange={(picked) => set({ picked })}
          excludeIds={[member.organization.id]}
          error={problem.fields.toOrganizationId}
        />
      ) : (
        <Field name="destinationCode" label={t('destinationCode')} error={problem.fields.toOrganizationId}>
          <div>
            <div className="inline-row">
              <input
                {...fieldProps('destinationCode')}
                className="mono"
                value={values.code}
                onChange={(e) => set({ code: e.target.value, found: undefined })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void lookup();
                  }
                }}
              />
              <button
                type="button"
                className="btn"
                data-testid="destination-lookup"
                disabled={looking || !values.code.trim()}
                onClick={() => void lookup()}
              >
                {t('destinationLookup')}
              </button>
            </div>
            {values.found ? (
              <p className="readonly-value" data-testid="destination-found">
                {values.found.name} <span className="mono muted">{values.found.code}</span>
              </p>
            ) : null}
            {values.found === null ? (
              <p className="field-error" data-testid="destination-not-found">
                {t('destinationNotFound')}
              </p>
            ) : null}
          </div>
        </Field>
      )}
      <Field name="on" label={t('transferOn')} error={problem.fields.on}>
        <input {...fieldProps('on')} type="date" value={values.on} onChange={(e) => set({ on: e.target.value })} />
      </Field>
      <Field name="reason" label={t('reason')} error={problem.fields.reason}>
        <input {...fieldProps('reason')} value={values.reason} onChange={(e) => set({ reason: e.target.value })} />
      </Field>
    </VersionedEditDialog>
  );
}
