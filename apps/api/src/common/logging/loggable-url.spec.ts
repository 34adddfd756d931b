import { loggableUrl } from './loggable-url';

describe('loggable URLs', () => {
  it('leaves out the tokens of verification and reset links, wherever they stand', () => {
    expect(loggableUrl('/verify-email?token=abc_DEF-123')).toBe('/verify-email?token=[redacted]');
    expect(loggableUrl('/reset-password?lang=de&token=abc#top')).toBe(
      '/reset-password?lang=de&token=[redacted]#top',
    );
    expect(loggableUrl('/x?TOKEN=a&code=b&next=%2Faccount')).toBe(
      '/x?TOKEN=[redacted]&code=[redacted]&next=%2Faccount',
    );
  });

  it('keeps every other URL as it is', () => {
    expect(loggableUrl('/api/health')).toBe('/api/health');
    expect(loggableUrl('/api/profiles?q=token&after=abc')).toBe('/api/profiles?q=token&after=abc');
    expect(loggableUrl('/api/profiles?mytoken=1')).toBe('/api/profiles?mytoken=1');
  });
});
