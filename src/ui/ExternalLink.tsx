import type { ComponentChildren } from 'preact';

/** Links out of the extension always open in a new tab and never hand the opener over. */
export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
