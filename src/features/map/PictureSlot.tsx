import { useLayoutEffect, useRef } from 'react';

/**
 * Holds the prerendered page's map picture (a node the app did not make: prerendered-picture.ts)
 * in the map's place, from the app's first commit until Leaflet has drawn: put back before that
 * commit is painted, it leaves no frame without a map.
 */
export function PictureSlot({ picture }: { picture: Element }) {
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    slot.current?.appendChild(picture);
  }, [picture]);
  return <div ref={slot} className="map-picture-slot" />;
}
