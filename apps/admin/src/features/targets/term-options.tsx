import { formatDate } from '../../shared/format';
import type { Term } from './targets.documents';

/** The `<option>`s of a term choice: each term's name and dates. */
export function TermOptions({ terms }: { terms: readonly Term[] }) {
  return (
    <>
      {terms.map((x) => (
        <option key={x.id} value={x.id}>
          {x.name} ({formatDate(x.startsOn)} – {formatDate(x.endsOn)})
        </option>
      ))}
    </>
  );
}
