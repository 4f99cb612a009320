import type { OpenFilesRequest, OpenLinkRequest, SaveFileRequest } from '../../app/ipc/contract';

// Arguments that arrive over IPC come from the renderer, which shows untrusted imported text:
// they are checked here, field by field, before anything touches a dialog or the disk. A request
// that does not fit is refused with a TypeError that says which field was wrong.

/** Largest file the bridge will save: far above any memo, low enough to refuse a runaway. */
export const MAX_SAVE_BYTES = 256 * 1024 * 1024;

const EXTENSION = /^[A-Za-z0-9]{1,16}$/;
// A suggested name must not steer the dialog into another folder: no separator of any platform we
// ship on, no control characters. Other characters are the save dialog's business.
const PATH_SEPARATOR = /[/\\]/;

function hasControlCharacter(text: string): boolean {
  return [...text].some((character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function string(value: unknown, field: string, maxLength: number): string {
  if (typeof value !== 'string' || value.length > maxLength) {
    throw new TypeError(`${field} must be a string of at most ${maxLength} characters`);
  }
  return value;
}

function extensions(value: unknown): readonly string[] {
  if (
    !Array.isArray(value) ||
    value.length > 32 ||
    !value.every((item) => typeof item === 'string' && EXTENSION.test(item))
  ) {
    throw new TypeError(
      'extensions must be a list of at most 32 file name extensions (letters and digits, no dot)',
    );
  }
  return [...(value as string[])];
}

function fileName(value: unknown): string {
  const name = string(value, 'suggestedName', 255).trim();
  if (
    name === '' ||
    name === '.' ||
    name === '..' ||
    PATH_SEPARATOR.test(name) ||
    hasControlCharacter(name)
  ) {
    throw new TypeError('suggestedName must be a plain file name, without folders');
  }
  return name;
}

/** Checks a `files:open` request that came over IPC. */
export function parseOpenFilesRequest(value: unknown): OpenFilesRequest {
  if (!isRecord(value)) throw new TypeError('files:open expects a request object');
  if (typeof value.multiple !== 'boolean') throw new TypeError('multiple must be a boolean');
  return {
    title: string(value.title, 'title', 200),
    multiple: value.multiple,
    extensions: extensions(value.extensions),
  };
}

/** Checks a `files:save` request that came over IPC. */
export function parseSaveFileRequest(value: unknown): SaveFileRequest {
  if (!isRecord(value)) throw new TypeError('files:save expects a request object');
  if (!(value.bytes instanceof Uint8Array)) throw new TypeError('bytes must be a Uint8Array');
  if (value.bytes.byteLength > MAX_SAVE_BYTES)
    throw new TypeError(`bytes must be at most ${MAX_SAVE_BYTES} bytes`);
  return {
    suggestedName: fileName(value.suggestedName),
    bytes: value.bytes,
    extensions: extensions(value.extensions),
  };
}

/** Longest address `links:open` accepts: far above real article URLs, low enough to show whole. */
export const MAX_LINK_LENGTH = 2048;
const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/**
 * Checks a `links:open` request: one absolute http, https or mailto address, without user name
 * or password (a `https://bank.example@evil.example/` disguise), returned normalized. Anything
 * else — file:, javascript:, custom schemes that launch other programs — is refused.
 */
export function parseOpenLinkRequest(value: unknown): OpenLinkRequest {
  if (!isRecord(value)) throw new TypeError('links:open expects a request object');
  const text = string(value.url, 'url', MAX_LINK_LENGTH);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TypeError('url must be an absolute address');
  }
  if (!LINK_PROTOCOLS.includes(url.protocol)) throw new TypeError('url must be an http, https or mailto address');
  if (url.username || url.password) throw new TypeError('url must not carry a user name or password');
  if (hasControlCharacter(url.href)) throw new TypeError('url must not contain control characters');
  return { url: url.href };
}
