/** The Open Spaces mark: an open circle, a space left open for others to join. */
export function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#1d4e89" />
      <path d="M16 7a9 9 0 1 0 9 9" fill="none" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" />
      <circle cx="24" cy="9" r="2.6" fill="#f2b705" />
    </svg>
  );
}
