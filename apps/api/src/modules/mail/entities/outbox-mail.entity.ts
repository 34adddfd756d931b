import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every mail the product sends, kept so delivery can be retried and, outside production, read. */
@Entity({ name: 'outbox_mails' })
export class OutboxMail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  links: string[];

  /** Extra header fields, such as `List-Unsubscribe`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  headers: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set once the SMTP server accepted the mail; a delivery that finds it set sends nothing. */
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Delivery attempts made so far. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
