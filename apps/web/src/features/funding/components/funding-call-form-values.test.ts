import { describe, expect, it } from 'vitest';
import { deadlinesForModel, emptyFundingCallValues, toFundingCallRequest } from './funding-call-form-values';

const label = (model: string, index: number) => `${model} ${index + 1}`;

describe('deadlinesForModel', () => {
  const one = [{ label: 'Deadline', local: '2027-03-01T00:00', timeZone: 'Europe/Lisbon' }];

  it('gives a two-stage call two deadlines and keeps the date already entered', () => {
    expect(deadlinesForModel('two_stage', one, label)).toEqual([
      { label: 'two_stage 1', local: '2027-03-01T00:00', timeZone: 'Europe/Lisbon' },
      { label: 'two_stage 2', local: '', timeZone: 'Europe/Brussels' },
    ]);
  });

  it('gives a rolling call no deadline', () => {
    expect(deadlinesForModel('rolling', one, label)).toEqual([]);
  });

  it('keeps every cut-off when switching between cut-off lists', () => {
    const three = [...one, ...one, ...one];
    expect(deadlinesForModel('multiple_cutoffs', three, label)).toHaveLength(3);
  });

  it('keeps one deadline for a single stage', () => {
    expect(deadlinesForModel('single_stage', [...one, ...one], label)).toHaveLength(1);
  });
});

describe('toFundingCallRequest', () => {
  it('joins groups and countries, reads numbers and leaves empty fields null', () => {
    const values = {
      ...emptyFundingCallValues('open-future', 'Deadline'),
      groups: ['EU27'],
      countries: ['NO'],
      maxGrant: '150 000',
      coFundingRate: '',
    };
    const request = toFundingCallRequest(values, true);
    expect(request).toEqual(
      expect.objectContaining({
        organisation: 'open-future',
        eligibleCountries: ['EU27', 'NO'],
        maxGrant: 150_000,
        coFundingRate: null,
        opening: null,
        programme: null,
      }),
    );
  });

  it('leaves the organisation out of a change', () => {
    expect(toFundingCallRequest(emptyFundingCallValues('x', 'Deadline'), false)).not.toHaveProperty(
      'organisation',
    );
  });
});
