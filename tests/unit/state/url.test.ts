import { describe, expect, it } from 'vitest';
import { defaultIntent, type Intent } from '@/state/intent';
import { dropUnknownNote, dropUnknownSchools, parseIntent, serializeIntent } from '@/state/url';

const everything: Intent = {
  prefecture: 'jiuquan',
  tier: 'junior-college',
  ownership: 'private',
  schoolType: 'science-engineering',
  school: 'jiuquan',
  compared: ['lz-petrochemical', 'jiuquan'],
  benchmarks: ['province', 'peers'],
  metric: 'graduates',
  tab: 'resources',
  tables: ['per-school', 'by-tier'],
  expanded: ['per-school'],
  note: 'graduate-survey',
  lang: 'en',
};

describe('URL of the shareable state', () => {
  it('round-trips every field', () => {
    const { intent, dropped } = parseIntent(serializeIntent(everything));
    expect(intent).toEqual(everything);
    expect(dropped).toEqual([]);
  });

  it('writes nothing for the defaults and only what differs otherwise', () => {
    expect(serializeIntent(defaultIntent)).toBe('');
    expect(serializeIntent({ ...defaultIntent, prefecture: 'lanzhou' })).toBe('?prefecture=lanzhou');
    expect(serializeIntent({ ...defaultIntent, compared: ['a-b', 'c'] })).toBe('?compare=a-b,c');
  });

  it('drops unknown parameters and invalid values, keeping the valid ones', () => {
    const { intent, dropped } = parseIntent(
      '?prefecture=atlantis&tier=junior-college&ownership=%3Cscript%3E&utm=x&metric=height',
    );
    expect(intent).toEqual({ ...defaultIntent, tier: 'junior-college' });
    expect(dropped).toEqual(
      expect.arrayContaining([
        { param: 'prefecture', value: 'atlantis' },
        { param: 'ownership', value: '<script>' },
        { param: 'utm', value: 'x' },
        { param: 'metric', value: 'height' },
      ]),
    );
    expect(dropped).toHaveLength(4);
  });

  it('keeps at most four distinct compared schools and drops malformed ids', () => {
    const { intent, dropped } = parseIntent('?compare=a,a,B!,b,c,d,e');
    expect(intent.compared).toEqual(['a', 'b', 'c', 'd']);
    expect(dropped.map((d) => d.value)).toEqual(['a', 'B!', 'e']);
  });

  it('drops unknown tabs, benchmarks and malformed view ids, keeping each valid one once', () => {
    const { intent, dropped } = parseIntent(
      '?tab=gossip&benchmark=province,moon,province&table=per-school,Bad!&all=x&note=%3Cb%3E',
    );
    expect(intent).toMatchObject({
      tab: 'schools',
      benchmarks: ['province'],
      tables: ['per-school'],
      expanded: ['x'],
      note: null,
    });
    expect(dropped).toEqual([
      { param: 'tab', value: 'gossip' },
      { param: 'note', value: '<b>' },
      { param: 'benchmark', value: 'moon' },
      { param: 'benchmark', value: 'province' },
      { param: 'table', value: 'Bad!' },
    ]);
  });

  it('drops a profiled school and a data note the data does not have', () => {
    const schools = dropUnknownSchools({ ...defaultIntent, school: 'hogwarts' }, new Set(['jiuquan']));
    expect(schools.intent.school).toBeNull();
    expect(schools.dropped).toEqual([{ param: 'school', value: 'hogwarts' }]);
    expect(dropUnknownSchools({ ...defaultIntent, school: 'jiuquan' }, new Set(['jiuquan'])).dropped).toEqual([]);
    const note = dropUnknownNote({ ...defaultIntent, note: 'no-such-note' }, new Set(['graduate-survey']));
    expect(note.intent.note).toBeNull();
    expect(note.dropped).toEqual([{ param: 'note', value: 'no-such-note' }]);
  });

  it('drops compared schools the data does not have', () => {
    const result = dropUnknownSchools({ ...defaultIntent, compared: ['jiuquan', 'hogwarts'] }, new Set(['jiuquan']));
    expect(result.intent.compared).toEqual(['jiuquan']);
    expect(result.dropped).toEqual([{ param: 'compare', value: 'hogwarts' }]);
  });
});
