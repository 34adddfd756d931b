import type { CaseMethod, CaseRequest, CaseScope, ProcessScope } from '@open-spaces/contracts';
import { summaryOf } from '../../common/markdown/summary';

/** A finished process as a case reports it. */
export interface ProcessCaseSource {
  title: string;
  description: string;
  scope: ProcessScope;
  startsAt: Date;
  endsAt: Date;
  topics: string[];
  languages: string[];
  organisationSlug: string;
  country: string;
  ideas: number;
  accepted: number;
  hasBudget: boolean;
  participants: number;
}

const SCOPES: Record<ProcessScope, CaseScope> = {
  local: 'local',
  regional: 'regional',
  national: 'national',
  european: 'european',
};

const TITLE_MAX = 160;
const SUMMARY_MIN = 20;
const SUMMARY_MAX = 500;
const CASE_TOPICS_MAX = 5;
/** A process names no language when it is written in the site's default one. */
const DEFAULT_LANGUAGE = 'en';

/** The calendar day of an instant, in UTC, as a case dates it. */
export function caseDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The case a finished process becomes before its organiser completes it. Everything is
 * taken from what Open Spaces recorded; the level of participation defaults to `consult`,
 * which is what a consultation is, and the submitter corrects it before moderation.
 */
export function processCaseFigures(source: ProcessCaseSource): CaseRequest {
  const paragraph = summaryOf(source.description, SUMMARY_MAX);
  const methods: CaseMethod[] = source.hasBudget
    ? ['consultation', 'participatory_budgeting']
    : ['consultation'];
  return {
    title: source.title.slice(0, TITLE_MAX),
    // A case needs a summary of some length; a process may have had a one-line description.
    summary:
      paragraph.length >= SUMMARY_MIN
        ? paragraph
        : `A consultation on Open Spaces: ${source.title}`.slice(0, SUMMARY_MAX),
    description: source.description,
    country: source.country,
    place: '',
    scope: SCOPES[source.scope],
    startDate: caseDay(source.startsAt),
    endDate: caseDay(source.endsAt),
    ongoing: false,
    purpose: `The consultation asked: ${source.title}`,
    iap2Level: 'consult',
    methods,
    participantCount: source.participants,
    recruitment:
      'Open on Open Spaces to every member who could see the consultation: they proposed, supported and commented ideas online.',
    format: 'online',
    organisers: [{ organisation: source.organisationSlug }],
    outcomes: `${plural(source.ideas, 'idea was', 'ideas were')} proposed; the organisers accepted ${source.accepted}.`,
    topics: source.topics.slice(0, CASE_TOPICS_MAX),
    language: source.languages[0] ?? DEFAULT_LANGUAGE,
  };
}
