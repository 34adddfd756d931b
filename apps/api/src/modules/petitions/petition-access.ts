import type { AuthUser } from '../../common/auth/current-user.decorator';
import { isUuid } from '../../common/validation/uuid';
import { isManager } from './petition-view';
import { petitionErrors } from './petitions.errors';
import type { PetitionRow, PetitionsRepository } from './petitions.repository';

/** The petition if the viewer may see it; 404 otherwise, also for ids that are not uuids. */
export async function visiblePetition(
  petitions: PetitionsRepository,
  id: string,
  viewer: AuthUser | undefined,
): Promise<PetitionRow> {
  if (!isUuid(id)) throw petitionErrors.notFound();
  const row = await petitions.findForViewer(id, viewer?.id ?? null);
  if (!row) throw petitionErrors.notFound();
  return row;
}

/** The petition for one of its managers: 404 if the viewer may not see it, 403 if not a manager. */
export async function managedPetition(
  petitions: PetitionsRepository,
  id: string,
  viewer: AuthUser,
): Promise<PetitionRow> {
  const row = await visiblePetition(petitions, id, viewer);
  if (!isManager(row, viewer.id)) throw petitionErrors.cannotManage();
  return row;
}
