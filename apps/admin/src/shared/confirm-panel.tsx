import { useI18n } from '../app/i18n';

interface ConfirmPanelProps {
  message: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The last step before an irreversible change: `confirm-ok` or `confirm-cancel`. */
export function ConfirmPanel({ message, busy, onConfirm, onCancel }: ConfirmPanelProps) {
  const { t } = useI18n();
  return (
    <div className="confirm-panel" data-testid="confirm">
      <p className="confirm-message">{message}</p>
      <div className="button-row">
        <button type="button" className="btn btn-danger" data-testid="confirm-ok" disabled={busy} onClick={onConfirm}>
          {t('confirm')}
        </button>
        <button type="button" className="btn" data-testid="confirm-cancel" disabled={busy} onClick={onCancel}>
          {t('back')}
        </button>
      </div>
    </div>
  );
}
