// Records keyed by something the admin or a plan file chose (component and certificate ids, host names): a plain
// object lookup `record[id]` returns Object.prototype's members for "constructor", "toString", "valueOf"… and
// crashed the Keys and Worksheet steps ("Cannot read properties of undefined (reading 'algorithm')").

/** The value stored under `key` itself, never one inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
