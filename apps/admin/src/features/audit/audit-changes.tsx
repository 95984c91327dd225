import { useI18n } from '../../app/i18n';
import { auditValue, fieldLabel } from './audit-labels';

function isFromTo(value: unknown): value is { from?: unknown; to?: unknown } {
  return typeof value === 'object' && value !== null && ('from' in value || 'to' in value);
}

/** The `changes` of an audit entry (field → { from, to }) as a before/after table, in the user's language. */
export function AuditChanges({ changes, entityType }: { changes: unknown; entityType: string }) {
  const { t, lang } = useI18n();
  if (typeof changes !== 'object' || changes === null || Object.keys(changes).length === 0) {
    return <p className="muted">{t('noChanges')}</p>;
  }
  const words = { none: t('none'), yes: t('yes'), no: t('no') };
  const rows = Object.entries(changes as Record<string, unknown>);
  const show = (field: string, value: unknown) => auditValue(field, entityType, value, lang, words);
  return (
    <table className="table table-compact changes" data-testid="audit-changes">
      <thead>
        <tr>
          <th>{t('field')}</th>
          <th>{t('before')}</th>
          <th>{t('after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([field, value]) => (
          <tr key={field} data-field={field}>
            <td>{fieldLabel(field, lang)}</td>
            <td className="value-before">
              <pre>{isFromTo(value) ? show(field, value.from) : ''}</pre>
            </td>
            <td className="value-after">
              <pre>{isFromTo(value) ? show(field, value.to) : show(field, value)}</pre>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
