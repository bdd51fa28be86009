import { useT } from '@/components/use-t';
import { KIND_LABEL, notesMessages } from './messages';
import { NOTE_KINDS, type KindFilter as Filter, type NoteKind } from './kinds';

interface Props {
  value: Filter;
  counts: Record<NoteKind, number>;
  total: number;
  onChange: (filter: Filter) => void;
}

/** Radio buttons: every note, or only contradictions, different definitions or questions. */
export function KindFilter({ value, counts, total, onChange }: Props) {
  const t = useT(notesMessages);
  const options: { id: Filter; label: string }[] = [
    { id: 'all', label: t('filterAll', { count: total }) },
    ...NOTE_KINDS.map((kind) => ({
      id: kind,
      label: t('filterKind', { kind: t(KIND_LABEL[kind]), count: counts[kind] }),
    })),
  ];
  return (
    <fieldset className="note-filter">
      <legend>{t('filterLegend')}</legend>
      {options.map((o) => (
        <label key={o.id} className={value === o.id ? 'selected' : undefined}>
          <input
            type="radio"
            name="data-note-kind"
            value={o.id}
            checked={value === o.id}
            onChange={() => onChange(o.id)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
