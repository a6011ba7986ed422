/**
 * chrome.i18n's message format, for strings the extension carries itself: `$NAME$`
 * placeholders (any case) whose `content` holds `$1`…`$9` for the substitutions, and `$$`
 * for a dollar sign.
 */
export interface MessageEntry {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

export function formatMessage(entry: MessageEntry, substitutions: string | readonly string[] = []): string {
  const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const fill = (text: string): string => text.replace(/\$(\d)/g, (_match, index: string) => values[Number(index) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_match, name: string) => fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''))
    .replace(/\$\$/g, '$');
}
