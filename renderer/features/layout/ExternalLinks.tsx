import { useEffect, useState } from 'react';
import { electronBridge } from '../../platform/bridge';
import { Dialog } from '../../ui/Dialog';
import { toast } from '../../ui/Toast';

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
 * address open: on the web in a new tab with no opener and no referrer, after this dialog; in the
 * desktop app in the system browser, after a native dialog in the main process (`links:open`).
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
      // The desktop app asks in a native dialog, which page content cannot forge or click.
      const bridge = electronBridge();
      if (bridge) {
        bridge.openLink({ url: link.href }).catch((error: unknown) => {
          toast.error(`The link could not be opened: ${error instanceof Error ? error.message : String(error)}. Copy the address into your browser instead.`);
        });
      } else {
        setPending(link.href);
      }
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
  const open = () => {
    setPending(null);
    window.open(pending, '_blank', 'noopener,noreferrer');
  };
  return (
    <Dialog
      title="Open this link in your browser?"
      onClose={() => setPending(null)}
      className="link-dialog"
      focusClose
      actions={
        <button type="button" className="primary" onClick={open}>
          Open in browser
        </button>
      }
    >
      <p className="link-address">{pending}</p>
      <p>It opens in a new tab, outside your notebook. The page will not learn where the link came from.</p>
    </Dialog>
  );
}
