/** Placeholder cards while a list loads; announced once as loading. */
export function SkeletonList({ count = 6, label }: { count?: number; label: string }) {
  return (
    <div className="skeleton-list" role="status" aria-label={label}>
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={index} className="skeleton-card" aria-hidden="true">
          <span className="skeleton skeleton--circle" />
          <span className="skeleton-card__lines">
            <span className="skeleton skeleton--line" />
            <span className="skeleton skeleton--line skeleton--short" />
          </span>
        </div>
      ))}
    </div>
  );
}
