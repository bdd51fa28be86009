/**
 * Prints the profile alone: the page is marked so that the print stylesheet (profile.css) leaves
 * out every other panel, and unmarked once the browser has printed. The header's 打印 still prints
 * the whole dashboard.
 */
export function printProfile(): void {
  const root = document.documentElement;
  root.dataset.printOnly = 'profile';
  const done = () => {
    delete root.dataset.printOnly;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
