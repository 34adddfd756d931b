import type { SupportKind } from '@open-spaces/contracts';

/**
 * What people and organisations can offer or need. Matching pairs one side's offers with
 * the other's needs, so the list is short and shared; it changes with a release.
 */
export const SUPPORT_KINDS: readonly SupportKind[] = [
  { slug: 'fundraising', names: { en: 'Fundraising', de: 'Fundraising', fr: 'Collecte de fonds' } },
  {
    slug: 'campaign-strategy',
    names: { en: 'Campaign strategy', de: 'Kampagnenstrategie', fr: 'Stratégie de campagne' },
  },
  { slug: 'legal-advice', names: { en: 'Legal advice', de: 'Rechtsberatung', fr: 'Conseil juridique' } },
  {
    slug: 'digital-security',
    names: { en: 'Digital security', de: 'Digitale Sicherheit', fr: 'Sécurité numérique' },
  },
  { slug: 'translation', names: { en: 'Translation', de: 'Übersetzung', fr: 'Traduction' } },
  {
    slug: 'research-and-data',
    names: { en: 'Research and data', de: 'Forschung und Daten', fr: 'Recherche et données' },
  },
  {
    slug: 'communications-and-media',
    names: {
      en: 'Communications and media',
      de: 'Kommunikation und Medien',
      fr: 'Communication et médias',
    },
  },
  { slug: 'advocacy', names: { en: 'Advocacy', de: 'Interessenvertretung', fr: 'Plaidoyer' } },
  {
    slug: 'volunteer-management',
    names: {
      en: 'Volunteer management',
      de: 'Freiwilligenmanagement',
      fr: 'Gestion des bénévoles',
    },
  },
  {
    slug: 'software-development',
    names: { en: 'Software development', de: 'Softwareentwicklung', fr: 'Développement logiciel' },
  },
  {
    slug: 'training-and-facilitation',
    names: {
      en: 'Training and facilitation',
      de: 'Training und Moderation',
      fr: 'Formation et animation',
    },
  },
  {
    slug: 'event-hosting',
    names: {
      en: 'Event hosting',
      de: 'Ausrichtung von Veranstaltungen',
      fr: "Accueil d'événements",
    },
  },
  { slug: 'mentoring', names: { en: 'Mentoring', de: 'Mentoring', fr: 'Mentorat' } },
  { slug: 'office-space', names: { en: 'Office space', de: 'Büroräume', fr: 'Espace de bureau' } },
  { slug: 'graphic-design', names: { en: 'Graphic design', de: 'Grafikdesign', fr: 'Graphisme' } },
  {
    slug: 'financial-management',
    names: { en: 'Financial management', de: 'Finanzverwaltung', fr: 'Gestion financière' },
  },
  {
    slug: 'policy-analysis',
    names: { en: 'Policy analysis', de: 'Politikanalyse', fr: 'Analyse des politiques' },
  },
  {
    slug: 'psychosocial-support',
    names: {
      en: 'Psychosocial support',
      de: 'Psychosoziale Unterstützung',
      fr: 'Soutien psychosocial',
    },
  },
  {
    slug: 'community-organising',
    names: {
      en: 'Community organising',
      de: 'Community Organizing',
      fr: 'Organisation communautaire',
    },
  },
  {
    slug: 'partnership-building',
    names: {
      en: 'Partnership building',
      de: 'Aufbau von Partnerschaften',
      fr: 'Construction de partenariats',
    },
  },
];
