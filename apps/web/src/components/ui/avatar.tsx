import type { ImageUrls } from '@open-spaces/contracts';

/** A picture, or the name's initials on a tint; decorative, since the name is always beside it. */
export function Avatar({
  name,
  image,
  size = 'medium',
  square = false,
}: {
  name: string;
  image: ImageUrls | null;
  size?: 'small' | 'medium' | 'large';
  square?: boolean;
}) {
  const className = ['avatar', `avatar--${size}`, square && 'avatar--square'].filter(Boolean).join(' ');
  if (image) {
    return <img className={className} src={size === 'large' ? image.large : image.small} alt="" />;
  }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
  return (
    <span className={className} aria-hidden="true">
      {initials || '?'}
    </span>
  );
}
