import type { ResultOf } from '../../graphql';
import { pickerSource } from '../../shared/entity-picker';
import { formatDate } from '../../shared/format';
import { SearchCadresQuery } from './cadres.documents';

type CadreChoice = ResultOf<typeof SearchCadresQuery>['cadres']['edges'][number]['node'];

/** What a form keeps of a chosen cadre. */
export type CadreRef = Pick<CadreChoice, 'id' | 'fullName'>;

/** Cadres in scope by part of the name (diacritics optional), for an `EntityPicker`. */
export const cadreChoices = pickerSource({
  query: SearchCadresQuery,
  variables: (search: string) => ({ filter: { search }, first: 20 }),
  rows: (data) => data.cadres.edges.map((e) => e.node),
  toRef: (c: CadreChoice): CadreRef => ({ id: c.id, fullName: c.fullName }),
  option: (c) => (
    <>
      <span>{c.fullName}</span> <span className="muted small">{formatDate(c.dateOfBirth)}</span>{' '}
      {c.homeCommune ? <span className="muted small">{c.homeCommune.name}</span> : null}
    </>
  ),
  chip: (c) => c.fullName,
  placeholder: 'cadresSearch',
});
