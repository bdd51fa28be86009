import type { ReactNode } from 'react';
import { useT } from '@/components/use-t';
import type { Prefectures, Schools } from '@/data/domain';
import { filterSchools } from '@/data/derive/filter';
import type { Ownership, Tier } from '@/state/intent';
import { actions, useLang, useOwnership, usePrefecture, useSchoolType, useTier } from '@/state/store';

interface Option {
  value: string;
  label: string;
}

function FilterSelect({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: string;
  label: string;
  value: string | null;
  options: Option[];
  onChange: (v: string | null) => void;
}) {
  const t = useT();
  return (
    <label className="filter-select">
      <span>{label}</span>
      <select
        data-filter={name}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{t('filterAll')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Chip({ label, onRemove }: { label: string; onRemove: () => void }) {
  const t = useT();
  return (
    <li className="chip">
      {label}
      <button type="button" aria-label={t('removeFilter', { label })} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}

/** The active filters, what they leave, and the controls to change them. */
export function FilterBar({ schools, prefectures }: { schools: Schools; prefectures: Prefectures }) {
  const t = useT();
  const lang = useLang();
  const filters = {
    prefecture: usePrefecture(),
    tier: useTier(),
    ownership: useOwnership(),
    schoolType: useSchoolType(),
  };
  const left = filterSchools(schools.list, filters).length;

  const prefectureOptions = prefectures.list.map((p) => ({
    value: p.id,
    label: lang === 'zh' ? p.shortZh : p.shortEn,
  }));
  const tierOptions: Option[] = [
    { value: 'undergraduate', label: t('tierUndergraduate') },
    { value: 'junior-college', label: t('tierJuniorCollege') },
  ];
  const ownershipOptions: Option[] = [
    { value: 'public', label: t('ownershipPublic') },
    { value: 'private', label: t('ownershipPrivate') },
  ];
  const typeOptions = [...new Map(schools.list.map((s) => [s.typeId, lang === 'zh' ? s.typeZh : s.typeEn]))].map(
    ([value, label]) => ({ value, label }),
  );
  const labelOf = (options: Option[], value: string | null) =>
    options.find((o) => o.value === value)?.label ?? value ?? '';

  const chips: ReactNode[] = [];
  if (filters.prefecture)
    chips.push(
      <Chip
        key="p"
        label={`${t('filterPrefecture')}：${labelOf(prefectureOptions, filters.prefecture)}`}
        onRemove={actions.prefectureCleared}
      />,
    );
  if (filters.tier)
    chips.push(
      <Chip
        key="t"
        label={`${t('filterTier')}：${labelOf(tierOptions, filters.tier)}`}
        onRemove={() => actions.tierChosen(null)}
      />,
    );
  if (filters.ownership)
    chips.push(
      <Chip
        key="o"
        label={`${t('filterOwnership')}：${labelOf(ownershipOptions, filters.ownership)}`}
        onRemove={() => actions.ownershipChosen(null)}
      />,
    );
  if (filters.schoolType)
    chips.push(
      <Chip
        key="y"
        label={`${t('filterType')}：${labelOf(typeOptions, filters.schoolType)}`}
        onRemove={() => actions.schoolTypeChosen(null)}
      />,
    );

  return (
    <section className="filter-bar" aria-label={t('filtersLabel')}>
      <div className="filter-controls">
        <FilterSelect
          name="prefecture"
          label={t('filterPrefecture')}
          value={filters.prefecture}
          options={prefectureOptions}
          onChange={actions.prefectureChosen}
        />
        <FilterSelect
          name="tier"
          label={t('filterTier')}
          value={filters.tier}
          options={tierOptions}
          onChange={(v) => actions.tierChosen(v as Tier | null)}
        />
        <FilterSelect
          name="ownership"
          label={t('filterOwnership')}
          value={filters.ownership}
          options={ownershipOptions}
          onChange={(v) => actions.ownershipChosen(v as Ownership | null)}
        />
        <FilterSelect
          name="type"
          label={t('filterType')}
          value={filters.schoolType}
          options={typeOptions}
          onChange={actions.schoolTypeChosen}
        />
      </div>
      <div className="filter-summary">
        <output className="schools-left" aria-live="polite">
          {t('schoolsLeft', { count: left, total: schools.list.length })}
        </output>
        {chips.length > 0 ? <ul className="chips">{chips}</ul> : <span className="no-filters">{t('noFilters')}</span>}
        {chips.length > 0 && (
          <button type="button" className="clear-filters" onClick={actions.filtersCleared}>
            {t('clearFilters')}
          </button>
        )}
      </div>
    </section>
  );
}
