import { BRIDGE_GLOBAL, type BridgeApi } from '../../app/ipc/contract';

/** The Electron preload's bridge, or null in the web build. The only place that reads it. */
export function electronBridge(): BridgeApi | null {
  const candidate = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  return candidate && typeof candidate === 'object' ? (candidate as BridgeApi) : null;
}
