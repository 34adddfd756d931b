import type { OrganisationRole } from '@open-spaces/contracts';
import {
  type Actor,
  canEditProfile,
  canEditSettings,
  canManageMembers,
  canRemove,
  canSeeMembers,
  canSetRole,
  canView,
} from './organisation-permissions';

const anonymous: Actor = { signedIn: false, role: null, siteAdmin: false };
const other: Actor = { signedIn: true, role: null, siteAdmin: false };
const siteAdmin: Actor = { signedIn: true, role: null, siteAdmin: true };
const as = (role: OrganisationRole): Actor => ({ signedIn: true, role, siteAdmin: false });

const actors: [string, Actor][] = [
  ['anonymous', anonymous],
  ['other', other],
  ['member', as('member')],
  ['editor', as('editor')],
  ['admin', as('admin')],
  ['owner', as('owner')],
  ['siteAdmin', siteAdmin],
];

function allowed(rule: (actor: Actor) => boolean): string[] {
  return actors.filter(([, actor]) => rule(actor)).map(([name]) => name);
}

describe('organisation permissions', () => {
  it('shows a public organisation to everyone, a members-only one to signed-in people, a hidden one to its members', () => {
    expect(allowed((actor) => canView('public', actor))).toHaveLength(7);
    expect(allowed((actor) => canView('members', actor))).not.toContain('anonymous');
    expect(allowed((actor) => canView('hidden', actor))).toEqual([
      'member',
      'editor',
      'admin',
      'owner',
      'siteAdmin',
    ]);
  });

  it('lets editors and up edit the profile, but only admins and up change who sees it', () => {
    expect(allowed(canEditProfile)).toEqual(['editor', 'admin', 'owner', 'siteAdmin']);
    expect(allowed(canEditSettings)).toEqual(['admin', 'owner', 'siteAdmin']);
    expect(allowed(canManageMembers)).toEqual(['admin', 'owner', 'siteAdmin']);
  });

  it('shows the member list to everyone who may see it when chosen, otherwise to members only', () => {
    expect(allowed((actor) => canSeeMembers(true, actor))).toHaveLength(7);
    expect(allowed((actor) => canSeeMembers(false, actor))).toEqual([
      'member',
      'editor',
      'admin',
      'owner',
      'siteAdmin',
    ]);
  });

  it.each([
    [null, 'member', ['admin', 'owner', 'siteAdmin']],
    ['member', 'admin', ['admin', 'owner', 'siteAdmin']],
    ['admin', 'member', ['admin', 'owner', 'siteAdmin']],
    [null, 'owner', ['owner', 'siteAdmin']],
    ['editor', 'owner', ['owner', 'siteAdmin']],
    ['owner', 'admin', ['owner', 'siteAdmin']],
  ] as const)('lets only the right people change a role from %s to %s', (current, next, expected) => {
    expect(allowed((actor) => canSetRole(actor, current, next))).toEqual(expected);
  });

  it('lets admins remove anyone but owners, and owners remove anyone', () => {
    expect(allowed((actor) => canRemove(actor, 'admin'))).toEqual(['admin', 'owner', 'siteAdmin']);
    expect(allowed((actor) => canRemove(actor, 'owner'))).toEqual(['owner', 'siteAdmin']);
  });
});

describe('canView an organisation a moderator hid', () => {
  it.each(['public', 'members', 'hidden'] as const)(
    'shows a hidden %s organisation to its members and site admins only',
    (visibility) => {
      expect(allowed((actor) => canView(visibility, actor, true))).toEqual([
        'member',
        'editor',
        'admin',
        'owner',
        'siteAdmin',
      ]);
    },
  );

  it('follows the visibility when no moderator hid it', () => {
    expect(allowed((actor) => canView('public', actor, false))).toHaveLength(actors.length);
    expect(allowed((actor) => canView('members', actor, false))).not.toContain('anonymous');
  });
});
