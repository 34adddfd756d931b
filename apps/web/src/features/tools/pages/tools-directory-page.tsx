import { ToolCategory, ToolPriceModel } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { ButtonLink } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FilterBar, FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { toolsQueryOptions } from '../api/get-tools';
import { ToolCard } from '../components/tool-card';
import { toolFilterSchemas } from '../components/tool-filters-state';
import '../components/tools.css';

const flags = ['openSource', 'selfHostable', 'hostedInEu'] as const;

export function ToolsDirectoryPage() {
  const { t } = useTranslation();
  const session = useSession();
  const taxonomy = useTaxonomy();
  const { filters, setFilter, setFilters, active } = useUrlFilters(toolFilterSchemas);
  const signedIn = session.status === 'signedIn';
  const moderator = signedIn && (session.user.role === 'moderator' || session.user.role === 'admin');
  const tools = useInfiniteQuery({
    ...toolsQueryOptions(filters, signedIn),
    enabled: session.status !== 'loading',
  });

  return (
    <>
      <div className="page-header-row">
        <PageHeader title={t('tools.title')} lead={t('tools.lead')} />
        <div className="cluster">
          {moderator && (
            <ButtonLink to="/tools/pending" variant="secondary">
              {t('tools.pendingLink')}
            </ButtonLink>
          )}
          {signedIn && <ButtonLink to="/tools/propose">{t('tools.propose')}</ButtonLink>}
        </div>
      </div>
      <div className="directory">
        <FilterBar
          id="tools"
          searchLabel={t('tools.searchLabel')}
          query={filters.q}
          onSearch={(q) => setFilter('q', q)}
          onClear={() => setFilters({})}
          active={active}
        >
          <FilterSelect
            id="tools-category"
            label={t('tools.category')}
            options={ToolCategory.options.map((category) => ({
              value: category,
              label: t(`tools.categories.${category}`),
            }))}
            value={filters.category}
            onChange={(category) => {
              const parsed = ToolCategory.safeParse(category);
              setFilter('category', parsed.success ? parsed.data : undefined);
            }}
          />
          <FilterSelect
            id="tools-price"
            label={t('tools.priceModel')}
            options={ToolPriceModel.options.map((price) => ({
              value: price,
              label: t(`tools.prices.${price}`),
            }))}
            value={filters.priceModel}
            onChange={(price) => {
              const parsed = ToolPriceModel.safeParse(price);
              setFilter('priceModel', parsed.success ? parsed.data : undefined);
            }}
          />
          <FilterSelect
            id="tools-language"
            label={t('filters.language')}
            options={taxonomy.options('languages')}
            value={filters.language}
            onChange={(language) => setFilter('language', language)}
          />
          {flags.map((flag) => (
            <CheckboxField
              key={flag}
              id={`tools-${flag}`}
              label={t(`tools.flags.${flag}`)}
              checked={filters[flag] === true}
              onChange={(checked) => setFilter(flag, checked ? true : undefined)}
            />
          ))}
        </FilterBar>
        <DirectoryResults
          id="tools"
          query={tools}
          itemKey={(tool) => tool.slug}
          renderItem={(tool) => <ToolCard tool={tool} />}
          emptyIcon="tool"
          emptyTitle={active ? t('tools.emptyFiltered') : t('tools.empty')}
          filtered={active}
          onClearFilters={() => setFilters({})}
        />
      </div>
    </>
  );
}
