import './profile.css';
import { useRef } from 'react';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { useT } from '@/components/use-t';
import { useSchoolFigures, useSchools } from '@/data/queries';
import { usePrinting } from '@/state/printing';
import { useSchool } from '@/state/store';
import { profileMessages } from './messages';
import { SchoolProfile } from './SchoolProfile';
import { SchoolSearch } from './SchoolSearch';
import { useScrollIntoView } from './use-scroll-into-view';

/**
 * 学校概况: find a school by any name the report uses, then everything the report says of it. With
 * no school open it renders only the search box, so that its first render stays cheap.
 */
export function ProfilePanel() {
  const t = useT(profileMessages);
  const schools = useSchools();
  const figures = useSchoolFigures();
  const school = useSchool();
  const printing = usePrinting();
  const top = useRef<HTMLDivElement>(null);
  useScrollIntoView(top, schools.data && school ? school : null, printing);
  return (
    <Panel id="profile" title={t('title')}>
      <div ref={top} className="profile-top">
        <QueryState queries={[schools]} what={t('title')}>
          {(s) => (
            <>
              <SchoolSearch schools={s.list} />
              {school === null ? (
                <p className="empty-state">{t('empty')}</p>
              ) : (
                <SchoolProfile id={school} schools={s} figures={figures} />
              )}
            </>
          )}
        </QueryState>
      </div>
    </Panel>
  );
}
