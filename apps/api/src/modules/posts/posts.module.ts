import { Module, type OnModuleInit } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { ModerationTargets } from '../moderation/moderation-targets';
import { OrganisationsModule } from '../organisations/organisations.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { CommentsController } from './comments.controller';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { PostFeedSource } from './post-feed-source';
import { PostsController } from './posts.controller';
import { PostsRepository } from './posts.repository';
import { PostsService } from './posts.service';
import { PostsFeedService } from './posts-feed.service';

const EXCERPT = 80;

/** Posts, their comments and "useful" reactions, and their RSS and Atom feeds. */
@Module({
  imports: [ActivitiesModule, OrganisationsModule, TaxonomyModule],
  controllers: [PostsController, CommentsController],
  providers: [
    PostsService,
    PostsFeedService,
    PostFeedSource,
    CommentsService,
    PostsRepository,
    CommentsRepository,
  ],
  exports: [PostsService],
})
export class PostsModule implements OnModuleInit {
  constructor(
    private readonly targets: ModerationTargets,
    private readonly posts: PostsRepository,
    private readonly comments: CommentsRepository,
  ) {}

  onModuleInit(): void {
    this.targets.register({
      type: 'post',
      describe: async (id) => {
        const post = await this.posts.describe(id);
        return post && { title: post.title, authorId: post.author_id, path: `/news/${post.slug}` };
      },
      setHidden: (id, hidden) => this.posts.setHidden(id, hidden?.reason ?? null),
    });
    this.targets.register({
      type: 'comment',
      describe: async (id) => {
        const comment = await this.comments.describe(id);
        return (
          comment && {
            title: comment.body.length > EXCERPT ? `${comment.body.slice(0, EXCERPT)}…` : comment.body,
            authorId: comment.author_id,
            path: `/news/${comment.slug}#comment-${id}`,
          }
        );
      },
      setHidden: (id, hidden) => this.comments.setHidden(id, hidden?.reason ?? null),
    });
  }
}
