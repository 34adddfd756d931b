import { marked } from 'marked';
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
  allowedAttributes: { a: ['href', 'title'] },
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

/** Markdown written by people, as HTML that is safe to show: a small allowlist, no images, no scripts. */
export function renderMarkdown(source: string): string {
  if (!source.trim()) return '';
  const html = marked.parse(source, { async: false, gfm: true, breaks: true });
  return sanitizeHtml(html, { ...allowlist, allowedAttributes: { a: ['href', 'title', 'rel'] } }).trim();
}
