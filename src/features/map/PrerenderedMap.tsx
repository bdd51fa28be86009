import { useMemo } from 'react';
import type { ComponentProps } from 'react';
import type { LiveMap } from './LiveMap';
import { mapPicture } from './map-picture';
import { MapPicture } from './MapPicture';

/**
 * LiveMap's stand-in when the first view is rendered to HTML at build time (the prerender plugin
 * puts it in place of ./LiveMap, since Leaflet needs a browser): the map's picture, which the page
 * paints until the app's Leaflet map has drawn the same prefectures in the same places.
 */
export function PrerenderedMap({
  boundaries,
  views,
  labels,
  markers,
  visible,
  selected,
  label,
}: ComponentProps<typeof LiveMap>) {
  const picture = useMemo(() => mapPicture(boundaries.shapes, labels, markers), [boundaries, labels, markers]);
  return (
    <MapPicture picture={picture} views={views} markers={markers} visible={visible} selected={selected} label={label} />
  );
}

export { PrerenderedMap as LiveMap };
