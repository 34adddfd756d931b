/**
 * Text PostgreSQL cannot keep as given: U+0000 (text and jsonb refuse it) and UTF-16
 * surrogates without their pair (jsonb refuses them; text would store U+FFFD instead, so
 * what was sent would not be what is kept).
 */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

interface Visit {
  value: unknown;
  key: string | undefined;
  parent: Visit | undefined;
}

/**
 * The path of the first string in a parsed request value (body, query or parameter) that
 * is not storable text, object keys included; null when every string is. Walks with its
 * own stack and builds a path only for what it reports, so a deeply nested body costs
 * time in proportion to its size and cannot overflow the call stack.
 */
export function unstorableTextPath(value: unknown): string[] | null {
  const pending: Visit[] = [{ value, key: undefined, parent: undefined }];
  for (let visit = pending.pop(); visit !== undefined; visit = pending.pop()) {
    const current = visit.value;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return pathOf(visit);
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) {
        pending.push({ value: current[index], key: String(index), parent: visit });
      }
    } else if (current !== null && typeof current === 'object') {
      const keys = Object.keys(current);
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        const key = keys[index] as string;
        const child = { value: (current as Record<string, unknown>)[key], key, parent: visit };
        if (!isStorableText(key)) return pathOf(child);
        pending.push(child);
      }
    }
  }
  return null;
}

function pathOf(visit: Visit): string[] {
  const path: string[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}
