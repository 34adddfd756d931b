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
 * Markdown written by people, as HTML that is safe to show: a small allowlist, no images,
 * no scripts. It never throws: text the parser cannot handle is shown as plain paragraphs.
 */
export function renderMarkdown(source: string): string {
  if (!source.trim()) return '';
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
