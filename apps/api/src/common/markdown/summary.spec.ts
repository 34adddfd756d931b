import { summaryOf } from './summary';

describe('summaries', () => {
  it('takes the first paragraph as plain text', () => {
    expect(summaryOf('We ask **the council** to [act](https://example.org).\n\nMore text.')).toBe(
      'We ask the council to act.',
    );
  });

  it('skips leading blank lines and shortens long paragraphs with an ellipsis', () => {
    expect(summaryOf('\n\n# Title')).toBe('Title');
    const long = summaryOf('word '.repeat(100), 20);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(long.endsWith('…')).toBe(true);
  });
});
