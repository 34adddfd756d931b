import { Marked, Tokenizer, type TokenizerObject } from 'marked';
import sanitizeHtml from 'sanitize-html';

const allowlist: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'pre',
    'h3',
    'h4',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    // Headings inside a bio or description never compete with the page's own.
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer ugc' }),
  },
};

/**
 * How deep quotes, lists, emphasis, strike-through and links may nest. The parser
 * recurses once per level, so without a bound a few thousand `>` overflow the stack;
 * deeper markers are shown as the characters they are.
 */
export const MAX_NESTING = 16;

let depth = 0;

/** Runs one of the parser's own steps that recurse into nested content, one level deeper, or declines past the bound. */
function nested<T>(step: () => T): T | undefined {
  if (depth >= MAX_NESTING) return undefined;
  depth++;
  try {
    return step();
  } finally {
    depth--;
  }
}

const base = Tokenizer.prototype;
const boundedTokenizer: TokenizerObject = {
  blockquote(src) {
    return nested(() => base.blockquote.call(this, src));
  },
  list(src) {
    return nested(() => base.list.call(this, src));
  },
  emStrong(src, maskedSrc, prevChar) {
    return nested(() => base.emStrong.call(this, src, maskedSrc, prevChar));
  },
  del(src, maskedSrc, prevChar) {
    return nested(() => base.del.call(this, src, maskedSrc, prevChar));
  },
  link(src) {
    return nested(() => base.link.call(this, src));
  },
  reflink(src, links) {
    return nested(() => base.reflink.call(this, src, links));
  },
};

const markdown = new Marked({ async: false, gfm: true, breaks: true, tokenizer: boundedTokenizer });

/**
 * How much emphasis the parser may pair up. Each `*`, `_` or `~` run that opens emphasis
 * searches the rest of its paragraph for a closer, so a paragraph of n runs that never
 * close costs n² steps (`*a_` repeated over 5,000 characters takes half a second). A
 * paragraph is at most the text between two blank lines, so the sum of each such block's
 * runs squared bounds that search; 2^18 allows 512 runs in one paragraph, far more than
 * any bio or description uses.
 */
export const MAX_EMPHASIS_WORK = 2 ** 18;

/**
 * How many places inside one word (text without white space) may stop the parser. At each
 * `*`, `_`, `~`, `` ` ``, `<`, `[`, `!`, `\`, `http`, `ftp:` or `www.` the parser looks
 * ahead through the rest of the word for an e-mail address, so a long word full of them
 * costs its length squared (`http` repeated over 10,000 characters takes a tenth of a
 * second). Words up to LONG_WORD characters are never counted; real ones with markup
 * (links, paths, emphasis) are shorter, or longer with a few markers only.
 */
export const MAX_STOPS_IN_LONG_WORD = 32;
export const LONG_WORD = 256;

/**
 * How many lines the parser may read as possible table rows. At each line that looks like
 * the row under a table's header (only `-`, `|`, `:` and spaces) it reads every following
 * line before it decides, so such lines times all lines bounds that reading; thousands of
 * them (`a` and `-` in turn: setext headings) cost their count squared. A real table has
 * one, and 2^16 leaves room for a page of headings and rules.
 */
export const MAX_TABLE_ROW_WORK = 2 ** 16;

const emphasisRun = /\*+|_+|~+/g;
/**
 * Where emphasis cannot reach across: a blank line, and a line that always starts a new
 * block, even inside a paragraph (a bullet item with text, an ATX heading, an item
 * numbered 1). Each list item is parsed on its own, so a long list of emphasised items
 * costs its length, not its length squared. Other numbered lines may continue a paragraph,
 * so they part nothing here.
 */
const inlineContextBoundary = /\n[ \t]*\n|\n(?=[ \t]{0,3}(?:[-*+][ \t]+\S|#{1,6}[ \t]|1[.)][ \t]+\S))/;
const tableDelimiterLine = /^[ \t|:-]*-[ \t|:-]*$/gm;
const parserStop = /[*_~`<[!\\]|https?|ftp:|www\./gi;

/**
 * Whether the text is built so that parsing it would take far longer than its length
 * suggests; such text is shown as plain paragraphs instead, in linear time.
 */
function stallsTheParser(source: string): boolean {
  const text = source.replace(/\r\n?/g, '\n');
  const lines = text.split('\n').length;
  if ((text.match(tableDelimiterLine)?.length ?? 0) * lines > MAX_TABLE_ROW_WORK) return true;
  let emphasisWork = 0;
  for (const block of text.split(inlineContextBoundary)) {
    const runs = block.match(emphasisRun)?.length ?? 0;
    emphasisWork += runs * runs;
    if (emphasisWork > MAX_EMPHASIS_WORK) return true;
  }
  return text
    .split(/\s+/)
    .some(
      (word) => word.length > LONG_WORD && (word.match(parserStop)?.length ?? 0) > MAX_STOPS_IN_LONG_WORD,
    );
}

/**
 * Markdown written by people, as HTML that is safe to show: a small allowlist, no images,
 * no scripts. It never throws: text the parser cannot handle, or that would hold up the
 * process while it is parsed, is shown as plain paragraphs.
 */
export function renderMarkdown(source: string): string {
  if (!source.trim()) return '';
  if (stallsTheParser(source)) return plainParagraphs(source);
  let html: string;
  try {
    html = markdown.parse(source, { async: false });
  } catch {
    return plainParagraphs(source);
  }
  return sanitizeHtml(html, allowlist).trim();
}

/** The text as escaped paragraphs: blank lines part them, line breaks stay, nothing is markup. */
export function plainParagraphs(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br />')}</p>`)
    .join('\n');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const BLOCK_BOUNDARY = /<(?:br|hr|\/?(?:p|li|ul|ol|blockquote|pre|h3|h4))\b[^>]*>/gi;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * HTML that `renderMarkdown` made, as one line of plain text of at most `max` characters,
 * cut at a word where one is near (with an ellipsis): the start of a comment that a
 * notification quotes.
 */
export function plainExcerpt(html: string, max: number): string {
  const text = html
    .replace(BLOCK_BOUNDARY, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith('#')) {
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
}
