/** The signed-in home feed. */
export const feedEn = {
  title: 'Your feed',
  lead: 'What the people, organisations and topics you follow, and your organisations, have published.',
  itemsTitle: 'Latest activity',
  loadFailed: 'Your feed could not be loaded.',
  loadMore: 'Load older items',
  empty: 'Nothing in your feed yet.',
  emptyHint: 'Follow people, organisations and topics, and what they publish will appear here.',
  findPeople: 'Find people to follow',
  findOrganisations: 'Find organisations to follow',
  findTopics: 'Follow topics from the people directory',
  someone: 'Someone',
  reasons: {
    person: 'You follow {{name}}',
    organisation: 'You follow {{name}}',
    topic: 'Topic: {{name}}',
    member_of: 'Your organisation {{name}}',
  },
  objects: {
    post: 'a post',
    event: 'an event',
    funding_call: 'a funding call',
    tool: 'a tool',
  },
  verbs: {
    published: '{{who}} published {{what}}',
    updated: '{{who}} updated {{what}}',
    postponed: '{{who}} postponed {{what}}',
    cancelled: '{{who}} cancelled {{what}}',
    archived: '{{who}} archived {{what}}',
  },
};
