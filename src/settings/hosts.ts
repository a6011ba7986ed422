/**
 * Host lists from the settings (excludedHosts, extraHosts): an entry covers the host
 * itself and every subdomain, so `example.com` also covers `shop.example.com` but not
 * `badexample.com`.
 */
export function hostMatches(hostname: string, entry: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === entry || host.endsWith(`.${entry}`);
}

export function hostInList(hostname: string, entries: readonly string[]): boolean {
  return entries.some((entry) => hostMatches(hostname, entry));
}
