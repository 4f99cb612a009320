import { protocol } from 'electron';
import type { Service } from '../services/service';
import { APP_SCHEME } from './appOrigin';
import { createAppProtocolHandler } from './appProtocolHandler';

/** Serves `app://margin/…` from the built renderer folder (on the default session). */
export function createAppProtocolService(rendererDir: string): Service {
  return {
    start() {
      protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
    },
    dispose() {
      protocol.unhandle(APP_SCHEME);
    },
  };
}
