/** A displayed number ("12,997", "91.38%") back to a number for CSV/XLSX; other text stays text. */
export function cellValue(text: string | undefined, numeric: boolean): string | number | null {
  if (text === undefined) return null;
  if (!numeric) return text;
  const plain = text.replace(/[,\s]/g, '').replace(/%$/, '');
  return plain !== '' && Number.isFinite(Number(plain)) ? Number(plain) : text;
}
