import type { ComponentChildren } from 'preact';
import { t } from '../platform/browser';

/**
 * Links out of the extension always open in a new tab and never hand the opener over;
 * screen readers are told about the new tab.
 */
export function ExternalLink({ href, children, class: className }: { href: string; children: ComponentChildren; class?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className}>
      {children}
      <span class="visually-hidden"> {t('popupOpensInNewTab')}</span>
    </a>
  );
}
