// Zod leaves optional keys present as undefined; the store's filters want them absent.

/** Drops keys whose value is undefined, for store functions that take optional filters. */
export function defined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
