import { useId, useState } from 'react';
import { useT } from '@/components/use-t';
import { pick } from '@/lib/i18n';
import { shellMessages } from './messages';
import type { Prefectures, Schools } from '@/data/domain';
import { filterSchools } from '@/data/derive/filter';
import { isOneOf, OWNERSHIPS, PREFECTURE_IDS, SCHOOL_TYPE_IDS, TIERS } from '@/state/vocabulary';
import { actions, useLang, useOwnership, usePrefecture, useSchoolType, useTier } from '@/state/store';

interface Option {
  value: string;
  label: string;
}

/** A select over one vocabulary of the intent: what it hands on is a word of that vocabulary or null. */
function FilterSelect<T extends string>({
  name,
  label,
  value,
  options,
  vocabulary,
  onChange,
}: {
  name: string;
  label: string;
  value: T | null;
  options: Option[];
  vocabulary: readonly T[];
  onChange: (v: T | null) => void;
}) {
  const t = useT();
  return (
    <label className="filter-select">
      <span>{label}</span>
      <select
        data-filter={name}
        value={value ?? ''}
        onChange={(e) => onChange(isOneOf(vocabulary, e.target.value) ? e.target.value : null)}
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
  const s = useT(shellMessages);
  const lang = useLang();
  const [sheetOpen, setSheetOpen] = useState(false);
  const controlsId = useId();
  const filters = {
    prefecture: usePrefecture(),
    tier: useTier(),
    ownership: useOwnership(),
    schoolType: useSchoolType(),
  };
  const left = filterSchools(schools.list, filters).length;

  const prefectureOptions = prefectures.list.map((p) => ({ value: p.id, label: pick(lang, p, 'short') }));
  const tierOptions: Option[] = [
    { value: 'undergraduate', label: t('tierUndergraduate') },
    { value: 'junior-college', label: t('tierJuniorCollege') },
  ];
  const ownershipOptions: Option[] = [
    { value: 'public', label: t('ownershipPublic') },
    { value: 'private', label: t('ownershipPrivate') },
  ];
  const typeOptions = [...new Map(schools.list.map((s) => [s.typeId, pick(lang, s, 'type')]))].map(
    ([value, label]) => ({ value, label }),
  );
  const labelOf = (options: Option[], value: string | null) =>
    options.find((o) => o.value === value)?.label ?? value ?? '';

  const active = [
    {
      key: 'prefecture',
      name: t('filterPrefecture'),
      value: labelOf(prefectureOptions, filters.prefecture),
      on: !!filters.prefecture,
      clear: actions.prefectureCleared,
    },
    {
      key: 'tier',
      name: t('filterTier'),
      value: labelOf(tierOptions, filters.tier),
      on: !!filters.tier,
      clear: () => actions.tierChosen(null),
    },
    {
      key: 'ownership',
      name: t('filterOwnership'),
      value: labelOf(ownershipOptions, filters.ownership),
      on: !!filters.ownership,
      clear: () => actions.ownershipChosen(null),
    },
    {
      key: 'type',
      name: t('filterType'),
      value: labelOf(typeOptions, filters.schoolType),
      on: !!filters.schoolType,
      clear: () => actions.schoolTypeChosen(null),
    },
  ].filter((f) => f.on);

  return (
    <section className="filter-bar" aria-label={t('filtersLabel')} data-open={sheetOpen}>
      {/* On a phone the controls fold into a sheet behind this button; the chips stay in view. */}
      <button
        type="button"
        className="filter-sheet-toggle"
        aria-expanded={sheetOpen}
        aria-controls={controlsId}
        onClick={() => setSheetOpen((o) => !o)}
      >
        {sheetOpen ? s('filtersDone') : s('filtersButton', { count: active.length })}
      </button>
      <div className="filter-controls" id={controlsId}>
        <FilterSelect
          name="prefecture"
          label={t('filterPrefecture')}
          value={filters.prefecture}
          options={prefectureOptions}
          vocabulary={PREFECTURE_IDS}
          onChange={actions.prefectureChosen}
        />
        <FilterSelect
          name="tier"
          label={t('filterTier')}
          value={filters.tier}
          options={tierOptions}
          vocabulary={TIERS}
          onChange={actions.tierChosen}
        />
        <FilterSelect
          name="ownership"
          label={t('filterOwnership')}
          value={filters.ownership}
          options={ownershipOptions}
          vocabulary={OWNERSHIPS}
          onChange={actions.ownershipChosen}
        />
        <FilterSelect
          name="type"
          label={t('filterType')}
          value={filters.schoolType}
          options={typeOptions}
          vocabulary={SCHOOL_TYPE_IDS}
          onChange={actions.schoolTypeChosen}
        />
      </div>
      <div className="filter-summary">
        <output className="schools-left" aria-live="polite">
          {t('schoolsLeft', { count: left, total: schools.list.length })}
        </output>
        {active.length > 0 ? (
          <ul className="chips">
            {active.map((f) => (
              <Chip key={f.key} label={t('chipLabel', { name: f.name, value: f.value })} onRemove={f.clear} />
            ))}
          </ul>
        ) : (
          <span className="no-filters">{t('noFilters')}</span>
        )}
        {active.length > 0 && (
          <button type="button" className="clear-filters" onClick={actions.filtersCleared}>
            {t('clearFilters')}
          </button>
        )}
      </div>
    </section>
  );
}
