import type { ReactNode } from 'react';

/** Addresses shown as links: the web and mail. Anything else (javascript:, file:) stays text. */
const LINKABLE = /^(https?:|mailto:)/i;

/**
 * A link out of the app (a source's URL). It is a real link — screen readers announce it, it can
 * be copied — but the app never follows it directly: ExternalLinks (mounted once by the shell)
 * stops the click and asks first, and opens it outside the app only when the analyst says so.
 */
export function ExternalLink({ href, children, className }: { readonly href: string; readonly children?: ReactNode; readonly className?: string }) {
  if (!LINKABLE.test(href.trim())) return <span className={className}>{children ?? href}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children ?? href}
    </a>
  );
}
