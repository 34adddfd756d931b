import type {
  Coverage,
  CoverageGap,
  PartnerSuggestion,
  PartnerSuggestionReason,
} from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { useTaxonomy } from '../../../lib/taxonomy';
import { EligibilityExplanation } from './eligibility-explanation';

/** The consortium against the call's rules: counts, each member's rules, what is missing, and who could close it. */
export function CoveragePanel({
  coverage,
  suggestions,
  showSuggestions,
}: {
  coverage: Coverage;
  suggestions: PartnerSuggestion[];
  showSuggestions: boolean;
}) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const gapText = (gap: CoverageGap): string => {
    switch (gap.type) {
      case 'partners':
        return t('partners.coverage.gaps.partners', { count: gap.missing });
      case 'countries':
        return t('partners.coverage.gaps.countries', { count: gap.missing });
      case 'role': {
        const role = t(`partners.roles.${gap.role}`);
        return gap.competences.length > 0
          ? t('partners.coverage.gaps.roleWith', {
              role,
              competences: gap.competences.map((slug) => name('support', slug)).join(', '),
            })
          : t('partners.coverage.gaps.role', { role });
      }
    }
  };
  const reasonText = (reason: PartnerSuggestionReason): string => {
    switch (reason.type) {
      case 'competences':
        return t('partners.suggestions.reasons.competences', {
          competences: reason.competences.map((slug) => name('support', slug)).join(', '),
        });
      case 'eligible':
        return t('partners.suggestions.reasons.eligible', {
          kind: t(`organisationKinds.${reason.kind}`),
          country: name('countries', reason.country),
        });
      default:
        return t(`partners.suggestions.reasons.${reason.type}`, {
          country: name('countries', reason.country),
        });
    }
  };
  return (
    <Card title={t('partners.coverage.title')} className="coverage">
      <ul className="coverage__counts" data-testid="coverage-counts">
        <li>
          {coverage.minPartners !== null
            ? t('partners.coverage.partners', {
                count: coverage.eligiblePartners,
                minimum: coverage.minPartners,
              })
            : t('partners.coverage.partnersNoMinimum', { count: coverage.eligiblePartners })}
        </li>
        <li>
          {coverage.minCountries !== null
            ? t('partners.coverage.countries', {
                count: coverage.countriesCovered.length,
                minimum: coverage.minCountries,
              })
            : t('partners.coverage.countriesNoMinimum', { count: coverage.countriesCovered.length })}
          {coverage.countriesCovered.length > 0 &&
            ` (${coverage.countriesCovered.map((code) => name('countries', code)).join(', ')})`}
        </li>
      </ul>
      <h3 className="eligibility__heading">{t('partners.coverage.missing')}</h3>
      {coverage.complete ? (
        <p>{t('partners.coverage.complete')}</p>
      ) : (
        <ul className="coverage__gaps" data-testid="coverage-gaps">
          {coverage.gaps.map((gap, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no id and two may be alike; the list is replaced whole
            <li key={index}>{gapText(gap)}</li>
          ))}
        </ul>
      )}
      <h3 className="eligibility__heading">{t('partners.coverage.members')}</h3>
      <ul className="coverage__members">
        {coverage.members.map((member) => (
          <li key={member.organisation.slug} className="coverage__member">
            <p>
              <Link to={`/organisations/${member.organisation.slug}`}>{member.organisation.name}</Link>{' '}
              <Badge tone="brand">{t(`partners.roles.${member.role}`)}</Badge>{' '}
              <Badge tone={member.eligible ? 'success' : 'warning'}>
                {member.eligible ? t('partners.coverage.eligible') : t('partners.coverage.notEligible')}
              </Badge>
              {!member.counts && ` (${t('partners.coverage.notCounted')})`}
            </p>
            <EligibilityExplanation reasons={member.reasons} failures={member.failures} />
          </li>
        ))}
      </ul>
      {showSuggestions && (
        <>
          <h3 className="eligibility__heading">{t('partners.suggestions.title')}</h3>
          {suggestions.length === 0 ? (
            <p>{t('partners.suggestions.empty')}</p>
          ) : (
            <ul className="coverage__suggestions">
              {suggestions.map((suggestion) => (
                <li key={suggestion.organisation.slug}>
                  <Link to={`/organisations/${suggestion.organisation.slug}`}>
                    {suggestion.organisation.name}
                  </Link>
                  : {suggestion.reasons.map(reasonText).join('; ')}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Card>
  );
}
