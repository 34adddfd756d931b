import type { CalendarEntry } from '../calendar/calendar-sources';
import type { BudgetRow } from './budgets.repository';

/**
 * A budget's voting window as a calendar entry. Budgets are dated as instants, with no zone
 * of their own, so the entry is in UTC and calendars show it in the reader's zone.
 */
export function votingEntry(row: BudgetRow, publicUrl: string): CalendarEntry {
  return {
    uid: `budget-voting-${row.id}`,
    summary: row.title,
    description: row.description,
    url: `${publicUrl}/budgets/${row.id}`,
    start: row.voting_opens_at,
    end: row.voting_closes_at,
    timeZone: 'Etc/UTC',
    location: null,
    status: 'confirmed',
    // Whole seconds since creation: grows with every change, so calendars replace their copy.
    sequence: Math.max(0, Math.floor((row.updated_at.getTime() - row.created_at.getTime()) / 1000)),
    lastModified: row.updated_at,
  };
}
