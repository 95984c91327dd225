import { useState } from 'react';
import type { AnyVariables, OperationResult } from 'urql';
import { type ApiProblem, NO_PROBLEM, readProblem } from './errors';

/** Sends a step and keeps what went wrong (and whether it is on its way); `ok` on success. */
export function useStep(fields: readonly string[]) {
  const [problem, setProblem] = useState<ApiProblem>(NO_PROBLEM);
  const [busy, setBusy] = useState(false);
  async function run(send: () => Promise<OperationResult<unknown, AnyVariables>>, ok: () => void) {
    setBusy(true);
    try {
      const result = await send();
      if (result.data && !result.error) ok();
      else setProblem(readProblem(result.error, fields));
    } finally {
      setBusy(false);
    }
  }
  /** The fields left empty, each marked required; true when there are any. */
  function missing(fieldsRequired: Record<string, unknown>, message: string): boolean {
    const empty = Object.entries(fieldsRequired).filter(([, v]) => (typeof v === 'string' ? !v.trim() : !v));
    if (empty.length) setProblem({ ...NO_PROBLEM, fields: Object.fromEntries(empty.map(([k]) => [k, message])) });
    return empty.length > 0;
  }
  return { problem, setProblem, busy, run, missing };
}
