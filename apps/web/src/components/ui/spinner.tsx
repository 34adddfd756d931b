export function Spinner({ className }: { className?: string }) {
  return <span className={['spinner', className].filter(Boolean).join(' ')} aria-hidden="true" />;
}

/** A region that says, to sighted and screen-reader users alike, that content is on its way. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="loading-state" role="status">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
