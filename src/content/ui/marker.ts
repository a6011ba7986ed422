import { el, warningIcon } from './dom';
import { banDates, type UiText } from './text';

/** The small per-tile marker on a search results page: no notice, no confirmation. */
export function mountListingMarker(root: ShadowRoot | HTMLElement, text: UiText): void {
  const [sales] = banDates(text);
  const description = text.t('listingMarkerDescription', [sales]);
  root.append(
    el('div', { className: 'root' }, [
      el('span', { className: 'marker', attrs: { title: description, lang: text.locale } }, [
        warningIcon('icon'),
        el('span', { text: text.t('listingMarker') }),
        el('span', { className: 'sr-only', text: description }),
      ]),
    ]),
  );
}
