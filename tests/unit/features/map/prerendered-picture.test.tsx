import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MapPanel } from '@/features/map/MapPanel';
import { dropPrerenderedPicture, keepPrerenderedPicture, prerenderedPicture } from '@/features/map/prerendered-picture';
import { renderPanel } from '../../render-panel';

/** A root as the built page has it: the prerendered view, with the map's picture in it. */
function prerenderedRoot(): { root: HTMLElement; picture: HTMLElement } {
  const root = document.createElement('div');
  const view = document.createElement('div');
  view.setAttribute('data-prerender', '');
  const picture = document.createElement('div');
  picture.setAttribute('data-map-picture', '');
  picture.textContent = 'picture';
  view.append(picture);
  root.append(view);
  return { root, picture };
}

/** Every node added to the page while `run` ran, as the mutation records have them (removed again or not). */
function addedDuring(run: () => void): Node[] {
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { childList: true, subtree: true });
  try {
    run();
    return observer.takeRecords().flatMap((record) => [...record.addedNodes]);
  } finally {
    observer.disconnect();
  }
}

afterEach(() => {
  dropPrerenderedPicture();
  document.documentElement.removeAttribute('data-prerender-stale');
});

describe('the prerendered map picture', () => {
  it('is kept from the prerendered view, unless the guard marked that view stale or there is none', () => {
    const { root, picture } = prerenderedRoot();
    keepPrerenderedPicture(root);
    expect(prerenderedPicture()).toBe(picture);
    dropPrerenderedPicture();
    expect(prerenderedPicture()).toBeNull();

    document.documentElement.setAttribute('data-prerender-stale', '');
    keepPrerenderedPicture(prerenderedRoot().root);
    expect(prerenderedPicture()).toBeNull();
    document.documentElement.removeAttribute('data-prerender-stale');

    keepPrerenderedPicture(document.createElement('div'));
    expect(prerenderedPicture()).toBeNull();
  });

  it('stays in the map’s place until Leaflet has drawn, then goes and the live map shows', () => {
    const { root, picture } = prerenderedRoot();
    keepPrerenderedPicture(root);
    const added = addedDuring(() => renderPanel(<MapPanel />));
    // Put back on the page (into a slot in the map's frame) while the live map was out of sight.
    expect(added).toContain(picture);
    expect(picture.isConnected).toBe(false);
    expect(prerenderedPicture()).toBeNull();
    const stage = screen.getByRole('region', { name: /^甘肃省各市（州）地图/ });
    expect(stage).not.toHaveAttribute('data-pending');
    expect(stage.querySelectorAll('[data-prefecture]')).toHaveLength(14);
  });

  it('is not asked for when the page had none: the live map is never held back', () => {
    const added = addedDuring(() => renderPanel(<MapPanel />));
    expect(added.filter((node) => node instanceof Element && node.querySelector('.map-picture-slot'))).toEqual([]);
    expect(added.filter((node) => node instanceof Element && node.querySelector('.map-stage[data-pending]'))).toEqual(
      [],
    );
    expect(screen.getByRole('region', { name: /^甘肃省各市（州）地图/ })).not.toHaveAttribute('data-pending');
  });
});
