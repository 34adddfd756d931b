import type { matchingEn } from './en';

export const matchingFr: typeof matchingEn = {
  title: 'Des personnes avec qui travailler',
  lead: 'Suggérées d’après ce dont vous avez besoin et ce que vous offrez, vos thèmes, langues, lieu et réseau. Chaque suggestion dit pourquoi.',
  directoryLink: 'Suggestions pour vous',
  organisationLink: 'Suggestions de partenaires',
  organisationTitle: 'Suggestions pour {{name}}',
  organisationLead:
    'Des organisations avec qui s’associer, et des personnes qui offrent ce dont {{name}} a besoin. Seuls ses propriétaires, admins et éditeurs voient cette page.',
  partnersHeading: 'Organisations avec qui s’associer',
  peopleHeading: 'Personnes qui offrent ce dont elle a besoin',
  reasonsLabel: 'Pourquoi {{name}} est suggéré·e',
  dismiss: 'Pas pertinent',
  dismissLabel: 'Pas pertinent : ne plus suggérer {{name}}',
  dismissed: '{{name}} ne sera plus suggéré·e.',
  followed: 'Vous suivez désormais {{name}}.',
  followLabel: 'Suivre {{name}}',
  empty:
    'Pas encore de suggestions. Indiquez ce que vous offrez, ce dont vous avez besoin et vos thèmes, et des suggestions suivront.',
  emptyAction: 'Modifier votre profil',
  emptyPartners:
    'Aucune organisation à suggérer pour l’instant. Ajoutez des offres, des besoins et des thèmes à la page de l’organisation.',
  emptyPeople: 'Personne n’offre encore ce dont cette organisation a besoin.',
  loadFailed: 'Les suggestions n’ont pas pu être chargées.',
  backToOrganisation: 'Retour à {{name}}',
  reasons: {
    you: {
      theyOffer: 'Vous avez besoin de {{items}}, que {{name}} offre.',
      youOffer: '{{name}} a besoin de {{items}}, que vous offrez.',
    },
    organisation: {
      theyOffer: '{{seeker}} a besoin de {{items}}, que {{name}} offre.',
      youOffer: '{{name}} a besoin de {{items}}, que {{seeker}} offre.',
      kinds: '{{seeker}} ({{yours}}) et {{name}} ({{theirs}}) se complètent.',
    },
    topics: 'Les deux travaillent sur {{items}}.',
    languages: 'Les deux parlent {{items}}.',
    countries: 'Les deux sont actifs en {{items}}.',
    organisations: 'Les deux sont membres de {{items}}.',
    placeCity: 'Les deux sont à {{city}}.',
    placeCountry: 'Les deux sont en {{country}}.',
    placeNeighbour: '{{name}} est en {{theirs}}, à côté de {{yours}}.',
    placeEurope: '{{name}} est en {{theirs}}, en Europe aussi.',
    followedBy_one: '{{people}}, que vous suivez, suit {{name}}.',
    followedBy_other: '{{count}} personnes que vous suivez suivent {{name}}, dont {{people}}.',
  },
};
