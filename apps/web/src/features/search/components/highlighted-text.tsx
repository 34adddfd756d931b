import type { HighlightedText as Pieces } from '@open-spaces/contracts';

/** Text from the search with its matched words in <mark>; every piece is rendered as text, never as HTML. */
export function HighlightedText({ pieces }: { pieces: Pieces }) {
  return (
    <>
      {pieces.map((piece, index) =>
        piece.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are fixed for a result and never reordered
          <mark key={index}>{piece.text}</mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
