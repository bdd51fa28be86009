import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';

/** Prefecture names at points inside each prefecture; text only, never markup. */
export function LabelLayer({ labels }: { labels: readonly { id: string; text: string; at: [number, number] }[] }) {
  const map = useMap();
  useEffect(() => {
    const group = L.layerGroup().addTo(map);
    for (const label of labels) {
      const span = document.createElement('span');
      span.textContent = label.text;
      L.marker([label.at[1], label.at[0]], {
        icon: L.divIcon({ className: 'prefecture-label', html: span, iconSize: undefined }),
        interactive: false,
        keyboard: false,
      }).addTo(group);
    }
    return () => {
      group.remove();
    };
  }, [map, labels]);
  return null;
}
