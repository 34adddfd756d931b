/** The first paragraph of Markdown as plain text, for summaries and feeds. */
export function summaryOf(markdown: string, max = 280): string {
  const paragraph = markdown.split(/\n\s*\n/).find((part) => part.trim() !== '') ?? '';
  const plain = paragraph
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length <= max ? plain : `${plain.slice(0, max - 1).trimEnd()}…`;
}
