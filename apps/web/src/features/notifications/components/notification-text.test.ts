import type { Notification } from '@open-spaces/contracts';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { notificationFixture } from '../../../test/fixtures';
import { notificationHeadline } from './notification-text';

const headline = (overrides: Partial<Notification>, language = 'en') =>
  notificationHeadline(i18n.getFixedT(language), notificationFixture(overrides));

const post = { type: 'post', title: 'Our assembly', path: '/news/our-assembly' } as const;
const event = { type: 'event', title: 'Budget night', path: '/events/1' } as const;
const call = { type: 'funding_call', title: 'Civic Fund', path: '/funding/1' } as const;
const organisation = { slug: 'civic-lab', name: 'Civic Lab', kind: 'cso', logo: null };

describe('notificationHeadline', () => {
  it.each<[string, Partial<Notification>, string]>([
    ['a new follower', {}, 'Ana Novak followed you'],
    [
      'an invitation, with the role offered',
      {
        kind: 'organisation_invitation',
        organisation,
        subject: { type: 'invitation', title: 'Civic Lab', path: '/invitations' },
        details: { role: 'editor' },
      },
      'Ana Novak invited you to join Civic Lab as an editor',
    ],
    [
      'a new member',
      {
        kind: 'member_joined',
        organisation,
        subject: { type: 'organisation', title: 'Civic Lab', path: '/organisations/civic-lab' },
      },
      'Ana Novak joined Civic Lab',
    ],
    ['a comment', { kind: 'post_comment', subject: post }, 'Ana Novak commented on your post “Our assembly”'],
    [
      'a reply',
      { kind: 'comment_reply', subject: post },
      'Ana Novak replied to your comment on “Our assembly”',
    ],
    ['a changed event', { kind: 'event_changed', subject: event }, 'The event “Budget night” was changed'],
    [
      'a postponed event',
      { kind: 'event_changed', subject: event, details: { change: 'postponed' } },
      'The event “Budget night” was moved to a new date',
    ],
    [
      'a cancelled event',
      { kind: 'event_cancelled', subject: event },
      'The event “Budget night” was cancelled',
    ],
    [
      'a place from the waitlist',
      { kind: 'waitlist_promoted', subject: event },
      'A place came free: you are going to “Budget night”',
    ],
    [
      'a deadline',
      { kind: 'call_deadline', actor: null, subject: call, details: { daysLeft: 3 } },
      '“Civic Fund” closes in 3 days',
    ],
    [
      'a report acted on',
      { kind: 'report_outcome', actor: null, subject: post, details: { outcome: 'actioned' } },
      'A moderator acted on your report about “Our assembly”',
    ],
    [
      'a report dismissed',
      { kind: 'report_outcome', actor: null, subject: post, details: { outcome: 'dismissed' } },
      'Your report about “Our assembly” was reviewed: no action was needed',
    ],
    [
      'hidden content, with the moderator’s reason',
      {
        kind: 'moderation_action',
        actor: null,
        subject: post,
        details: { action: 'hidden', reason: 'spam' },
      },
      'A moderator hid your post “Our assembly”: spam',
    ],
    [
      'hidden content without a reason',
      {
        kind: 'moderation_action',
        actor: null,
        subject: { type: 'comment', title: 'Our assembly', path: '/news/our-assembly' },
        details: { action: 'hidden' },
      },
      'A moderator hid your comment “Our assembly”',
    ],
    [
      'restored content',
      { kind: 'moderation_action', actor: null, subject: event, details: { action: 'restored' } },
      'A moderator restored your event “Budget night”',
    ],
  ])('tells of %s', (_what, overrides, text) => {
    expect(headline(overrides)).toBe(text);
  });

  it('says “Someone” for a person the reader may not see', () => {
    expect(headline({ actor: null })).toBe('Someone followed you');
  });

  it('counts a single day left in the singular', () => {
    expect(headline({ kind: 'call_deadline', subject: call, details: { daysLeft: 1 } })).toBe(
      '“Civic Fund” closes in 1 day',
    );
  });

  it.each([
    ['de', 'Ana Novak hat deinen Beitrag „Our assembly“ kommentiert'],
    ['fr', 'Ana Novak a commenté votre article « Our assembly »'],
  ])('writes it in %s', (language, text) => {
    expect(headline({ kind: 'post_comment', subject: post }, language)).toBe(text);
  });

  it.each([
    ['de', '„Civic Fund“ endet in 14 Tagen'],
    ['fr', '« Civic Fund » se termine dans 14 jours'],
  ])('counts the days in %s', (language, text) => {
    expect(headline({ kind: 'call_deadline', subject: call, details: { daysLeft: 14 } }, language)).toBe(
      text,
    );
  });
});
