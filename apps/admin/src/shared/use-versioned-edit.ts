import { useState } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../app/i18n';
import { type ApiProblem, NO_PROBLEM, readProblem } from './errors';

interface VersionedEditOptions<R extends { version: number }, V> {
  /** The record as the dialog opened it. */
  record: R;
  /** The form's values from the record; or `blank`, for a decision whose form starts empty. */
  toValues?: (record: R) => V;
  /** The values a decision's form starts from, whatever the record (kept on reload). */
  blank?: () => V;
  /** The record as the server has it now (network only). */
  fetchLatest: () => Promise<R | null>;
  knownFields: readonly string[];
  /**
   * Sends the update naming `record.version`; `initial` are the values the
   * user started from, so only what the user changed need be sent. Its
   * answer is the mutation's result: saved when it has data (`ok` is the
   * older answer, refused so that it cannot pass for a failure).
   */
  send: (record: R, values: V, initial: V) => Promise<{ data?: unknown; error?: CombinedError; ok?: never }>;
  onSaved: () => void;
}

/** What `VersionedEditDialog` needs of an edit. */
export interface VersionedEdit {
  problem: ApiProblem;
  busy: boolean;
  submit: () => Promise<void>;
  reload: () => Promise<void>;
  overwrite: () => Promise<void>;
}

/**
 * An edit form over a record with a `version`. A stale version (CONFLICT)
 * offers two ways out: reload (take the server's record, drop the edits) or
 * overwrite (take the server's version, resend the user's values).
 */
export function useVersionedEdit<R extends { version: number }, V>(options: VersionedEditOptions<R, V>) {
  const { record, fetchLatest, knownFields, send, onSaved } = options;
  const { t } = useI18n();
  const [blank] = useState(() => options.blank?.());
  const toValues = options.toValues ?? (() => blank as V);
  const [base, setBase] = useState(record);
  const [initial, setInitial] = useState(() => toValues(record));
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<ApiProblem>(NO_PROBLEM);
  const [busy, setBusy] = useState(false);

  async function save(target: R) {
    setBusy(true);
    try {
      const result = await send(target, values, initial);
      if (result.data) {
        setProblem(NO_PROBLEM);
        onSaved();
      } else {
        setProblem(readProblem(result.error, knownFields));
      }
    } finally {
      setBusy(false);
    }
  }

  async function latest(): Promise<R | null> {
    const fresh = await fetchLatest();
    if (!fresh) setProblem({ ...NO_PROBLEM, general: [t('recordGone')], codes: ['NOT_FOUND'] });
    return fresh;
  }

  return {
    values,
    setValues,
    problem,
    setProblem,
    busy,
    base,
    submit: () => save(base),
    /** Take the server's record and drop the edits. */
    reload: async () => {
      setBusy(true);
      const fresh = await latest().finally(() => setBusy(false));
      if (!fresh) return;
      const freshValues = toValues(fresh);
      setBase(fresh);
      setInitial(freshValues);
      setValues(freshValues);
      setProblem(NO_PROBLEM);
    },
    /** Take the server's version and send the user's values again. */
    overwrite: async () => {
      setBusy(true);
      const fresh = await latest().finally(() => setBusy(false));
      if (!fresh) return;
      setBase(fresh);
      await save(fresh);
    },
  };
}
