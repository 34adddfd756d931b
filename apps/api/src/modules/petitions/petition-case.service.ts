import { Injectable } from '@nestjs/common';
import type { CaseDraft } from '@open-spaces/contracts';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { CasesService } from '../cases/cases.service';
import { managedPetition } from './petition-access';
import { petitionCaseFigures } from './petition-case-figures';
import { toFigures } from './petition-view';
import { petitionErrors } from './petitions.errors';
import { PetitionsRepository } from './petitions.repository';

/**
 * Turns a closed or delivered petition into a case of the case repository, for the people
 * who manage it: its author, or the editors of the organisation that started it.
 */
@Injectable()
export class PetitionCaseService {
  constructor(
    private readonly petitions: PetitionsRepository,
    private readonly cases: CasesService,
  ) {}

  async draft(id: string, viewer: AuthUser): Promise<CaseDraft> {
    const row = await managedPetition(this.petitions, id, viewer);
    if (row.state !== 'closed' && row.state !== 'delivered') throw petitionErrors.notFinished();
    const figures = petitionCaseFigures({
      figures: toFigures(row),
      text: row.text,
      language: row.language,
      organisationSlug: row.organisation_slug,
      authorName: row.author_name,
      // Asked only when the petition names no country of its own.
      homeCountry: row.countries.length > 0 ? null : await this.petitions.homeCountry(row.id),
    });
    return this.cases.draftFromSource(viewer.id, { type: 'petition', id: row.id }, figures);
  }
}
