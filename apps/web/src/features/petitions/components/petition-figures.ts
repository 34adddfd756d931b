/** The share of the goal reached, in whole percent, never above 100 for the bar (the text says more). */
export function progressPercent(count: number, goal: number): number {
  if (goal <= 0) return 0;
  return Math.floor((count / goal) * 100);
}

/** A `datetime-local` value (the reader's own time) for an instant. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant a `datetime-local` value means in the reader's time zone, or '' when it is incomplete. */
export function fromLocalInput(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
