/** A file name from the symbol (the same in every language) or the title, and the language: "FS-2025-KEN-RH-R.1_ar.pdf". */
export function reportFileName(printed: { title: string; symbol: string }, language: string): string {
  const base = (printed.symbol || printed.title)
    // Letters with accents keep their letter ("Côte" → "Cote"); anything else not plain becomes a dash.
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 120);
  return `${base || 'report'}_${language}.pdf`;
}
