import { useI18n } from '../../app/i18n';
import { type ImportProgress, importFieldLabel, progressPercent, type RowError } from './member-import';

/** The upload's progress from the NDJSON progress lines: a real progress bar and the phase in words. */
export function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  const { t } = useI18n();
  const percent = progressPercent(progress);
  const text = progress
    ? t(`importPhase_${progress.phase}`, { done: progress.done, total: progress.total })
    : t('importUploading');
  return (
    <div className="import-progress">
      <div
        className="progress"
        role="progressbar"
        data-testid="import-progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% — ${text}`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="muted small">
        {percent}% — {text}
      </p>
    </div>
  );
}

/** The rows the import refused, grouped by row number, and that nothing was saved. */
export function ImportErrors({ errors }: { errors: RowError[] }) {
  const { t } = useI18n();
  const rows = new Map<number, RowError[]>();
  for (const e of errors) rows.set(e.row, [...(rows.get(e.row) ?? []), e]);
  return (
    <>
      <div className="alert alert-error" role="alert">
        <p>{t('importErrorsTitle', { n: errors.length })}</p>
        <p data-testid="import-nothing-saved">{t('importNothingSaved')}</p>
      </div>
      <table className="table table-compact" data-testid="import-errors">
        <thead>
          <tr>
            <th>{t('importRow')}</th>
            <th>{t('importField')}</th>
            <th>{t('importMessage')}</th>
          </tr>
        </thead>
        {[...rows.entries()].map(([row, list]) => (
          <tbody key={row} data-testid={`import-error-row-${row}`}>
            {list.map((e, i) => {
              const label = importFieldLabel(e.field);
              return (
                <tr key={`${e.field}-${e.message}`}>
                  {i === 0 ? (
                    <td rowSpan={list.length} className="num">
                      {row}
                    </td>
                  ) : null}
                  <td>{label ? t(label) : e.field}</td>
                  <td>{e.message}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </>
  );
}
