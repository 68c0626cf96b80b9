/**
 * A list that names every member of the union `T`, in the order written: one left out does not
 * compile, and the error names it (`missing`). For an order kept beside a table keyed by the union.
 *
 *   const ORDER = completeList<'a' | 'b'>()(['b', 'a'])
 */
export const completeList =
  <T extends string>() =>
  <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): readonly T[] =>
    list
