import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { Icon } from '../../../components/ui/icon';
import { PageHeader } from '../../../components/ui/page-header';
import { type SectionId, sections } from '../components/sections';
import '../components/sections.css';

/** A section of the product that is still being built: what it will offer, in plain words. */
export function ComingSoonPage({ section }: { section: SectionId }) {
  const { t } = useTranslation();
  const icon = sections.find((item) => item.id === section)?.icon ?? 'info';
  const points = ['point1', 'point2', 'point3'] as const;
  return (
    <>
      <PageHeader
        eyebrow={<Badge tone="warning">{t('common.comingSoon')}</Badge>}
        title={t(`sections.${section}.title`)}
        lead={t(`sections.${section}.summary`)}
      />
      <Card className="coming-soon">
        <div className="coming-soon__layout">
          <span className="coming-soon__icon">
            <Icon name={icon} size={40} />
          </span>
          <div className="stack-s">
            <p className="coming-soon__intro">{t(`sections.${section}.intro`)}</p>
            <h2 className="coming-soon__subtitle">{t('sections.plannedTitle')}</h2>
            <ul className="coming-soon__points">
              {points.map((point) => (
                <li key={point}>
                  <Icon name="success" size={20} />
                  <span>{t(`sections.${section}.${point}`)}</span>
                </li>
              ))}
            </ul>
            <div>
              <ButtonLink to="/" variant="secondary">
                {t('common.backHome')}
              </ButtonLink>
            </div>
          </div>
        </div>
      </Card>
    </>
  );
}
