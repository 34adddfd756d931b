import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type {
  ConfirmSignatureResult,
  Locale,
  MemberSignRequest,
  Petition,
  ShownSignaturePage,
  VisitorSignRequest,
} from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { DomainEvents } from '../../common/events/domain-events';
import { decodeTimeIdCursor, type PageRequest, toPage } from '../../common/pagination/cursor';
import { toCsv } from '../../common/text/csv';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { MailService } from '../mail/mail.service';
import { Notifier } from '../notifications/notifier';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { managedPetition, visiblePetition } from './petition-access';
import { signatureConfirmationMail } from './petition-mail';
import { EXPORT_HEADER, exportRow, milestonesCrossed, normaliseEmail, requiredState } from './petition-rules';
import { PetitionSignaturesRepository } from './petition-signatures.repository';
import { petitionErrors } from './petitions.errors';
import { PetitionsRepository } from './petitions.repository';
import { PetitionsService } from './petitions.service';

type MemberInput = z.output<typeof MemberSignRequest>;
type VisitorInput = z.output<typeof VisitorSignRequest>;

/** How long a visitor's confirmation link works. */
const CONFIRMATION_HOURS = 48;
/** Confirmation mails one address gets per petition and hour; beyond that the pending link stays. */
const MAILS_PER_ADDRESS = 3;

const hashToken = (raw: string) => createHash('sha256').update(raw).digest('base64url');

/**
 * Owns signatures. A member's counts at once; a visitor's waits for the mailed link, whose
 * token is stored only as a hash and expires. One signature per person and per address is
 * the database's rule (unique keys); the count goes up in the transaction that makes a
 * signature count, under the petition's row lock, so it always equals the confirmed rows
 * and the author is told of each milestone (25, 50, 100% of the goal) exactly once.
 */
