/**
 * Makes a Leaflet SVG path a keyboard button: focusable, announced as a button, Enter or Space
 * activates it, and focus and blur behave like hover.
 */
export function makeKeyboardButton(
  element: Element,
  attributes: Record<string, string>,
  handlers: { activate: () => void; focus: () => void; blur: () => void },
): void {
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.addEventListener('keydown', (event: Event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      handlers.activate();
    }
  });
  element.addEventListener('focus', handlers.focus);
  element.addEventListener('blur', handlers.blur);
}
