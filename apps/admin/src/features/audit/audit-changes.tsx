import { useI18n } from '../../app/i18n';

function show(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 1);
}

function isFromTo(value: unknown): value is { from?: unknown; to?: unknown } {
  return typeof value === 'object' && value !== null && ('from' in value || 'to' in value);
}

/** The `changes` of an audit entry (field → { from, to }) as a before/after table. */
export function AuditChanges({ changes }: { changes: unknown }) {
  const { t } = useI18n();
  if (typeof changes !== 'object' || changes === null || Object.keys(changes).length === 0) {
    return <p className="muted">{t('noChanges')}</p>;
  }
  const rows = Object.entries(changes as Record<string, unknown>);
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
          <tr key={field}>
            <td className="mono">{field}</td>
            <td className="value-before">
              <pre>{isFromTo(value) ? show(value.from) : ''}</pre>
            </td>
            <td className="value-after">
              <pre>{isFromTo(value) ? show(value.to) : show(value)}</pre>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
