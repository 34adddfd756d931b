import type { SearchResult } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { useTaxonomy } from '../../../lib/taxonomy';
import { HighlightedText } from './highlighted-text';
import { resultPath } from './search-filters-state';

export function SearchResultCard({ result }: { result: SearchResult }) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const snippet = result.snippet.length > 0;
  return (
    <article className="directory-card search-result">
      <div className="directory-card__body">
        <p className="search-result__type">
          <Badge>{t(`search.typeOne.${result.type}`)}</Badge>
        </p>
        <h3 className="directory-card__title">
          <Link to={resultPath(result.type, result.slug)} className="directory-card__link">
            <HighlightedText pieces={result.title} />
          </Link>
        </h3>
        {snippet && (
          <p className="search-result__snippet">
            <HighlightedText pieces={result.snippet} />
          </p>
        )}
        {result.matchedTopics.length > 0 && (
          <p className="directory-card__meta">
            {t('search.matchedTopic', {
              topics: result.matchedTopics.map((topic) => taxonomy.name('topics', topic)).join(', '),
            })}
          </p>
        )}
      </div>
    </article>
  );
}
