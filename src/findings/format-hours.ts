/** A number of hours as a reader would say it: "12 hours", "2 days", "3 weeks". */
export function formatHours(hours: number): string {
  if (hours >= 24 * 14 && hours % (24 * 7) === 0) return plural(hours / (24 * 7), 'week');
  if (hours >= 48 && hours % 24 === 0) return plural(hours / 24, 'day');
  return plural(hours, 'hour');
}

/** A window of hours in words: "up to 3 hours", "12 hours or more", "12 to 24 hours", "2 to 7 days". */
export function formatWindow(fromHours: number | null, toHours: number | null): string {
  const from = fromHours ?? 0;
  if (toHours === null) return from === 0 ? 'any time' : `${formatHours(from)} or more`;
  if (from === 0) return `up to ${formatHours(toHours)}`;
  if (from === toHours) return formatHours(from);
  const [low, high] = [formatHours(from), formatHours(toHours)];
  const lowUnit = low.split(' ')[1]!.replace(/s$/u, '');
  const highUnit = high.split(' ')[1]!.replace(/s$/u, '');
  return lowUnit === highUnit ? `${low.split(' ')[0]} to ${high}` : `${low} to ${high}`;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
