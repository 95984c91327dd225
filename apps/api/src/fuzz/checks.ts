/** What must never reach a client: stack frames, file paths, SQL, driver messages, class names. */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat [\w$.<>[\] ]+ \(|at (?:file:\/\/)?\/[\w/.@-]+\.[cm]?js:\d+/],
  ['file path', /node_modules|\/(?:work|home|root|usr|opt|var|srv)\/[\w.@-]+\//],
  [
    'class name',
    /\b(?:QueryFailedError|EntityNotFoundError|EntityPropertyNotFoundError|TypeORMError|TypeError|ReferenceError|RangeError|SyntaxError|AggregateError|DatabaseError|UnauthorizedError)\b/,
  ],
  ['SQL', /\b(?:SELECT\b[\s\S]{1,200}\bFROM|INSERT INTO|DELETE FROM|UPDATE\s+"?\w+"?\s+SET)\b/],
  [
    'driver message',
    /invalid input syntax for|violates (?:unique|foreign key|check|not-null) constraint|duplicate key value|invalid byte sequence|relation "[^"]+" does not exist|syntax error at or near|SQLSTATE/i,
  ],
  ['stack trace', /"stacktrace"|<pre>|<!DOCTYPE html>[\s\S]*Error/i],
];

/** The leaks in an answer, ignoring text the request itself sent (an echoed value is not a leak). */
export function leaksIn(answer: string, request: string): string[] {
  const found: string[] = [];
  for (const [name, re] of LEAKS) {
    const m = re.exec(answer);
    if (m && !request.includes(m[0]) && !request.includes(JSON.stringify(m[0]).slice(1, -1)))
      found.push(`${name}: ${m[0].slice(0, 80)}`);
  }
  return found;
}

/** The `extensions.code`s of a JSON answer (GraphQL `errors`, the spreadsheet routes' `error`, ndjson lines). */
export function codesIn(text: string): string[] {
  const codes: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('{') && !line.trim().startsWith('[')) continue;
    try {
      const body = JSON.parse(line) as {
        errors?: { extensions?: { code?: string } }[];
        error?: { code?: string };
      };
      for (const e of body.errors ?? []) if (e.extensions?.code) codes.push(e.extensions.code);
      if (body.error?.code) codes.push(body.error.code);
    } catch {
      /* not JSON: judged by its status and type */
    }
  }
  return codes;
}
