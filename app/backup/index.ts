/**
 * Margin's backup file: one UTF-8 JSON file holding every table of a notebook (raw originals
 * as base64), the schema and app versions, its creation time and a sha256 per table.
 *
 * Write one with {@link serializeBackup}; read one with {@link parseBackup}, which verifies it
 * whole and throws a {@link BackupError} (`code`: empty | foreign | truncated | damaged | newer)
 * rather than return part of a file. Both are pure: no DOM, no Node, usable from the CLI.
 *
 * @example
 * const backup = parseBackup(bytes);            // throws BackupError on a bad file
 * const memos = backup.tables.memos ?? [];       // rows as stored, `Uint8Array` for raw bytes
 */
export { BACKUP_ERROR_CODES, BACKUP_EXTENSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError } from './format';
export type { Backup, BackupErrorCode, BackupSnapshot } from './format';
export { parseBackup } from './parseBackup';
export type { ParseBackupOptions } from './parseBackup';
export type { Row } from './rowCodec';
export { BackupWriter, serializeBackup } from './serializeBackup';
export type { BackupHeader, BackupTableWriter } from './serializeBackup';
export { canonicalJson } from './canonicalJson';
export { backupFileName } from './fileName';
export { planMerge } from './merge';
export type { MergeCounts, MergePlan, MergeReference, MergeSpec, MergeTable, Tables } from './merge';
