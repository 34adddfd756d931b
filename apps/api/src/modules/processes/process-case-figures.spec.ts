import { CaseRequest } from '@open-spaces/contracts';
import { type ProcessCaseSource, processCaseFigures } from './process-case-figures';

const finished: ProcessCaseSource = {
  title: 'How should our city spend its climate fund?',
  description: 'We collected **ideas** for the next two years of the climate fund.\n\nSecond paragraph.',
  scope: 'regional',
  startsAt: new Date('2026-03-01T08:00:00Z'),
  endsAt: new Date('2026-04-15T18:00:00Z'),
  topics: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'],
  languages: ['de', 'en'],
  organisationSlug: 'green-town-forum',
  country: 'DE',
  ideas: 12,
  accepted: 3,
  hasBudget: false,
  participants: 40,
};

describe('the case a finished process becomes', () => {
  it('takes its figures from the process and makes a valid case', () => {
    const figures = processCaseFigures(finished);
    expect(figures).toMatchObject({
      title: finished.title,
      summary: 'We collected ideas for the next two years of the climate fund.',
      description: finished.description,
      country: 'DE',
      scope: 'regional',
      startDate: '2026-03-01',
      endDate: '2026-04-15',
      iap2Level: 'consult',
      methods: ['consultation'],
      participantCount: 40,
      format: 'online',
      organisers: [{ organisation: 'green-town-forum' }],
      outcomes: '12 ideas were proposed; the organisers accepted 3.',
      topics: ['a1', 'a2', 'a3', 'a4', 'a5'],
      language: 'de',
    });
    expect(CaseRequest.safeParse(figures).success).toBe(true);
  });

  it('names participatory budgeting when the process had a budget', () => {
    expect(processCaseFigures({ ...finished, hasBudget: true }).methods).toEqual([
      'consultation',
      'participatory_budgeting',
    ]);
  });

  it('writes a summary from the title when the description is too short for one', () => {
    const figures = processCaseFigures({ ...finished, description: 'Short.', ideas: 1, accepted: 0 });
    expect(figures.summary).toBe(`A consultation on Open Spaces: ${finished.title}`);
    expect(figures.outcomes).toBe('1 idea was proposed; the organisers accepted 0.');
    expect(CaseRequest.safeParse(figures).success).toBe(true);
  });

  it('trims a long title and description to what a case holds', () => {
    const figures = processCaseFigures({
      ...finished,
      title: 'T'.repeat(200),
      description: 'word '.repeat(200),
    });
    expect(figures.title).toHaveLength(160);
    expect(figures.summary.length).toBeLessThanOrEqual(500);
    expect(figures.summary.endsWith('…')).toBe(true);
  });

  it('falls back to English when the process names no language', () => {
    expect(processCaseFigures({ ...finished, languages: [] }).language).toBe('en');
  });
});
