import { describe, expect, it } from 'vitest';
import {
  answerStateLabel,
  closedMessage,
  dateInputValue,
  dayStart,
  defaultDrafts,
  draftsOf,
  phasesOf,
} from './process-format';

describe('closedMessage', () => {
  it('says nothing while the action is open', () => {
    expect(closedMessage('propose', { open: true, opensAt: null })).toBeNull();
  });

  it('names the day the action opens', () => {
    const message = closedMessage('propose', { open: false, opensAt: '2027-03-12T10:00:00.000Z' });
    expect(message).toEqual({ key: 'processes.closed.propose.opens', values: { date: expect.any(String) } });
  });

  it('says the action is over when no phase will open it again', () => {
    expect(closedMessage('support', { open: false, opensAt: null })).toEqual({
      key: 'processes.closed.support.over',
    });
  });
});

describe('dates of the phase form', () => {
  it('reads a date input as the start of that day', () => {
    const iso = dayStart('2027-03-12');
    expect(iso && dateInputValue(iso)).toBe('2027-03-12');
  });

  it('refuses what is not a date', () => {
    expect(dayStart('')).toBeNull();
    expect(dayStart('12/03/2027')).toBeNull();
  });

  it('ends a phase at the end of its last day, and reads it back as that day', () => {
    const [phase] = phasesOf([{ kind: 'ideas', from: '2027-03-12', to: '2027-03-20', actions: ['propose'] }]);
    expect(phase && new Date(phase.endsAt).getTime() - new Date(phase.startsAt).getTime()).toBe(
      9 * 24 * 3600 * 1000,
    );
    const [draft] = draftsOf([
      {
        kind: 'ideas',
        startsAt: phase?.startsAt ?? '',
        endsAt: phase?.endsAt ?? '',
        actions: ['propose'],
        current: false,
      },
    ]);
    expect(draft).toEqual({ kind: 'ideas', from: '2027-03-12', to: '2027-03-20', actions: ['propose'] });
  });

  it('leaves the dates empty when a day is missing, for the contract to name the field', () => {
    const [phase] = phasesOf([{ kind: 'ideas', from: '', to: '', actions: [] }]);
    expect(phase).toEqual({ kind: 'ideas', startsAt: '', endsAt: '', actions: [] });
  });

  it('proposes five phases that follow each other', () => {
    const drafts = defaultDrafts(new Date(2027, 2, 1));
    expect(drafts.map((draft) => draft.kind)).toEqual([
      'information',
      'ideas',
      'supports',
      'evaluation',
      'results',
    ]);
    for (let index = 1; index < drafts.length; index += 1) {
      expect((drafts[index]?.from ?? '') > (drafts[index - 1]?.to ?? '')).toBe(true);
    }
  });
});

describe('answerStateLabel', () => {
  const t = ((key: string) => `translated:${key}`) as unknown as Parameters<typeof answerStateLabel>[0];

  it('translates the built-in states', () => {
    expect(answerStateLabel(t, 'accepted')).toBe('translated:processes.answerStates.accepted');
  });

  it('shows an organiser’s own state as written, with spaces', () => {
    expect(answerStateLabel(t, 'in_progress')).toBe('in progress');
  });
});
