/**
 * The one contract between the renderer and the Electron main process. Main registers a handler
 * for every channel (`domain:verb`); the preload exposes one named method per channel; the
 * compiler checks both sides against these types.
 */

import { COMMAND_IDS, type CommandId } from '../commands/commands';

/** A file the user picked, read whole by the main process. */
export interface OpenedFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface OpenFilesRequest {
  /** Dialog title, e.g. "Import sources". */
  readonly title: string;
  readonly multiple: boolean;
  /** File name extensions without the dot, e.g. `['txt', 'html', 'md']`; empty means any. */
  readonly extensions: readonly string[];
}

export interface SaveFileRequest {
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
  /** Extensions offered in the save dialog's filter, without the dot. */
  readonly extensions: readonly string[];
}

/** `saved: false` means the user cancelled the dialog; nothing was written. */
export type SaveFileResult =
  { readonly saved: true; readonly path: string } | { readonly saved: false };

/** Channel → handler signature, as main implements it. */
export interface FilesContract {
  'files:open': (request: OpenFilesRequest) => Promise<readonly OpenedFile[]>;
  'files:save': (request: SaveFileRequest) => Promise<SaveFileResult>;
}

/** A link out of the app (a source's URL): http, https or mailto only. */
export interface OpenLinkRequest {
  readonly url: string;
}

/** `opened: false` means the analyst said no in the confirmation; nothing was opened. */
export interface OpenLinkResult {
  readonly opened: boolean;
}

/**
 * Links never open inside the app. `links:open` asks the analyst in a native dialog (which page
 * content cannot forge or skip) and only then hands the address to the system browser.
 */
export interface LinksContract {
  'links:open': (request: OpenLinkRequest) => Promise<OpenLinkResult>;
}

/** Every channel of every domain. */
export type IpcContract = FilesContract & LinksContract;
export type IpcChannel = keyof IpcContract;

/** What the preload exposes to the renderer as `window.margin`: one method per channel. */
export interface BridgeApi {
  readonly openFiles: IpcContract['files:open'];
  readonly saveFile: IpcContract['files:save'];
  readonly openLink: IpcContract['links:open'];
}

/** The name of the global the preload exposes the bridge under. */
export const BRIDGE_GLOBAL = 'margin';

/**
 * Commands the application menu sends to the page (every command of app/commands/commands.ts):
 * main → renderer, one way, no reply. The
 * preload turns each into a plain DOM event on `window` (see {@link menuCommandEventName}), so the
 * bridge object itself stays exactly `{ openFiles, saveFile, openLink }`.
 */
export const MENU_COMMANDS: readonly CommandId[] = COMMAND_IDS;
/** A command of app/commands (File → Import sources, View → Toggle dark theme, …). */
export type MenuCommand = CommandId;

/** The IPC channel menu commands travel on (main → renderer). */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** The DOM event the renderer listens for, e.g. `margin:import-sources` for File → Import sources. */
export function menuCommandEventName(command: MenuCommand): string {
  return `${BRIDGE_GLOBAL}:${command}`;
}

/** True when `value` is one of the menu commands (checked where the message is received). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
