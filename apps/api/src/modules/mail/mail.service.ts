import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { Repository } from 'typeorm';
import { BackgroundWork } from '../../common/background/background-work';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { OutboxMail } from './entities/outbox-mail.entity';
import type { MailMessage } from './mail.templates';

/**
 * Owns outgoing mail. Every mail is written to the outbox first; with SMTP configured
 * it is then delivered after the request's answer, otherwise it is printed to the console (and, outside production,
 * listed at GET /api/dev/mail) so a local install works without a mail server.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;
  private readonly deliveries = new BackgroundWork(this.logger);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(OutboxMail) private readonly outbox: Repository<OutboxMail>,
  ) {
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : null;
  }

  /**
   * Writes the mail to the outbox and starts its delivery without waiting for it: a slow or
   * unreachable SMTP server must not hold up an answer, nor make an answer that mails take
   * longer than one that does not (a reset for an address without an account mails nothing).
   */
  async send(message: MailMessage): Promise<void> {
    const mail = await this.outbox.save(
      this.outbox.create({
        recipient: message.to,
        subject: message.subject,
        textBody: message.text,
        links: message.links,
      }),
    );
    if (!this.transport) {
      this.logger.log(`Mail to ${message.to}: "${message.subject}" ${message.links.join(' ')}`);
      return;
    }
    const transport = this.transport;
    this.deliveries.start(`Mail to ${message.to}`, () => this.deliver(transport, mail.id, message));
  }

  /** Lets deliveries under way finish before the database closes. */
  async onModuleDestroy(): Promise<void> {
    await this.deliveries.settled();
  }

  /** Newest first; for the development mail viewer. */
  recent(recipient: string | undefined, limit: number): Promise<OutboxMail[]> {
    return this.outbox.find({
      where: recipient ? { recipient } : {},
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  /** Keeps the outcome on the outbox row. */
  private async deliver(transport: Transporter, id: string, message: MailMessage): Promise<void> {
    let lastError: string | null = null;
    try {
      await transport.sendMail({
        from: this.config.mail.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    } catch (error) {
      lastError = (error as Error).message;
      this.logger.warn(`Mail to ${message.to} not delivered: ${lastError}`);
    }
    await this.outbox.update(id, lastError ? { lastError } : { sentAt: new Date(), lastError: null });
  }
}
