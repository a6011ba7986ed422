import type { Evidence } from '../../detect/types';
import type { UiText } from './text';

/** The i18n key that describes a detector signal in plain words (signals are machine names, see detect/types.ts). */
export function evidenceKey(signal: string): string {
  if (/storefront|store-host/.test(signal)) return 'noticeEvidenceStore';
  if (/cart/.test(signal)) return 'noticeEvidenceCart';
  if (/brand|byline|manufacturer/.test(signal)) return 'noticeEvidenceBrand';
  if (/part-number|sku|mpn/.test(signal)) return 'noticeEvidencePartNumber';
  if (/title|name/.test(signal)) return 'noticeEvidenceName';
  if (/url|path/.test(signal)) return 'noticeEvidenceAddress';
  return 'noticeEvidenceOther';
}

/** "the brand listed for this product, the product name" — each kind of evidence once, strongest first. */
export function describeEvidence(evidence: readonly Evidence[], text: UiText): string {
  const ordered = [...evidence].sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1));
  const keys = [...new Set(ordered.map((e) => evidenceKey(e.signal)))];
  const labels = (keys.length > 0 ? keys : ['noticeEvidenceOther']).map((key) => text.t(key));
  return joinList(labels, text);
}

/**
 * "a", "a and b", "a, b, and c" in the UI language, from its messages: a content script's
 * first Intl.ListFormat costs over 10 ms of the page's main thread (npm run bench).
 */
export function joinList(items: readonly string[], text: UiText): string {
  if (items.length <= 1) return items[0] ?? '';
  const pair = text.t('listPairSeparator');
  const last = text.t('listLastSeparator');
  if (!pair || !last) return new Intl.ListFormat(text.locale, { style: 'long', type: 'conjunction' }).format(items);
  if (items.length === 2) return `${items[0]}${pair}${items[1]}`;
  return `${items.slice(0, -1).join(', ')}${last}${items.at(-1)}`;
}
