import type { EntityManager } from 'typeorm';

/** How many of each kind a demo sign-in finds waiting, so the notifications page has a story. */
const PER_KIND = 6;

/**
 * Gives each demo sign-in the notifications the seeded network would have brought them:
 * their newest followers and the newest comments on their posts, the older half read.
 * Listed in the app only: a demo install never mails anyone about seeded data.
 */
export async function seedDemoNotifications(tx: EntityManager): Promise<void> {
  await tx.query(
    `WITH demo AS (
       SELECT id FROM users WHERE email LIKE '%@demo.open-spaces.eu'
     ), followers AS (
       SELECT f.target_id::uuid AS user_id, f.follower_id AS actor_id, u.display_name AS title,
              '/people/' || p.handle AS path, f.created_at,
              row_number() OVER (PARTITION BY f.target_id ORDER BY f.created_at DESC) AS n
         FROM follows f
         JOIN demo d ON d.id::text = f.target_id
         JOIN users u ON u.id = f.follower_id
         JOIN profiles p ON p.user_id = f.follower_id
        WHERE f.target_type = 'profile'
     ), comments AS (
       SELECT po.author_id AS user_id, c.author_id AS actor_id, po.id AS post_id, po.title, '/news/' || po.slug AS path,
              c.created_at, left(c.body, 120) AS excerpt,
              row_number() OVER (PARTITION BY po.author_id ORDER BY c.created_at DESC) AS n
         FROM post_comments c
         JOIN posts po ON po.id = c.post_id
         JOIN demo d ON d.id = po.author_id
        WHERE c.author_id <> po.author_id AND c.parent_id IS NULL AND c.hidden_at IS NULL
     ), seeded AS (
       SELECT user_id, 'new_follower' AS kind, actor_id, 'profile' AS subject_type,
              actor_id::text AS subject_id, title, path, '{}'::jsonb AS details, created_at, n
         FROM followers WHERE n <= ${PER_KIND}
       UNION ALL
       SELECT user_id, 'post_comment', actor_id, 'post', post_id::text, title, path,
              jsonb_build_object('excerpt', excerpt), created_at, n
         FROM comments WHERE n <= ${PER_KIND}
     )
     INSERT INTO notifications (user_id, kind, channel, actor_id, subject_type, subject_id,
                                subject_title, subject_path, details, created_at, read_at)
     SELECT user_id, kind, 'app', actor_id, subject_type, subject_id, title, path, details, created_at,
            CASE WHEN n > ${PER_KIND / 2} THEN created_at END
       FROM seeded ORDER BY created_at`,
  );
}
