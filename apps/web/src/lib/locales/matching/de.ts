import type { matchingEn } from './en';

export const matchingDe: typeof matchingEn = {
  title: 'Menschen für die Zusammenarbeit',
  lead: 'Vorgeschlagen nach dem, was du brauchst und anbietest, deinen Themen, Sprachen, deinem Ort und Netzwerk. Jeder Vorschlag sagt, warum.',
  directoryLink: 'Vorschläge für dich',
  organisationLink: 'Partnervorschläge',
  organisationTitle: 'Vorschläge für {{name}}',
  organisationLead:
    'Organisationen für Partnerschaften und Menschen, die anbieten, was {{name}} braucht. Nur Eigentümer:innen, Admins und Redakteur:innen sehen diese Seite.',
  partnersHeading: 'Organisationen für Partnerschaften',
  peopleHeading: 'Menschen, die anbieten, was sie braucht',
  reasonsLabel: 'Warum {{name}} vorgeschlagen wird',
  dismiss: 'Nicht relevant',
  dismissLabel: 'Nicht relevant: {{name}} nicht mehr vorschlagen',
  dismissed: '{{name}} wird nicht mehr vorgeschlagen.',
  followed: 'Du folgst jetzt {{name}}.',
  followLabel: '{{name}} folgen',
  empty:
    'Noch keine Vorschläge. Gib an, was du anbietest, was du brauchst und woran du arbeitest, dann folgen Vorschläge.',
  emptyAction: 'Profil bearbeiten',
  emptyPartners:
    'Noch keine Organisation vorzuschlagen. Ergänze Angebote, Bedarf und Themen auf der Seite der Organisation.',
  emptyPeople: 'Noch bietet niemand an, was diese Organisation braucht.',
  loadFailed: 'Die Vorschläge konnten nicht geladen werden.',
  backToOrganisation: 'Zurück zu {{name}}',
  reasons: {
    you: {
      theyOffer: 'Du brauchst {{items}}, und {{name}} bietet es an.',
      youOffer: '{{name}} braucht {{items}}, und du bietest es an.',
    },
    organisation: {
      theyOffer: '{{seeker}} braucht {{items}}, und {{name}} bietet es an.',
      youOffer: '{{name}} braucht {{items}}, und {{seeker}} bietet es an.',
      kinds: '{{seeker}} ({{yours}}) und {{name}} ({{theirs}}) ergänzen sich.',
    },
    topics: 'Beide arbeiten zu {{items}}.',
    languages: 'Beide sprechen {{items}}.',
    countries: 'Beide sind aktiv in {{items}}.',
    organisations: 'Beide sind Mitglied bei {{items}}.',
    placeCity: 'Beide sind in {{city}}.',
    placeCountry: 'Beide sind in {{country}}.',
    placeNeighbour: '{{name}} ist in {{theirs}}, gleich neben {{yours}}.',
    placeEurope: '{{name}} ist in {{theirs}}, ebenfalls in Europa.',
    followedBy_one: '{{people}}, dem oder der du folgst, folgt {{name}}.',
    followedBy_other: '{{count}} Menschen, denen du folgst, folgen {{name}}, darunter {{people}}.',
  },
};
