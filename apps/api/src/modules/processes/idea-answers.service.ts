import { Injectable } from '@nestjs/common';
import type {
  AnswerIdeaRequest,
  CreateIdeaUpdateRequest,
  Idea,
  IdeaResult,
  IdeaResults,
} from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { renderMarkdown } from '../../common/markdown/markdown';
import { toCsv } from '../../common/text/csv';
import { Notifier } from '../notifications/notifier';
import { IdeaEntity } from './entities/idea.entity';
import { IdeaAnswerEntity } from './entities/idea-answer.entity';
import { IdeaUpdateEntity } from './entities/idea-update.entity';
import { IdeasRepository } from './ideas.repository';
import { IdeasService } from './ideas.service';
import { answerStatesOf, isSuccessful } from './process-phases';
import { processErrors } from './processes.errors';
import { ProcessesService } from './processes.service';

type AnswerInput = z.output<typeof AnswerIdeaRequest>;
type UpdateInput = z.output<typeof CreateIdeaUpdateRequest>;

/** The columns of the results export, in order. */
export const RESULT_COLUMNS = [
  'id',
  'title',
  'topics',
  'city',
  'country',
  'supports',
  'comments',
  'successful',
  'answer_state',
  'created_at',
] as const;

/**
 * Owns what organisers say about ideas: answers (kept as a draft until published; only a
 * published answer is seen by others, and publishing tells the author), dated follow-ups
 * on accepted ideas, and the results export, which carries counts and states but never
 * who proposed, supported or commented.
 */
@Injectable()
export class IdeaAnswersService {
  constructor(
    private readonly ideas: IdeasService,
    private readonly ideasRepository: IdeasRepository,
    private readonly processes: ProcessesService,
    private readonly notifier: Notifier,
  ) {}

  async answer(ideaId: string, viewer: AuthUser, input: AnswerInput): Promise<Idea> {
    const { idea, process } = await this.ideas.access(ideaId, viewer);
    if (!process.canOrganise) throw processErrors.cannotOrganise();
    if (!answerStatesOf(process.process.answer_states).includes(input.state)) {
      throw processErrors.unknownAnswerState();
    }
    await this.ideasRepository.transaction(async (tx) => {
      const answers = tx.getRepository(IdeaAnswerEntity);
      await answers.upsert({ ideaId, authorId: viewer.id, draftState: input.state, draftText: input.text }, [
        'ideaId',
      ]);
      if (!input.publish) return;
      await answers.update(ideaId, {
        publishedState: input.state,
        publishedText: input.text,
        publishedTextHtml: renderMarkdown(input.text),
        publishedAt: new Date(),
      });
      await tx.getRepository(IdeaEntity).update(ideaId, { answerState: input.state, answeredAt: new Date() });
      await this.notifier.notify(tx, [
        {
          userId: idea.author_id,
          kind: 'idea_answered',
          actorId: viewer.id,
          organisationId: process.process.organisation_id,
          subject: { type: 'idea', id: ideaId, title: idea.title, path: `/ideas/${ideaId}` },
          details: { state: input.state },
        },
      ]);
    });
    return this.ideas.get(ideaId, viewer);
  }

  async postUpdate(ideaId: string, viewer: AuthUser, input: UpdateInput): Promise<Idea> {
    const { idea, process } = await this.ideas.access(ideaId, viewer);
    if (!process.canOrganise) throw processErrors.cannotOrganise();
    if (idea.answer_state !== 'accepted') throw processErrors.notAccepted();
    await this.ideasRepository.transaction((tx) =>
      tx.getRepository(IdeaUpdateEntity).insert({
        ideaId,
        authorId: viewer.id,
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
      }),
    );
    return this.ideas.get(ideaId, viewer);
  }

  async results(processId: string, viewer: AuthUser | undefined): Promise<IdeaResults> {
    const { process } = await this.processes.access(processId, viewer);
    const rows = await this.ideasRepository.results(process.id);
    return {
      processId: process.id,
      title: process.title,
      ideas: rows.map(
        (row): IdeaResult => ({
          id: row.id,
          title: row.title,
          topics: row.topics,
          city: row.city,
          country: row.country,
          supportsCount: row.supports_count,
          commentsCount: row.comments_count,
          successful: isSuccessful(row.supports_count, process.support_threshold),
          answerState: row.answer_state,
          createdAt: row.created_at.toISOString(),
        }),
      ),
    };
  }

  async resultsCsv(processId: string, viewer: AuthUser | undefined): Promise<string> {
    const { ideas } = await this.results(processId, viewer);
    return toCsv(
      [...RESULT_COLUMNS],
      ideas.map((idea) => [
        idea.id,
        idea.title,
        idea.topics.join(' '),
        idea.city ?? '',
        idea.country ?? '',
        String(idea.supportsCount),
        String(idea.commentsCount),
        String(idea.successful),
        idea.answerState ?? '',
        idea.createdAt,
      ]),
    );
  }
}
