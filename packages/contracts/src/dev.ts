import { z } from 'zod';

export const OutboxMail = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  /** Every link in the mail, in order: what a tester follows. */
  links: z.array(z.string()),
  /** Extra header fields, such as `List-Unsubscribe`. */
  headers: z.record(z.string(), z.string()),
  createdAt: z.iso.datetime(),
});
export type OutboxMail = z.infer<typeof OutboxMail>;

export const OutboxQuery = z.object({
  to: z.string().trim().toLowerCase().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type OutboxQuery = z.input<typeof OutboxQuery>;

export const OutboxList = z.object({ items: z.array(OutboxMail) });
export type OutboxList = z.infer<typeof OutboxList>;
