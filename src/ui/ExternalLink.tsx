import type { ComponentChildren } from 'preact';

/** Links out of the extension always open in a new tab and never hand the opener over. */
export function ExternalLink({ href, children, class: className }: { href: string; children: ComponentChildren; class?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className}>
      {children}
    </a>
  );
}
