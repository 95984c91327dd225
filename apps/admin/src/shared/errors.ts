import type { CombinedError } from 'urql';

/** A party rule that forbade the change (`RULE_VIOLATION`). */
export interface RuleViolation {
  message: string;
  rule: string | null;
  source: string | null;
}

/**
 * What a failed request means to a form: field errors keyed by the last path
 * segment (`["input","code"]` → `code`), messages that belong to no field,
 * rule violations with their source regulation, and whether the record's
 * version was stale.
 */
export interface ApiProblem {
  fields: Record<string, string>;
  general: string[];
  /** Field errors for fields the form does not show: the banner names the field by its label, not its code. */
  unplaced: { field: string; message: string }[];
  rules: RuleViolation[];
  /** CONFLICT on a stale `version`: offer reload or overwrite. */
  staleVersion: boolean;
  /** `extensions.retryAfterSeconds`, when the server asks to wait. */
  retryAfterSeconds: number | null;
  codes: string[];
}

interface FieldError {
  path?: unknown;
  message?: unknown;
}

function lastSegment(path: unknown): string | null {
  if (Array.isArray(path) && path.length > 0) return String(path[path.length - 1]);
  if (typeof path === 'string') return path.split('.').pop() ?? null;
  return null;
}

/**
 * A uniqueness clash is also a CONFLICT; the api marks a stale version with
 * `extensions.currentVersion` and a clash with `extensions.fields`.
 */
function isUniquenessClash(ext: Record<string, unknown>): boolean {
  if (typeof ext.currentVersion === 'number') return false;
  if (Array.isArray(ext.fields) && ext.fields.length > 0) return true;
  if (typeof ext.field === 'string') return true;
  const reason = `${ext.reason ?? ''} ${ext.rule ?? ''} ${ext.kind ?? ''}`;
  return /UNIQUE|DUPLICATE|TAKEN|EXISTS/i.test(reason);
}

/** The form fields the caller knows; other field errors go to `general`. */
export function readProblem(error: CombinedError | undefined, knownFields: readonly string[] = []): ApiProblem {
  const problem: ApiProblem = {
    fields: {},
    general: [],
    unplaced: [],
    rules: [],
    staleVersion: false,
    retryAfterSeconds: null,
    codes: [],
  };
  if (!error) return problem;
  if (error.networkError && error.graphQLErrors.length === 0) {
    problem.general.push(error.networkError.message);
    problem.codes.push('NETWORK');
    return problem;
  }
  for (const e of error.graphQLErrors) {
    const ext = (e.extensions ?? {}) as Record<string, unknown>;
    const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
    problem.codes.push(code);
    if (typeof ext.retryAfterSeconds === 'number') problem.retryAfterSeconds = ext.retryAfterSeconds;
    if (code === 'RULE_VIOLATION') {
      problem.rules.push({
        message: e.message,
        rule: typeof ext.rule === 'string' ? ext.rule : null,
        source: typeof ext.source === 'string' ? ext.source : null,
      });
      continue;
    }
    if (code === 'CONFLICT' && !isUniquenessClash(ext)) {
      problem.staleVersion = true;
      continue;
    }
    const fieldErrors = Array.isArray(ext.fields) ? (ext.fields as FieldError[]) : [];
    for (const fe of fieldErrors) {
      const name = lastSegment(fe.path);
      const message = typeof fe.message === 'string' ? fe.message : e.message;
      if (name && knownFields.includes(name)) {
        problem.fields[name] = problem.fields[name] ? `${problem.fields[name]} ${message}` : message;
      } else if (name) {
        problem.unplaced.push({ field: name, message });
      } else if (!problem.general.includes(message)) {
        problem.general.push(message);
      }
    }
    if (fieldErrors.length === 0 && typeof ext.field === 'string' && knownFields.includes(ext.field)) {
      problem.fields[ext.field] = e.message;
    } else if (fieldErrors.length === 0) {
      // with field errors, the top-level message only repeats them by their paths (input.person.cardNumber: …)
      if (!problem.general.includes(e.message)) problem.general.unshift(e.message);
    }
  }
  return problem;
}

export function hasProblem(p: ApiProblem): boolean {
  return (
    p.general.length > 0 ||
    p.unplaced.length > 0 ||
    p.rules.length > 0 ||
    p.staleVersion ||
    Object.keys(p.fields).length > 0
  );
}

export const NO_PROBLEM: ApiProblem = readProblem(undefined);

/**
 * Moves the rule violations that belong beside a field (e.g. UNDER_AGE beside
 * admittedOn) out of the banner: `placement` maps a rule id to the field name.
 */
export function placeRules(
  problem: ApiProblem,
  placement: Record<string, string>,
): { problem: ApiProblem; byField: Record<string, RuleViolation[]> } {
  const byField: Record<string, RuleViolation[]> = {};
  const rest: RuleViolation[] = [];
  for (const rule of problem.rules) {
    const field = rule.rule ? placement[rule.rule] : undefined;
    if (field) byField[field] = [...(byField[field] ?? []), rule];
    else rest.push(rule);
  }
  return { problem: { ...problem, rules: rest }, byField };
}

/**
 * The error of a plain `fetch` to the api, in the contract's error model
 * (`{ errors: [{ message, extensions: { code, fields?, rule? } }] }`), as an ApiProblem.
 */
export function problemFromJson(body: unknown, status: number, knownFields: readonly string[] = []): ApiProblem {
  const first = (body as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | null)
    ?.errors?.[0];
  const error: Record<string, unknown> = { ...(first?.extensions ?? {}), message: first?.message };
  const message = typeof error.message === 'string' ? error.message : `HTTP ${status}`;
  const code = typeof error.code === 'string' ? error.code : 'INTERNAL_SERVER_ERROR';
  const problem: ApiProblem = { ...readProblem(undefined), codes: [code] };
  if (typeof error.retryAfterSeconds === 'number') problem.retryAfterSeconds = error.retryAfterSeconds;
  if (code === 'RULE_VIOLATION') {
    const rule = typeof error.rule === 'string' ? error.rule : null;
    const source = typeof error.source === 'string' ? error.source : null;
    problem.rules.push({ message, rule, source });
    return problem;
  }
  const fieldErrors = Array.isArray(error.fields) ? (error.fields as FieldError[]) : [];
  for (const fe of fieldErrors) {
    const name = lastSegment(fe.path);
    if (name && knownFields.includes(name))
      problem.fields[name] = typeof fe.message === 'string' ? fe.message : message;
  }
  for (const fe of fieldErrors) {
    const name = lastSegment(fe.path);
    if (name && !knownFields.includes(name) && typeof fe.message === 'string')
      problem.unplaced.push({ field: name, message: fe.message });
  }
  if (Object.keys(problem.fields).length === 0 && problem.unplaced.length === 0) problem.general.push(message);
  return problem;
}
