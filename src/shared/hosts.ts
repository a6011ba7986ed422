/**
 * Host lists — the retailer adapters' domains, Kaspersky's storefronts, the settings'
 * `excludedHosts` and `extraHosts`, dismissed sites: an entry covers the host itself and
 * every subdomain, so `example.com` also covers `shop.example.com` but not `badexample.com`.
 */
export function hostInList(hostname: string, entries: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return entries.some((entry) => host === entry || host.endsWith(`.${entry}`));
}
