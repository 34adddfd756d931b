/** Words the demo data is made of: what people offer and need, roles, skills, organisations. */

export const supportNames: Record<string, string> = {
  fundraising: 'fundraising',
  'campaign-strategy': 'campaign strategy',
  'legal-advice': 'legal advice',
  'digital-security': 'digital security',
  translation: 'translation',
  'research-and-data': 'research and data',
  'communications-and-media': 'communications and media',
  advocacy: 'advocacy',
  'volunteer-management': 'volunteer management',
  'software-development': 'software development',
  'training-and-facilitation': 'training and facilitation',
  'event-hosting': 'event hosting',
  mentoring: 'mentoring',
  'office-space': 'office space',
  'graphic-design': 'graphic design',
  'financial-management': 'financial management',
  'policy-analysis': 'policy analysis',
  'psychosocial-support': 'psychosocial support',
  'community-organising': 'community organising',
  'partnership-building': 'partnership building',
};
export const supportSlugs = Object.keys(supportNames);

/** A role, what it is good at offering, and the skills that go with it. */
export interface DemoRole {
  title: string;
  offers: string[];
  skills: string[];
}

export const demoRoles: DemoRole[] = [
  {
    title: 'Campaign coordinator',
    offers: ['campaign-strategy', 'community-organising', 'advocacy'],
    skills: ['Campaign planning', 'Petitions', 'Coalition building', 'Public speaking'],
  },
  {
    title: 'Policy officer',
    offers: ['policy-analysis', 'advocacy', 'research-and-data'],
    skills: ['EU policy', 'Position papers', 'Stakeholder mapping', 'Legislative tracking'],
  },
  {
    title: 'Community organiser',
    offers: ['community-organising', 'volunteer-management', 'event-hosting'],
    skills: ['Door-to-door outreach', 'Participatory budgeting', 'Facilitation', 'Local assemblies'],
  },
  {
    title: 'Programme manager',
    offers: ['financial-management', 'partnership-building', 'fundraising'],
    skills: ['Project management', 'EU grant reporting', 'Budgeting', 'Monitoring and evaluation'],
  },
  {
    title: 'Human rights lawyer',
    offers: ['legal-advice', 'policy-analysis', 'training-and-facilitation'],
    skills: ['Strategic litigation', 'ECHR case law', 'Asylum law', 'Legal clinics'],
  },
  {
    title: 'Grants officer',
    offers: ['fundraising', 'financial-management', 'mentoring'],
    skills: ['Grant writing', 'Donor relations', 'Due diligence', 'Budgeting'],
  },
  {
    title: 'Researcher',
    offers: ['research-and-data', 'policy-analysis', 'translation'],
    skills: ['Survey design', 'Qualitative interviews', 'Statistics', 'Open data'],
  },
  {
    title: 'Digital security trainer',
    offers: ['digital-security', 'training-and-facilitation', 'software-development'],
    skills: ['Threat modelling', 'Secure messaging', 'Device hardening', 'Incident response'],
  },
  {
    title: 'Volunteer coordinator',
    offers: ['volunteer-management', 'event-hosting', 'psychosocial-support'],
    skills: ['Volunteer onboarding', 'Scheduling', 'Conflict resolution', 'Safeguarding'],
  },
  {
    title: 'Executive director',
    offers: ['partnership-building', 'mentoring', 'fundraising'],
    skills: ['Strategy', 'Board governance', 'Leadership', 'Donor relations'],
  },
  {
    title: 'Communications lead',
    offers: ['communications-and-media', 'graphic-design', 'campaign-strategy'],
    skills: ['Storytelling', 'Social media', 'Press relations', 'Crisis communication'],
  },
  {
    title: 'Investigative journalist',
    offers: ['research-and-data', 'communications-and-media', 'translation'],
    skills: ['Freedom of information requests', 'Data journalism', 'Source protection', 'Fact-checking'],
  },
  {
    title: 'Youth worker',
    offers: ['training-and-facilitation', 'psychosocial-support', 'community-organising'],
    skills: ['Non-formal education', 'Erasmus+ exchanges', 'Workshop design', 'Mentoring'],
  },
  {
    title: 'Civic tech developer',
    offers: ['software-development', 'digital-security', 'research-and-data'],
    skills: ['TypeScript', 'Open-source maintenance', 'Accessibility', 'Data visualisation'],
  },
  {
    title: 'Designer',
    offers: ['graphic-design', 'communications-and-media', 'event-hosting'],
    skills: ['Visual identity', 'Illustration', 'Accessible design', 'Print production'],
  },
  {
    title: 'Psychologist',
    offers: ['psychosocial-support', 'training-and-facilitation', 'mentoring'],
    skills: ['Trauma-informed care', 'Burnout prevention', 'Peer support', 'Group supervision'],
  },
  {
    title: 'Translator and interpreter',
    offers: ['translation', 'communications-and-media', 'event-hosting'],
    skills: ['Simultaneous interpretation', 'Plain language', 'Subtitling', 'Localisation'],
  },
  {
    title: 'Network coordinator',
    offers: ['partnership-building', 'event-hosting', 'advocacy'],
    skills: ['Consortium building', 'Facilitation', 'Membership engagement', 'EU funding'],
  },
];

