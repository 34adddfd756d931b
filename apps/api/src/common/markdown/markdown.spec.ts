import {
  LONG_WORD,
  MAX_EMPHASIS_WORK,
  MAX_NESTING,
  MAX_STOPS_IN_LONG_WORD,
  MAX_TABLE_ROW_WORK,
  plainExcerpt,
  plainParagraphs,
  renderMarkdown,
} from './markdown';

/** How deeply the elements of an HTML fragment nest (void elements do not count). */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name] of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
    if (name === 'br' || name === 'hr') continue;
    depth += closing ? -1 : 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

const count = (html: string, fragment: string) => html.split(fragment).length - 1;

/** `unit` repeated until the text has `length` characters. */
const repeatTo = (length: number, unit: string) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Lines of `line(i)` for i = 0, 1, … until the text has `length` characters. */
function linesUpTo(length: number, line: (i: number) => string): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${line(i)}\n`;
  return text.slice(0, length);
}

describe('renderMarkdown', () => {
  it('renders emphasis, links, lists, quotes and code', () => {
    expect(renderMarkdown('I **organise** *people* and ~~wait~~.')).toBe(
      '<p>I <strong>organise</strong> <em>people</em> and <del>wait</del>.</p>',
    );
    expect(renderMarkdown('- one\n- two\n  1. nested')).toBe(
      '<ul>\n<li>one</li>\n<li>two<ol>\n<li>nested</li>\n</ol>\n</li>\n</ul>',
    );
    expect(renderMarkdown('> said\n> > and said again')).toBe(
      '<blockquote>\n<p>said</p>\n<blockquote>\n<p>and said again</p>\n</blockquote>\n</blockquote>',
    );
    expect(renderMarkdown('`a < b`\n\n```\nx\n```')).toBe(
      '<p><code>a &lt; b</code></p>\n<pre><code>x\n</code></pre>',
    );
  });

  it('keeps single line breaks and demotes headings below the page’s own', () => {
    expect(renderMarkdown('line one\nline two')).toBe('<p>line one<br />line two</p>');
    expect(renderMarkdown('# Title\n\n###### Small')).toBe('<h3>Title</h3>\n<h4>Small</h4>');
  });

  it('marks links as user content and drops scripts, images, unsafe schemes and attributes', () => {
    const html = renderMarkdown(
      '[site](https://example.org "Site") <script>alert(1)</script> ![x](https://example.org/x.png) [bad](javascript:alert(1)) <b onclick="x()">b</b>',
    );
    expect(html).toContain(
      '<a href="https://example.org" title="Site" rel="nofollow noopener noreferrer ugc">site</a>',
    );
    expect(html).not.toMatch(/script|<img|javascript|onclick/);
  });

  it('renders blank text as nothing', () => {
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown(' \n\t\n')).toBe('');
  });

  it(`nests quotes up to ${MAX_NESTING} levels and shows deeper markers as the characters they are`, () => {
    expect(count(renderMarkdown(`${'>'.repeat(MAX_NESTING)} deep`), '<blockquote>')).toBe(MAX_NESTING);
    const deeper = renderMarkdown(`${'>'.repeat(MAX_NESTING + 2)} deeper`);
    expect(count(deeper, '<blockquote>')).toBe(MAX_NESTING);
    expect(deeper).toContain('<p>&gt;&gt; deeper</p>');
  });

  it.each([
    ['5,000 quote markers (the longest bio)', '>'.repeat(5000)],
    ['10,000 quote markers (the longest description)', '>'.repeat(10_000)],
    ['quote markers parted by spaces', '> '.repeat(5000)],
    ['list markers on one line', `${'- '.repeat(4999)}x`],
    ['numbered list markers on one line', '1. '.repeat(3333)],
    ['quotes and lists in turn', '> - '.repeat(2500)],
    ['lists and quotes in turn', '- > '.repeat(2500)],
    ['list items indented one step further each line', linesUpTo(10_000, (i) => `${'  '.repeat(i)}- x`)],
    [
      'lines of list markers, each indented past the last',
      linesUpTo(10_000, (i) => `${' '.repeat(32 * i)}${'- '.repeat(16)}x`),
    ],
    ['quotes in indented list items', linesUpTo(10_000, (i) => `${'  '.repeat(i)}> - x`)],
    ['a long run of emphasis markers', `${'*'.repeat(4999)}a${'*'.repeat(5000)}`],
    ['a long run of underscores', `${'_'.repeat(4999)}a${'_'.repeat(5000)}`],
    ['emphasis opened many times', `${'*a '.repeat(1666)}${' a*'.repeat(1666)}`],
    ['emphasis of both kinds opened many times', `${'*_a '.repeat(1250)}${' a_*'.repeat(1250)}`],
    ['strike-through opened many times', `${'~a '.repeat(1666)}${' a~'.repeat(1666)}`],
    ['links inside links', `${'[a '.repeat(1500)}x${'](https://example.org)'.repeat(300)}`],
  ])('renders %s without overflowing, nesting boundedly', (_, source) => {
    const html = renderMarkdown(source);
    expect(html).not.toBe('');
    expect(nestingDepth(html)).toBeLessThanOrEqual(2 * MAX_NESTING + 1);
  });

  /** Inputs within the contracts' limits that each took from a tenth of a second to 1.5 s to parse. */
  const stallingInputs: [string, string][] = [
    ['emphasis of both kinds that never closes (the longest bio)', repeatTo(5000, '*a_')],
    ['emphasis of both kinds that never closes (the longest description)', repeatTo(10_000, '*a_')],
    ['underscores and stars in turn', repeatTo(10_000, '_a*')],
    ['underscores and tildes in turn', repeatTo(10_000, '_a~')],
    ['strong openers that never close', repeatTo(10_000, '__a')],
    ['underscores between letters', repeatTo(10_000, 'a_')],
    ['stars between letters', repeatTo(10_000, 'a*b_')],
    ['stars after punctuation', repeatTo(10_000, '!*')],
    ['a long run of underscores around a letter', `${'_'.repeat(4999)}a${'_'.repeat(5000)}`],
    ['a long run of stars around a letter', `${'*'.repeat(4999)}a${'*'.repeat(5000)}`],
    ['one word of web address starts', 'http'.repeat(2500)],
    ['paragraphs of emphasis that never closes', repeatTo(10_000, `${repeatTo(191, '*a_')}\n\n`)],
    ['setext headings', 'a\n-\n'.repeat(2500)],
    ['headings under table-like rows', 'a\n-|\n'.repeat(2000)],
    ['empty list items and headings', '\n-\n@'.repeat(2500)],
  ];

  it.each(stallingInputs)('shows %s as plain paragraphs without parsing it', (_, source) => {
    expect(renderMarkdown(source)).toBe(plainParagraphs(source));
  });

  it('renders every stalling input quickly, where parsing took seconds in all', () => {
    const start = process.cpuUsage();
    for (const [, source] of stallingInputs) renderMarkdown(source);
    const { user, system } = process.cpuUsage(start);
    expect((user + system) / 1000).toBeLessThan(1000);
  });

  it('still renders emphasis up to the bound on emphasis in a paragraph', () => {
    const runs = Math.sqrt(MAX_EMPHASIS_WORK);
    const atBound = '*a* '.repeat(runs / 2);
    expect(count(renderMarkdown(atBound), '<em>')).toBe(runs / 2);
    expect(renderMarkdown(`${atBound}*`)).toBe(plainParagraphs(`${atBound}*`));
  });

  it('counts emphasis per paragraph, so many emphasised paragraphs still render', () => {
    const paragraph = '**Name** works on *this* and _that_. '.repeat(10);
    const source = repeatTo(10_000, `${paragraph}\n\n`);
    expect(count(renderMarkdown(source), '<strong>')).toBeGreaterThan(250);
  });

  it('renders a bio-long list of emphasised items, each item being parsed on its own', () => {
    const source = Array.from({ length: 200 }, (_, i) => `- **Partner ${i}**: works on _topic ${i}_`).join(
      '\n',
    );
    const html = renderMarkdown(source);
    expect(count(html, '<li><strong>')).toBe(200);
    expect(count(html, '<em>')).toBe(200);
  });

  it('still shows as plain text a paragraph whose numbered lines continue it with unclosed emphasis', () => {
    const source = `x\n${Array.from({ length: 700 }, (_, i) => `${i + 2}. *a_*a_*a_`).join('\n')}`;
    expect(renderMarkdown(source)).toBe(plainParagraphs(source));
  });

  it('still renders a long list of emphasised items', () => {
    const source = Array.from({ length: 100 }, (_, i) => `- **Partner ${i}**: works on _topic ${i}_`).join(
      '\n',
    );
    const html = renderMarkdown(source);
    expect(count(html, '<li><strong>')).toBe(100);
    expect(count(html, '<em>')).toBe(100);
  });

  it(`still parses long words with up to ${MAX_STOPS_IN_LONG_WORD} markup characters`, () => {
    const url = `https://example.org/${repeatTo(LONG_WORD, 'path_segment/')}`;
    expect(renderMarkdown(url)).toContain(`<a href="${url}"`);
    const word = `${'x'.repeat(LONG_WORD)}:${'`c`,'.repeat(MAX_STOPS_IN_LONG_WORD / 2)}`;
    expect(count(renderMarkdown(word), '<code>c</code>')).toBe(MAX_STOPS_IN_LONG_WORD / 2);
    expect(renderMarkdown(`${word}_`)).toBe(plainParagraphs(`${word}_`));
  });

  it('still renders headings, rules and a table up to the bound on table rows', () => {
    const page = `${'Heading\n---\ntext\n\n***\n\n'.repeat(10)}| a | b |\n| - | - |\n| 1 | 2 |`;
    expect(page.match(/^[ |:-]*-[ |:-]*$/gm)).toHaveLength(11);
    expect(11 * page.split('\n').length).toBeLessThanOrEqual(MAX_TABLE_ROW_WORK);
    const html = renderMarkdown(page);
    expect(count(html, '<h3>')).toBe(10);
    expect(count(html, '<hr />')).toBe(10);
    // Read as a table, whose tags the allowlist drops, keeping the cells' text.
    expect(html).toMatch(/a\s+b\s+1\s+2$/);
    expect(html).not.toContain('|');
    const tooMany = 'a\n-\n'.repeat(Math.sqrt(MAX_TABLE_ROW_WORK));
    expect(renderMarkdown(tooMany)).toBe(plainParagraphs(tooMany));
  });

  it('falls back to escaped plain paragraphs when the parser fails', async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock('marked', () => ({
        ...jest.requireActual('marked'),
        Marked: class {
          parse(): string {
            throw new RangeError('Maximum call stack size exceeded');
          }
        },
      }));
      const { renderMarkdown: renderWithFailingParser } = await import('./markdown.js');
      expect(renderWithFailingParser('> **hi** <b>there</b>\nyou\n\nagain')).toBe(
        '<p>&gt; **hi** &lt;b&gt;there&lt;/b&gt;<br />you</p>\n<p>again</p>',
      );
    });
  });
});

