import type { SimilarityReason } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Card } from '../../../components/ui/card';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { useTaxonomy } from '../../../lib/taxonomy';
import { similarCasesQueryOptions } from '../api/get-similar-cases';
import { CaseBadges } from './case-badges';

/** "Shares: citizens' assembly, climate, same country", in the reader's language. */
function reasonText(
  t: TFunction,
  name: ReturnType<typeof useTaxonomy>['name'],
  reason: SimilarityReason,
): string {
  switch (reason.kind) {
    case 'methods':
      return reason.values.map((method) => t(`cases.methods.${method}`)).join(', ');
    case 'topics':
      return reason.values.map((topic) => name('topics', topic)).join(', ');
    case 'scope':
      return t(`cases.scopes.${reason.value}`);
    case 'iap2Level':
      return t('cases.iap2Badge', { level: t(`cases.iap2Levels.${reason.value}`) });
    case 'country':
      return name('countries', reason.value);
  }
}

export function SimilarCases({ id, signedIn }: { id: string; signedIn: boolean }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const similar = useQuery(similarCasesQueryOptions(id, signedIn));
  return (
    <Card title={t('cases.similar.title')}>
      {similar.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : similar.isError ? (
        <Alert tone="error">{errorMessage(t, similar.error)}</Alert>
      ) : similar.data.items.length === 0 ? (
        <p className="muted">{t('cases.similar.empty')}</p>
      ) : (
        <ul className="case-similar">
          {similar.data.items.map(({ case: item, reasons }) => (
            <li key={item.id}>
              <Link to={`/cases/${item.id}`}>{item.title}</Link>
              <CaseBadges item={item} />
              <p className="case-similar__reasons muted">
                {t('cases.similar.shares', {
                  reasons: reasons.map((reason) => reasonText(t, name, reason)).join(' · '),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