export const demoOrganisationKinds = [
  'cso',
  'grassroots',
  'network',
  'foundation',
  'public_body',
  'media',
  'research',
  'social_enterprise',
] as const;
export type DemoOrganisationKind = (typeof demoOrganisationKinds)[number];

/**
 * Name patterns per kind; {city}, {country} (an adjective), {topic} and {surname} are
 * filled in from the organisation's home and topics.
 */
export const organisationNamePatterns: Record<DemoOrganisationKind, string[]> = {
  cso: [
    '{city} Centre for {topic}',
    '{country} Civil Liberties Union',
    'Citizens for {topic} {city}',
    '{city} Human Rights House',
  ],
  grassroots: [
    '{city} Neighbourhood Assembly',
    '{city} Solidarity Kitchen',
    'Friends of {city} Commons',
    '{city} Climate Collective',
  ],
  network: [
    'European Network on {topic}',
    '{country} Civic Alliance',
    '{country} Platform for {topic}',
    'Coalition for {topic} in Europe',
  ],
  foundation: [
    '{surname} Foundation',
    '{city} Community Foundation',
    '{country} Fund for {topic}',
    '{surname} Trust for Civil Society',
  ],
  public_body: [
    '{city} Office for Civic Participation',
    '{country} Equality Body',
    '{city} Integration Council',
    '{country} Youth Agency',
  ],
  media: ['{city} Independent', 'The {city} Observer', '{country} Investigative Desk', 'Open Press {city}'],
  research: [
    '{city} Institute for {topic}',
    'Centre for Democracy Studies {city}',
    '{country} Policy Lab',
    '{city} Observatory on {topic}',
  ],
  social_enterprise: [
    '{city} Repair Café',
    '{city} Fair Work Cooperative',
    '{city} Makers Cooperative',
    'Second Chance {city}',
  ],
};

export const organisationSizes = ['1-5', '6-20', '21-100', '101-500', '500+'] as const;

/** What an organisation of each kind typically offers. */
export const organisationOffers: Record<DemoOrganisationKind, string[]> = {
  cso: ['advocacy', 'legal-advice', 'campaign-strategy', 'training-and-facilitation'],
  grassroots: ['community-organising', 'volunteer-management', 'event-hosting', 'office-space'],
  network: ['partnership-building', 'advocacy', 'event-hosting', 'policy-analysis'],
  foundation: ['fundraising', 'financial-management', 'mentoring', 'office-space'],
  public_body: ['office-space', 'event-hosting', 'partnership-building', 'research-and-data'],
  media: ['communications-and-media', 'research-and-data', 'translation', 'graphic-design'],
  research: ['research-and-data', 'policy-analysis', 'training-and-facilitation', 'translation'],
  social_enterprise: ['office-space', 'software-development', 'graphic-design', 'training-and-facilitation'],
};

/** Used when the database has no topics yet. */
export const fallbackTopics = [{ slug: 'civic-space', name: 'Civic Space' }];
