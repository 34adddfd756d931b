import { type OrganisationRole, PETITION_MILESTONES, type PetitionState } from '@open-spaces/contracts';

/** What the viewer is to a petition: its author, their role in its organisation. */
export interface PetitionActor {
  isAuthor: boolean;
  organisationRole: OrganisationRole | null;
}

const PUBLISHING_ROLES: readonly OrganisationRole[] = ['owner', 'admin', 'editor'];

/** Editors, admins and owners start petitions as their organisation. */
export function canStartAs(role: OrganisationRole | null): boolean {
  return role !== null && PUBLISHING_ROLES.includes(role);
}

/** The author, and the editors, admins and owners of the organisation it speaks for. */
export function canManagePetition(actor: PetitionActor): boolean {
  return actor.isAuthor || canStartAs(actor.organisationRole);
}

/** What can be done to a petition, each allowed from one state only. */
export type PetitionMove = 'edit' | 'open' | 'close' | 'deliver' | 'sign';

const ALLOWED_FROM: Record<PetitionMove, PetitionState> = {
  edit: 'draft',
  open: 'draft',
  close: 'open',
  deliver: 'closed',
  sign: 'open',
};

/** The state a move needs, when the petition is in another; null when the move is allowed. */
export function requiredState(state: PetitionState, move: PetitionMove): PetitionState | null {
  const needed = ALLOWED_FROM[move];
  return state === needed ? null : needed;
}

/** Signatures needed for a share of the goal: 25% of 10 is 3 (rounded up, never 0). */
export function milestoneThreshold(goal: number, percent: number): number {
  return Math.max(1, Math.ceil((goal * percent) / 100));
}

/**
 * The milestones reached when the count went from `before` to `after`: each one whose
 * threshold lies in (before, after]. Counting up one at a time under the petition's row
 * lock, every milestone is crossed by exactly one signature.
 */
export function milestonesCrossed(before: number, after: number, goal: number): number[] {
  return PETITION_MILESTONES.filter((percent) => {
    const threshold = milestoneThreshold(goal, percent);
    return before < threshold && threshold <= after;
  });
}

/** Whether a closed petition succeeded: the count when it closed reached the goal. */
export function isSuccessful(closedCount: number | null, goal: number): boolean | null {
  return closedCount === null ? null : closedCount >= goal;
}

/** Addresses are compared trimmed and lower-cased: one signature per mailbox. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A signature as the export sees it, with what its signer agreed to. */
export interface ExportedSignature {
  name: string;
  email: string;
  country: string | null;
  showName: boolean;
  shareContact: boolean;
  confirmedAt: Date;
}

export const EXPORT_HEADER = ['signed_at', 'name', 'email', 'country'];

/**
 * One row of the author's export: the date always, the name when it is shown or shared,
 * the address and country only when the signer shared their contact with the author.
 */
export function exportRow(signature: ExportedSignature): string[] {
  const named = signature.showName || signature.shareContact;
  return [
    signature.confirmedAt.toISOString(),
    named ? signature.name : '',
    signature.shareContact ? signature.email : '',
    signature.shareContact ? (signature.country ?? '') : '',
  ];
}
