/** Date bounds of API filters: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' turned into whole days. */

/** First day of a 'YYYY[-MM[-DD]]' bound. */
export function firstDay(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

/** Last day of a 'YYYY[-MM[-DD]]' bound. */
export function lastDay(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${d}-${String(last).padStart(2, '0')}`;
  }
  return d;
}
