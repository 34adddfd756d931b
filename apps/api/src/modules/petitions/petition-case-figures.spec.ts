import { CaseRequest, type PetitionFigures } from '@open-spaces/contracts';
import { type PetitionCaseSource, petitionCaseFigures, petitionOutcomes } from './petition-case-figures';

const figures: PetitionFigures = {
  id: '0d3f3c1e-4a8e-4f59-9a5e-2b5d7f2b8c11',
  title: 'Keep the Lisbon community centres open',
  summary: 'The city plans to close three community centres.',
  addressee: 'Lisbon City Council',
  openedAt: '2026-02-01T10:00:00.000Z',
  deadline: '2026-03-31T10:00:00.000Z',
  closedAt: '2026-03-20T10:00:00.000Z',
  deliveredAt: null,
  countries: ['PT'],
  topics: ['human-rights'],
  signatureCount: 120,
  goal: 100,
  state: 'closed',
  successful: true,
  response: null,
};

const closed: PetitionCaseSource = {
  figures,
  text: 'The city plans to close **three** community centres.',
  language: 'pt',
  organisationSlug: null,
  authorName: 'Ana Author',
  homeCountry: 'ES',
};

describe('the case a finished petition becomes', () => {
  it('takes its figures from the petition and makes a valid case', () => {
    const result = petitionCaseFigures(closed);
    expect(result).toMatchObject({
      title: figures.title,
      summary: figures.summary,
      description: closed.text,
      country: 'PT',
      scope: 'online',
      startDate: '2026-02-01',
      endDate: '2026-03-20',
      methods: ['petition'],
      participantCount: 120,
      format: 'online',
      organisers: [{ name: 'Ana Author' }],
      outcomes: 'The petition reached its goal of 100 signatures with 120 signatures.',
      topics: ['human-rights'],
      language: 'pt',
    });
    expect(CaseRequest.safeParse(result).success).toBe(true);
  });

  it('names the organisation that started it, and its country when the petition names none', () => {
    const result = petitionCaseFigures({
      ...closed,
      figures: { ...figures, countries: [] },
      organisationSlug: 'civic-lab',
    });
    expect(result.organisers).toEqual([{ organisation: 'civic-lab' }]);
    expect(result.country).toBe('ES');
  });

  it('says when the goal was missed, and gives the response once delivered', () => {
    expect(
      petitionOutcomes({
        ...figures,
        signatureCount: 1,
        successful: false,
        state: 'delivered',
        response: 'We will keep two of them.',
      }),
    ).toBe(
      'The petition did not reach its goal of 100 signatures: it gathered 1 signature.\n\nThe response of Lisbon City Council:\n\nWe will keep two of them.',
    );
  });

  it('writes a summary from the addressee and title when the first paragraph is too short', () => {
    const result = petitionCaseFigures({ ...closed, figures: { ...figures, summary: 'Act now.' } });
    expect(result.summary).toBe(`A petition to Lisbon City Council: ${figures.title}`);
  });
});
