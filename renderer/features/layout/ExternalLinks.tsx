import { useEffect, useState } from 'react';
import { electronBridge } from '../../platform/bridge';
import { Dialog } from '../../ui/Dialog';

/** True for addresses that lead out of the app: web pages and mail. */
export function isExternalHref(href: string, appOrigin: string): boolean {
  try {
    const url = new URL(href, appOrigin);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) && url.origin !== appOrigin;
  } catch {
    return false;
  }
}

/**
 * Links never navigate the app. A click (or Enter) on any link out of the app — a source's URL,
 * a link inside imported text — is stopped and asks first; only after "Open in browser" does the
 * address open: in a new browser tab with no opener and no referrer on the web, in the system
 * browser in the desktop app.
 */
export function ExternalLinks() {
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
      if (!isExternalHref(link.href, location.origin)) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(link.href);
    };
    // Capture: decided before any other handler, and for middle clicks (auxclick) too.
    document.addEventListener('click', onClick, true);
    document.addEventListener('auxclick', onClick, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('auxclick', onClick, true);
    };
  }, []);

  if (!pending) return null;
  const inElectron = electronBridge() !== null;
  const open = () => {
    setPending(null);
    if (!inElectron) window.open(pending, '_blank', 'noopener,noreferrer');
  };
  return (
    <Dialog
      title="Open this link in your browser?"
      onClose={() => setPending(null)}
      className="link-dialog"
      focusClose
      actions={
        inElectron ? null : (
          <button type="button" className="primary" onClick={open}>
            Open in browser
          </button>
        )
      }
    >
      <p className="link-address">{pending}</p>
      {inElectron ? (
        <p>
          Margin does not open web pages itself, and this version cannot hand links to your browser yet. Copy the address
          (select it, then Ctrl+C) and paste it into your browser.
        </p>
      ) : (
        <p>It opens in a new tab, outside your notebook. The page will not learn where the link came from.</p>
      )}
    </Dialog>
  );
}
