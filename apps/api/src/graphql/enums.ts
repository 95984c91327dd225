import { registerEnumType } from 'type-graphql';

/**
 * Registers a string-union enum from @dangvu/schema with type-graphql and
 * returns the object type-graphql needs in `@Field(() => …)`.
 */
export function registerEnum<const T extends readonly string[]>(
  name: string,
  values: T,
  descriptions: Partial<Record<T[number], string>> = {},
): Record<T[number], T[number]> {
  const obj = Object.fromEntries(values.map((v) => [v, v])) as Record<T[number], T[number]>;
  const valuesConfig = Object.fromEntries(
    Object.entries(descriptions).map(([k, d]) => [k, { description: d as string }]),
  ) as Record<T[number], { description: string }>;
  registerEnumType(obj, { name, valuesConfig });
  return obj;
}
