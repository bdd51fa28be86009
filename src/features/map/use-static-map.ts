import { useEffect, useState } from 'react';

type StaticMapModule = typeof import('./StaticMap');

let loaded: StaticMapModule | null = null;

/**
 * The static map's module, loaded the first time the page is printed (it is for paper only, so
 * the first view does not carry it). Until it has arrived the live map stays and a `.loading` mark
 * is on the page, which the Print button waits for before it opens the print dialog.
 */
export function useStaticMap(printing: boolean): StaticMapModule | null {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (!printing || module) return;
    let current = true;
    void import('./StaticMap').then((m) => {
      loaded = m;
      if (current) setModule(m);
    });
    return () => {
      current = false;
    };
  }, [printing, module]);
  return module;
}
