/**
 * Builds a parameter list for SQL assembled from optional filters: `add(value)` appends
 * the value and returns its placeholder (`$3`), so no value is ever spliced into the text.
 */
export class QueryParameters {
  readonly values: unknown[];

  constructor(...initial: unknown[]) {
    this.values = [...initial];
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** An ILIKE pattern that finds `text` anywhere, with % and _ typed by a person taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
