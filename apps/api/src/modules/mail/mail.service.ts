import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { Repository } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { OutboxMail } from './entities/outbox-mail.entity';
import type { MailMessage } from './mail.templates';

/**
 * Owns outgoing mail. Every mail is written to the outbox first; with SMTP configured
 * it is then delivered, otherwise it is printed to the console (and, outside production,
 * listed at GET /api/dev/mail) so a local install works without a mail server.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(OutboxMail) private readonly outbox: Repository<OutboxMail>,
  ) {
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : null;
  }

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
    try {
      await this.transport.sendMail({
        from: this.config.mail.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
      await this.outbox.update(mail.id, { sentAt: new Date(), lastError: null });
    } catch (error) {
      this.logger.warn(`Mail to ${message.to} not delivered: ${(error as Error).message}`);
      await this.outbox.update(mail.id, { lastError: (error as Error).message });
    }
  }

  /** Newest first; for the development mail viewer. */
  recent(recipient: string | undefined, limit: number): Promise<OutboxMail[]> {
    return this.outbox.find({
      where: recipient ? { recipient } : {},
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }
}
