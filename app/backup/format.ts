import type { Row } from './rowCodec';

/** The `format` field every Margin backup starts with; anything else is a foreign file. */
export const BACKUP_FORMAT = 'margin-backup';

/**
 * The version of the file layout described here (not of the database schema). A reader refuses
 * a higher one: it cannot know what a newer layout means.
 */
export const BACKUP_FORMAT_VERSION = 1;

/** The file name extension Margin gives backups. */
export const BACKUP_EXTENSION = 'margin-backup';

/** What the notebook hands to {@link serializeBackup}: every table's rows, read in one transaction. */
export interface BackupSnapshot {
  /** The app's version (package.json), for the record and for support. */
  readonly appVersion: string;
  /** The database schema version the rows were written by. */
  readonly schemaVersion: number;
  /** ISO timestamp; defaults to now. */
  readonly createdAt?: string;
  /** Table name → rows as stored (raw originals as `Uint8Array`). */
  readonly tables: Readonly<Record<string, readonly Row[]>>;
}

/** A backup read back and verified: the same shape, every field filled. */
export interface Backup extends BackupSnapshot {
  readonly formatVersion: number;
  readonly createdAt: string;
  /** Table name → lower-case hex sha256 of the table's rows, as recorded in the file. */
  readonly checksums: Readonly<Record<string, string>>;
}

export const BACKUP_ERROR_CODES = ['empty', 'foreign', 'truncated', 'damaged', 'newer'] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

/**
 * Why a file was refused. `message` is a sentence for the user; nothing of the file is returned
 * with it, so a caller cannot restore half a backup by mistake.
 */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}
