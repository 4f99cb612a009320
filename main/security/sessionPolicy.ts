import type { Session } from 'electron';
import { isPermissionGranted } from './permissionPolicy';
import { isRequestAllowed, REQUEST_FILTER_URLS } from './requestPolicy';

/**
 * Applies the network and permission policy to a session: every request outside the allowed
 * schemes is cancelled, every permission request and check is denied. Returns the undo.
 */
export function applySessionPolicy(session: Session): () => void {
  session.webRequest.onBeforeRequest({ urls: [...REQUEST_FILTER_URLS] }, (details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  return () => {
    session.webRequest.onBeforeRequest(null);
    session.setPermissionRequestHandler(null);
    session.setPermissionCheckHandler(null);
  };
}
