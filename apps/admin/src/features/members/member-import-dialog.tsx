import { type FormEvent, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { Dialog } from '../../shared/dialog';
import { type ApiProblem, hasProblem, NO_PROBLEM } from '../../shared/errors';
import { Field, FormButtons, fieldProps, ProblemBanner } from '../../shared/form';
import { saveFile } from '../../shared/save-file';
import type { OrgRef } from '../organizations/organizations.documents';
import { CellField } from './cell-field';
import { IMPORT_COLUMNS, type ImportProgress, importMembers, type RowError, templateCsv } from './member-import';
import { ImportErrors, ImportProgressBar } from './member-import-result';

type State =
  | { step: 'form' }
  | { step: 'uploading'; progress: ImportProgress | null }
  | { step: 'done'; imported: number; errors: RowError[] };

/** Imports a spreadsheet of members into one cell: all rows or none, with progress and per-row errors. */
export function MemberImportDialog({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const { t } = useI18n();
  const [cell, setCell] = useState<OrgRef[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<ApiProblem>(NO_PROBLEM);
  const [state, setState] = useState<State>({ step: 'form' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!cell[0]) fields.organizationId = t('cellRequired');
    if (!file) fields.file = t('fileRequired');
    if (!cell[0] || !file) {
      setProblem({ ...NO_PROBLEM, fields });
      return;
    }
    setProblem(NO_PROBLEM);
    setState({ step: 'uploading', progress: null });
    const outcome = await importMembers(cell[0].id, file, (progress) => setState({ step: 'uploading', progress }));
    if (outcome.kind === 'problem') {
      const p = outcome.problem;
      setProblem(hasProblem(p) ? p : { ...p, general: [t('errorTitle')] });
      setState({ step: 'form' });
      return;
    }
    setState({ step: 'done', imported: outcome.imported, errors: outcome.errors });
    if (outcome.errors.length === 0) onImported();
  }

  const again = () => {
    setFile(null);
    setState({ step: 'form' });
  };

  return (
    <Dialog title={t('importTitle')} onClose={onClose} testid="import-dialog" wide>
      <ProblemBanner problem={problem} />
      {state.step === 'form' ? (
        <form onSubmit={submit} noValidate>
          <CellField selected={cell} onChange={setCell} error={problem.fields.organizationId} />
          <Field name="file" label={t('importFile')} error={problem.fields.file}>
            <input
              {...fieldProps('file')}
              type="file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </Field>
          <div className="import-columns">
            <p className="muted">{t('importColumns')}</p>
            <ol>
              {IMPORT_COLUMNS.map((c) => (
                <li key={c.header}>
                  <code>{c.header}</code>
                  {c.hint ? <span className="muted"> ({t(c.hint)})</span> : null}
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="btn btn-small"
              data-testid="import-template"
              onClick={() => saveFile(templateCsv(), 'mau-nhap-dang-vien.csv')}
            >
              {t('importTemplate')}
            </button>
          </div>
          <FormButtons submitLabel={t('importSubmit')} cancelLabel={t('cancel')} onCancel={onClose} />
        </form>
      ) : null}
      {state.step === 'uploading' ? <ImportProgressBar progress={state.progress} /> : null}
      {state.step === 'done' ? (
        <div data-testid="import-result">
          {state.errors.length === 0 ? (
            <div className="alert alert-success" data-testid="form-success">
              {t('importDone', { n: state.imported })}
            </div>
          ) : (
            <ImportErrors errors={state.errors} />
          )}
          <div className="button-row form-buttons">
            <button type="button" className="btn" data-testid="import-again" onClick={again}>
              {t('importAgain')}
            </button>
            <button type="button" className="btn btn-primary" data-testid="form-cancel" onClick={onClose}>
              {t('close')}
            </button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
