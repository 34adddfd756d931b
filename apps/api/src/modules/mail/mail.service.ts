import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { type EntityManager, Repository } from 'typeorm';
import { JobsService } from '../../common/jobs/jobs.service';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { OutboxMail } from './entities/outbox-mail.entity';
import { DELIVERY_POLICY } from './mail.jobs';
import type { MailMessage } from './mail.templates';

/**
 * Owns outgoing mail. Every mail is written to the outbox first; with SMTP configured a
 * `mail.deliver` job then delivers it, retrying while the server cannot be reached. Without
 * SMTP it is printed to the console (and, outside production, listed at GET /api/dev/mail)
 * so a local install works without a mail server.
 */
@Injectable()
export class MailService implements OnModuleInit {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(OutboxMail) private readonly outbox: Repository<OutboxMail>,
    private readonly jobs: JobsService,
  ) {
    // A delivery holds its outbox row's lock while it talks to the server, so the server
    // gets seconds, not nodemailer's default minutes, to answer.
    this.transport = config.mail.smtpUrl
      ? createTransport({
          url: config.mail.smtpUrl,
          connectionTimeout: 15_000,
          greetingTimeout: 15_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.handle('mail.deliver', DELIVERY_POLICY, ({ outboxId }) => this.deliver(outboxId));
  }

  /**
   * Writes the mail to the outbox and its delivery job. In the caller's transaction when it
   * passes one, so a mail is sent exactly when the change it tells about commits; nobody
   * waits for the delivery itself, so a slow or unreachable SMTP server never holds up an
   * answer, nor makes an answer that mails take longer than one that does not.
   */
  async send(message: MailMessage, tx?: EntityManager): Promise<string> {
    if (!this.transport) {
      const id = await this.write(tx ?? this.outbox.manager, message);
      this.logger.log(`Mail to ${message.to}: "${message.subject}" ${message.links.join(' ')}`);
      return id;
    }
    if (!tx) return this.outbox.manager.transaction((own) => this.send(message, own));
    const id = await this.write(tx, message);
    await this.jobs.send('mail.deliver', { outboxId: id }, tx);
    return id;
  }

  /** Newest first; for the development mail viewer. */
  recent(recipient: string | undefined, limit: number): Promise<OutboxMail[]> {
    return this.outbox.find({
      where: recipient ? { recipient } : {},
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  private async write(manager: EntityManager, message: MailMessage): Promise<string> {
    const mail = await manager.save(
      manager.create(OutboxMail, {
        recipient: message.to,
        subject: message.subject,
        textBody: message.text,
        links: message.links,
        headers: message.headers ?? {},
      }),
    );
    return mail.id;
  }

  /**
   * Delivers one outbox mail, under its row's lock, unless it was delivered already: a
   * job that runs twice, even twice at once, sends one mail. Only a crash between the
   * server's acceptance and the commit of `sent_at` can send it again. A failure is kept
   * on the row and thrown, so the job is retried.
   */
  private async deliver(outboxId: string): Promise<void> {
    const transport = this.transport;
    if (!transport) throw new Error('SMTP_URL is not set in the process that runs mail deliveries');
    const failure = await this.outbox.manager.transaction(async (tx) => {
      const mail = await tx.findOne(OutboxMail, {
        where: { id: outboxId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!mail || mail.sentAt) return null;
      try {
        await transport.sendMail({
          from: this.config.mail.from,
          to: mail.recipient,
          subject: mail.subject,
          text: mail.textBody,
          headers: mail.headers,
        });
      } catch (error) {
        const lastError = error instanceof Error ? error.message : String(error);
        await tx.update(OutboxMail, outboxId, { attempts: () => 'attempts + 1', lastError });
        return new Error(`Mail to ${mail.recipient} not delivered: ${lastError}`);
      }
      await tx.update(OutboxMail, outboxId, {
        attempts: () => 'attempts + 1',
        sentAt: new Date(),
        lastError: null,
      });
      return null;
    });
    if (failure) throw failure;
  }
}
