import type { CasePartyRequest, CaseRequest, PetitionFigures } from '@open-spaces/contracts';

/** A finished petition as a case reports it. */
export interface PetitionCaseSource {
  figures: PetitionFigures;
  text: string;
  language: string;
  /** The organisation that started it, or null when a person did on their own. */
  organisationSlug: string | null;
  authorName: string;
  /** Where the petition was written from when it names no country: its organisation's or its author's. */
  homeCountry: string | null;
}

const TITLE_MAX = 160;
const SUMMARY_MIN = 20;
const CASE_TOPICS_MAX = 5;

function day(instant: string): string {
  return instant.slice(0, 10);
}

function signatures(count: number): string {
  return `${count} ${count === 1 ? 'signature' : 'signatures'}`;
}

/** What came of the petition, in words: its goal, and the addressee's response once delivered. */
export function petitionOutcomes(figures: PetitionFigures): string {
  const goal = figures.successful
    ? `The petition reached its goal of ${signatures(figures.goal)} with ${signatures(figures.signatureCount)}.`
    : `The petition did not reach its goal of ${signatures(figures.goal)}: it gathered ${signatures(figures.signatureCount)}.`;
  if (figures.state !== 'delivered' || figures.response === null) return goal;
  return `${goal}\n\nThe response of ${figures.addressee}:\n\n${figures.response}`;
}

/**
 * The case a closed or delivered petition becomes before its author completes it. A
 * petition gathered signatures online and has no geographic reach of its own, so its scope
 * is `online`; the level of participation defaults to `consult`. The submitter corrects
 * both before moderation.
 */
export function petitionCaseFigures(source: PetitionCaseSource): CaseRequest {
  const { figures } = source;
  const organiser: CasePartyRequest =
    source.organisationSlug !== null
      ? { organisation: source.organisationSlug }
      : { name: source.authorName };
  return {
    title: figures.title.slice(0, TITLE_MAX),
    // A case needs a summary of some length; a petition's first paragraph may be a single line.
    summary:
      figures.summary.length >= SUMMARY_MIN
        ? figures.summary
        : `A petition to ${figures.addressee}: ${figures.title}`,
    description: source.text,
    country: figures.countries[0] ?? source.homeCountry ?? '',
    place: '',
    scope: 'online',
    startDate: day(figures.openedAt ?? figures.deadline),
    endDate: day(figures.closedAt ?? figures.deadline),
    ongoing: false,
    purpose: `The petition asked ${figures.addressee}: ${figures.title}`,
    iap2Level: 'consult',
    methods: ['petition'],
    participantCount: figures.signatureCount,
    recruitment: 'Signed on Open Spaces by members and by visitors who confirmed their address.',
    format: 'online',
    organisers: [organiser],
    outcomes: petitionOutcomes(figures),
    topics: figures.topics.slice(0, CASE_TOPICS_MAX),
    language: source.language,
  };
}
