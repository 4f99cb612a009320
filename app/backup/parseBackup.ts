import { sha256Hex } from '../import/sha256';
import { canonicalJson } from './canonicalJson';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError, type Backup } from './format';
import { decodeRow, type Row } from './rowCodec';
import { utf8Decode, utf8Encode } from './utf8';

export interface ParseBackupOptions {
  /**
   * The newest database schema version the reader can restore. A backup written by a newer
   * schema is refused with code `newer`. Leave it out to read any schema version (a read-only
   * tool that only looks at the rows).
   */
  readonly maxSchemaVersion?: number;
}

/**
 * Reads and verifies a backup file written by {@link serializeBackup}.
 *
 * Checks, in order: the bytes are UTF-8 text (`foreign` if not); the file is complete JSON
 * (`truncated` when a Margin backup stops early, `foreign` when it is not a Margin file at all);
 * the header names this format (`foreign`); the format and schema versions are ones this reader
 * knows (`newer`); every table has its rows, its count and a sha256 that matches them
 * (`damaged`). It returns the whole backup or throws a {@link BackupError}: never part of one.
 *
 * @param file the file's bytes, or its text
 * @throws BackupError with `code` and a sentence for the user as `message`
 */
export function parseBackup(file: Uint8Array | string, options: ParseBackupOptions = {}): Backup {
  const text = typeof file === 'string' ? file : decodeFile(file);
  if (text.trim() === '') throw new BackupError('empty', 'This backup file is empty.');
  const root = parseJson(text);
  if (root === null || typeof root !== 'object' || Array.isArray(root) || (root as Record<string, unknown>).format !== BACKUP_FORMAT) {
    throw new BackupError('foreign', 'This file is not a Margin backup.');
  }
  const header = root as Record<string, unknown>;
  const formatVersion = header.formatVersion;
  if (!isPositiveInteger(formatVersion)) throw damaged('its format version is missing');
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError('newer', `This backup was written by a newer version of Margin (backup format ${formatVersion}). Update Margin to restore it.`);
  }
  const schemaVersion = header.schemaVersion;
  if (!isPositiveInteger(schemaVersion)) throw damaged('its schema version is missing');
  if (options.maxSchemaVersion !== undefined && schemaVersion > options.maxSchemaVersion) {
    throw new BackupError(
      'newer',
      `This backup was written by a newer version of Margin (notebook schema ${schemaVersion}; this one knows up to ${options.maxSchemaVersion}). Update Margin to restore it.`,
    );
  }
  if (typeof header.appVersion !== 'string') throw damaged('its app version is missing');
  if (typeof header.createdAt !== 'string' || Number.isNaN(Date.parse(header.createdAt))) throw damaged('its creation time is missing');
  const { tables, checksums } = readTables(header.tables);
  const declared = header.tableNames;
  const found = Object.keys(tables).sort();
  if (!Array.isArray(declared) || declared.length !== found.length || declared.some((name, i) => name !== found[i])) {
    throw damaged('the tables it holds are not the ones it lists');
  }
  return { formatVersion, appVersion: header.appVersion, schemaVersion, createdAt: header.createdAt, tables, checksums };
}

function decodeFile(bytes: Uint8Array): string {
  const text = utf8Decode(bytes);
  if (text !== null) return text;
  // A copy cut inside a multi-byte character: the bytes before the cut are still UTF-8.
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const head = utf8Decode(bytes.subarray(0, bytes.length - cut));
    if (head !== null && looksLikeBackup(head)) throw truncated();
  }
  throw new BackupError('foreign', 'This file is not a Margin backup: it is not text.');
}

function looksLikeBackup(text: string): boolean {
  return text.trimStart().startsWith(`{"format":"${BACKUP_FORMAT}"`);
}

function truncated(): BackupError {
  return new BackupError('truncated', 'This backup file is incomplete: it stops before its end (was the copy interrupted?). Nothing was restored.');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // A Margin backup that stops early still starts like one: call it truncated, not foreign.
    if (looksLikeBackup(text)) throw truncated();
    throw new BackupError('foreign', 'This file is not a Margin backup.');
  }
}

function readTables(value: unknown): { tables: Record<string, Row[]>; checksums: Record<string, string> } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw damaged('it has no tables');
  const tables: Record<string, Row[]> = {};
  const checksums: Record<string, string> = {};
  for (const [name, table] of Object.entries(value as Record<string, unknown>)) {
    if (table === null || typeof table !== 'object') throw damaged(`its table “${name}” is not readable`);
    const { count, sha256, rows } = table as Record<string, unknown>;
    if (!Array.isArray(rows) || typeof sha256 !== 'string' || count !== rows.length) {
      throw damaged(`its table “${name}” does not hold the number of rows it declares`);
    }
    if (!rows.every((row) => row !== null && typeof row === 'object' && !Array.isArray(row))) {
      throw damaged(`its table “${name}” holds something that is not a record`);
    }
    const actual = sha256Hex(utf8Encode(`[${rows.map((row) => canonicalJson(row)).join(',')}]`));
    if (actual !== sha256) throw damaged(`the checksum of its table “${name}” does not match its contents`);
    const decoded = rows.map((row) => decodeRow(row as Record<string, unknown>));
    if (decoded.some((row) => row === null)) throw damaged(`its table “${name}” holds raw bytes that cannot be decoded`);
    tables[name] = decoded as Row[];
    checksums[name] = sha256;
  }
  return { tables, checksums };
}

function damaged(why: string): BackupError {
  return new BackupError('damaged', `This backup file is damaged (${why}). Nothing was restored.`);
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
