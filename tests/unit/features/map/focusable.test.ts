import { describe, expect, it } from 'vitest';
import { makeKeyboardButton } from '@/features/map/focusable';

function path() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  svg.appendChild(p);
  document.body.appendChild(svg);
  return p;
}

describe('a map shape as a keyboard button', () => {
  it('is focusable, announced as a button and carries its attributes', () => {
    const p = path();
    makeKeyboardButton(
      p,
      { 'aria-label': '酒泉市：12,997 人', 'data-prefecture': 'jiuquan' },
      {
        activate: () => {},
        focus: () => {},
        blur: () => {},
      },
    );
    expect(p.getAttribute('tabindex')).toBe('0');
    expect(p.getAttribute('role')).toBe('button');
    expect(p.getAttribute('aria-label')).toBe('酒泉市：12,997 人');
    expect(p.getAttribute('data-prefecture')).toBe('jiuquan');
  });

  it('activates on Enter and Space only, and the key goes no further', () => {
    const p = path();
    const done: string[] = [];
    makeKeyboardButton(p, {}, { activate: () => done.push('activate'), focus: () => {}, blur: () => {} });
    let reachedPage = 0;
    document.body.addEventListener('keydown', () => reachedPage++);
    for (const key of ['Enter', ' ', 'a', 'Escape']) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      p.dispatchEvent(event);
      expect(event.defaultPrevented, key).toBe(key === 'Enter' || key === ' ');
    }
    expect(done).toEqual(['activate', 'activate']);
    // Esc and other keys still reach the page (Esc clears the prefecture there).
    expect(reachedPage).toBe(2);
  });

  it('treats focus and blur as hover', () => {
    const p = path();
    const seen: string[] = [];
    makeKeyboardButton(p, {}, { activate: () => {}, focus: () => seen.push('focus'), blur: () => seen.push('blur') });
    p.dispatchEvent(new FocusEvent('focus'));
    p.dispatchEvent(new FocusEvent('blur'));
    expect(seen).toEqual(['focus', 'blur']);
  });
});
