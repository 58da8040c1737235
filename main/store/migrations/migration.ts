// The shape of one schema step: SQL run once, in a transaction, when a case's user_version is below it.

export interface Migration {
  /** Steps of 10, so a fix can slot in between. */
  version: number;
  name: string;
  up: string;
}