describe('plainParagraphs', () => {
  it('parts paragraphs at blank lines and keeps line breaks', () => {
    expect(plainParagraphs('one\ntwo\n\n \n three\r\n\r\nfour')).toBe(
      '<p>one<br />two</p>\n<p>three</p>\n<p>four</p>',
    );
  });

  it('escapes every character that could start markup or leave an attribute', () => {
    expect(plainParagraphs(`<img src=x onerror="alert('x')"> & more`)).toBe(
      '<p>&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; more</p>',
    );
  });

  it('renders blank text as nothing', () => {
    expect(plainParagraphs('\n\n  \n')).toBe('');
  });
});

describe('plainExcerpt', () => {
  it('reads rendered markdown as one line of text, blocks parted by a space', () => {
    expect(
      plainExcerpt(
        renderMarkdown('We started **small**.\n\n- one\n- two\n\n> a [link](https://example.org)'),
        120,
      ),
    ).toBe('We started small. one two a link');
  });

  it('gives back the characters the HTML escaped, once', () => {
    expect(plainExcerpt(renderMarkdown('Fish & chips, 1 < 2, "quoted", &amp;lt;'), 120)).toBe(
      'Fish & chips, 1 < 2, "quoted", &lt;',
    );
    expect(plainExcerpt('<p>&#233;t&#xE9; &#99999999; &bogus;</p>', 120)).toBe('été &#99999999; &bogus;');
  });

  it('cuts a long text at a word, with an ellipsis, within the limit', () => {
    const excerpt = plainExcerpt(renderMarkdown('word '.repeat(50)), 24);
    expect(excerpt).toBe('word word word word…');
    expect(excerpt.length).toBeLessThanOrEqual(24);
  });

  it('cuts a text without spaces where the limit falls', () => {
    expect(plainExcerpt(`<p>${'a'.repeat(30)}</p>`, 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('keeps a short text whole', () => {
    expect(plainExcerpt('<p>Thanks!</p>', 120)).toBe('Thanks!');
  });
});
