import type { EligibilityFailure, EligibilityReason } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../../../lib/taxonomy';

/** Why a call fits an organisation, and which rules it fails, as sentences. */
export function EligibilityExplanation({
  reasons,
  failures,
}: {
  reasons: EligibilityReason[];
  failures: EligibilityFailure[];
}) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const reasonText = (reason: EligibilityReason): string => {
    switch (reason.rule) {
      case 'country':
        return reason.group
          ? t('funding.reasons.countryGroup', {
              country: name('countries', reason.country),
              group:
                reason.group === 'EU27' || reason.group === 'EEA'
                  ? reason.group
                  : t(`funding.groups.${reason.group}`),
            })
          : t('funding.reasons.country', { country: name('countries', reason.country) });
      case 'kind':
        return t('funding.reasons.kind', { kind: t(`funding.kindsPlural.${reason.kind}`) });
      case 'topics':
        return t('funding.reasons.topics', {
          topics: reason.topics.map((topic) => name('topics', topic)).join(', '),
        });
      default:
        return t(`funding.reasons.${reason.rule}`);
    }
  };
  return (
    <div className="eligibility">
      {reasons.length > 0 && (
        <div>
          <h3 className="eligibility__heading">{t('funding.forOrganisation.why')}</h3>
          <ul className="eligibility__list eligibility__list--fits">
            {reasons.map((reason) => (
              <li key={reason.rule}>{reasonText(reason)}</li>
            ))}
          </ul>
        </div>
      )}
      {failures.length > 0 && (
        <div>
          <h3 className="eligibility__heading">{t('funding.forOrganisation.whyNot')}</h3>
          <ul className="eligibility__list eligibility__list--fails">
            {failures.map((failure) => (
              <li key={failure}>{t(`funding.failures.${failure}`)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
