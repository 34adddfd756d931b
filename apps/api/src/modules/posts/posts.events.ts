/** Raised once a new comment has committed. */
export interface CommentAdded {
  postId: string;
  commentId: string;
  authorId: string;
}

declare module '../../common/events/domain-events' {
  interface DomainEventMap {
    'comment.added': CommentAdded;
  }
}
