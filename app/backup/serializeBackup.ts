import { sha256Hex } from '../import/sha256';
import { canonicalJson } from './canonicalJson';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupSnapshot } from './format';
import { encodeRow } from './rowCodec';
import { utf8Encode } from './utf8';

/**
 * Writes a notebook snapshot as one backup file: UTF-8 JSON holding a header (format, format
 * version, app version, schema version, creation time) and, per table, its row count, the sha256
 * of its rows and the rows themselves (raw bytes as base64), one row per line so the file diffs
 * and greps well. Tables are written in name order and rows as given.
 *
 * The checksum of a table is the sha256 of the canonical JSON (keys sorted) of its encoded rows:
 * {@link parseBackup} recomputes it from what it read, so any change to a row is caught.
 */
export function serializeBackup(snapshot: BackupSnapshot): Uint8Array {
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: snapshot.appVersion,
    schemaVersion: snapshot.schemaVersion,
    createdAt: snapshot.createdAt ?? new Date().toISOString(),
    // Listed up front so a reader notices a table cut out of the file whole.
    tableNames: Object.keys(snapshot.tables).sort(),
  };
  const names = header.tableNames;
  const tables = names.map((name) => {
    const rows = snapshot.tables[name]!.map((row) => canonicalJson(encodeRow(row)));
    const sha256 = sha256Hex(utf8Encode(`[${rows.join(',')}]`));
    const head = `${JSON.stringify(name)}:{"count":${rows.length},"sha256":"${sha256}","rows":[`;
    return rows.length ? `${head}\n${rows.join(',\n')}\n]}` : `${head}]}`;
  });
  const headerJson = JSON.stringify(header).slice(0, -1);
  return utf8Encode(`${headerJson},"tables":{\n${tables.join(',\n')}\n}}\n`);
}