@Injectable()
export class PetitionSignaturesService {
  constructor(
    private readonly petitions: PetitionsRepository,
    private readonly signatures: PetitionSignaturesRepository,
    private readonly petitionsService: PetitionsService,
    private readonly notifier: Notifier,
    private readonly mail: MailService,
    private readonly rateLimits: RateLimitService,
    private readonly domainEvents: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Signs for a signed-in member; signing again changes nothing and answers the same. */
  async signAsMember(id: string, viewer: AuthUser, input: MemberInput): Promise<Petition> {
    const petition = await visiblePetition(this.petitions, id, viewer);
    this.assertOpen(petition.state);
    const counted = await this.petitions.transaction(async (tx) => {
      if (!(await this.signatures.signAsMember(tx, id, viewer.id, input))) return false;
      await this.countOne(tx, id);
      return true;
    });
    if (counted) await this.domainEvents.emit('petition.signed', { petitionId: id, actorId: viewer.id });
    return this.petitionsService.get(id, viewer);
  }

  /**
   * Takes a visitor's signature and mails its confirmation link. The answer is the same
   * whatever happens (an address that signed already, a filled honeypot), so it tells no
   * one whether an address signed.
   */
  async signAsVisitor(id: string, input: VisitorInput, ip: string | null, locale: Locale): Promise<void> {
    await this.rateLimits.consume({
      key: `petition-sign:ip:${ip ?? 'unknown'}`,
      max: this.config.rateLimits.petitionSignPerIp,
      windowSeconds: this.config.rateLimits.petitionSignWindowSeconds,
    });
    const petition = await visiblePetition(this.petitions, id, undefined);
    this.assertOpen(petition.state);
    if (input.website) return;
    const emailNorm = normaliseEmail(input.email);
    const raw = randomBytes(32).toString('base64url');
    await this.petitions.transaction(async (tx) => {
      const renew = await this.rateLimits.allows(
        { key: `petition-sign-mail:${id}:${emailNorm}`, max: MAILS_PER_ADDRESS, windowSeconds: 3600 },
        tx,
      );
      const written = await this.signatures.signAsVisitor(
        tx,
        {
          petitionId: id,
          emailNorm,
          name: input.name,
          country: input.country,
          showName: input.showName,
          shareContact: input.shareContact,
          tokenHash: hashToken(raw),
          expiresAt: new Date(Date.now() + CONFIRMATION_HOURS * 3600_000),
        },
        renew,
      );
      if (!written) return;
      const link = `${this.config.publicUrl}/petitions/confirm?token=${encodeURIComponent(raw)}`;
      await this.mail.send(
        signatureConfirmationMail(emailNorm, input.name, petition.title, link, locale),
        tx,
      );
    });
  }

  /** Confirms a visitor's signature by its mailed token; a second use says it was confirmed already. */
  async confirm(token: string): Promise<ConfirmSignatureResult> {
    const result = await this.petitions.transaction(async (tx) => {
      const signature = await this.signatures.lockByToken(tx, hashToken(token));
      if (!signature) throw petitionErrors.invalidToken();
      const answer = { petitionId: signature.petition_id, title: signature.title };
      if (signature.status === 'confirmed') return { status: 'already_confirmed' as const, ...answer };
      if (signature.token_expires_at && signature.token_expires_at.getTime() <= Date.now()) {
        throw petitionErrors.tokenExpired();
      }
      await this.signatures.confirm(tx, signature.id);
      await this.countOne(tx, signature.petition_id);
      return { status: 'confirmed' as const, ...answer };
    });
    if (result.status === 'confirmed') {
      await this.domainEvents.emit('petition.signed', { petitionId: result.petitionId, actorId: null });
    }
    return result;
  }

  /** Signers who chose to be named, newest first, for anyone who may see the petition. */
  async shown(id: string, viewer: AuthUser | undefined, page: PageRequest): Promise<ShownSignaturePage> {
    await visiblePetition(this.petitions, id, viewer);
    const rows = await this.signatures.shownSignatures(id, decodeTimeIdCursor(page.after), page.limit);
    return toPage(
      rows,
      page.limit,
      (row) => ({ name: row.name, signedAt: row.confirmed_at.toISOString() }),
      (row) => [row.cursor_at, row.id],
    );
  }

  /** The confirmed signatures as CSV for the petition's managers, with only what each signer shared. */
  async exportCsv(id: string, viewer: AuthUser): Promise<string> {
    await managedPetition(this.petitions, id, viewer);
    const rows = await this.signatures.exportRows(id);
    return toCsv(
      EXPORT_HEADER,
      rows.map((row) =>
        exportRow({
          name: row.name,
          email: row.email_norm,
          country: row.country,
          showName: row.show_name,
          shareContact: row.share_contact,
          confirmedAt: row.confirmed_at,
        }),
      ),
    );
  }

  /** The petition's count now, for live listeners. */
  count(id: string): Promise<number> {
    return this.signatures.signatureCount(id);
  }

  private assertOpen(state: Petition['state']): void {
    const needed = requiredState(state, 'sign');
    if (needed) throw petitionErrors.wrongState(needed);
  }

  /**
   * Counts one signature (refused, rolling the signature back, once the petition closed or
   * its deadline passed) and notifies the author of each milestone it crossed.
   */
  private async countOne(tx: EntityManager, petitionId: string): Promise<void> {
    const counted = await this.signatures.countOne(tx, petitionId);
    if (!counted) throw petitionErrors.wrongState('open');
    const crossed = milestonesCrossed(counted.signature_count - 1, counted.signature_count, counted.goal);
    const reached = await this.signatures.recordMilestones(tx, petitionId, crossed);
    await this.notifier.notify(
      tx,
      reached.map((percent) => ({
        userId: counted.author_id,
        kind: 'petition_milestone',
        organisationId: counted.organisation_id,
        subject: { type: 'petition', id: petitionId, title: counted.title, path: `/petitions/${petitionId}` },
        details: { percent },
      })),
    );
  }
}
