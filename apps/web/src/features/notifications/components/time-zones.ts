/** The device's own IANA time zone, when the browser says it. */
export function deviceTimeZone(): string | null {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
}

/**
 * The IANA time zones a digest can be sent in, as the browser knows them, with UTC and the
 * given ones (the saved zone, the device's) added when the browser's list lacks them.
 */
export function timeZoneOptions(...keep: (string | null)[]): { value: string; label: string }[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = new Set(known);
  for (const zone of ['UTC', ...keep]) if (zone) zones.add(zone);
  return [...zones]
    .sort((a, b) => a.localeCompare(b))
    .map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}
