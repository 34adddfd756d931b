import type { ImageUrls, SuggestionReason } from '@open-spaces/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { SuggestionReasons } from './suggestion-reasons';

interface SuggestionCardProps {
  name: string;
  href: string;
  image: ImageUrls | null;
  square?: boolean;
  /** A line under the name: headline, kind, place. */
  meta: ReactNode;
  reasons: SuggestionReason[];
  /** The organisation the suggestions are for; null for the reader's own. */
  seeker: string | null;
  busy: boolean;
  onFollow: () => void;
  onDismiss: () => void;
}

/** One suggestion: who, why in words, and what to do about it (follow, or "not relevant"). */
export function SuggestionCard({
  name,
  href,
  image,
  square = false,
  meta,
  reasons,
  seeker,
  busy,
  onFollow,
  onDismiss,
}: SuggestionCardProps) {
  const { t } = useTranslation();
  return (
    <article className="suggestion">
      <Avatar name={name} image={image} size="small" square={square} />
      <div className="suggestion__body">
        <h3 className="suggestion__title">
          <Link to={href}>{name}</Link>
        </h3>
        {meta && <p className="suggestion__meta">{meta}</p>}
        <SuggestionReasons reasons={reasons} name={name} seeker={seeker} />
        <div className="cluster">
          <Button
            size="small"
            disabled={busy}
            aria-label={t('matching.followLabel', { name })}
            onClick={onFollow}
          >
            {t('profile.follow')}
          </Button>
          <Button
            size="small"
            variant="quiet"
            disabled={busy}
            aria-label={t('matching.dismissLabel', { name })}
            onClick={onDismiss}
          >
            {t('matching.dismiss')}
          </Button>
        </div>
      </div>
    </article>
  );
}
