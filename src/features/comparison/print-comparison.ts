/**
 * Prints the comparison alone: the page is marked so that the print stylesheet (comparison.css)
 * leaves out every other panel, and unmarked once the browser has printed. The header's 打印 still
 * prints the whole dashboard, the comparison in it.
 */
export function printComparison(): void {
  const root = document.documentElement;
  root.dataset.printOnly = 'compare';
  const done = () => {
    delete root.dataset.printOnly;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
