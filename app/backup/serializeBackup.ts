import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonicalJson';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupSnapshot } from './format';
import { encodeRow, type Row } from './rowCodec';
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
  const writer = new BackupWriter({ ...snapshot, tableNames: Object.keys(snapshot.tables) });
  for (const name of writer.tableNames) {
    const table = writer.startTable(name);
    for (const row of snapshot.tables[name]!) table.add(row);
    table.end();
  }
  return writer.finish();
}

const OPEN = utf8Encode('[');
const COMMA = utf8Encode(',');
const CLOSE = utf8Encode(']');
const FIRST_ROW = utf8Encode('\n');
const NEXT_ROW = utf8Encode(',\n');

/** A snapshot's header: what {@link BackupSnapshot} says besides its rows, and its tables' names. */
export type BackupHeader = Omit<BackupSnapshot, 'tables'> & { readonly tableNames: readonly string[] };

/** One table being written: its rows one at a time, then `end`. */
export interface BackupTableWriter {
  add(row: Row): void;
  end(): void;
}

/**
 * The file of {@link serializeBackup}, written a row at a time: a notebook too large to hold as
 * rows in memory (100,000 sources) can be read with a cursor and written as it is read. Each row
 * is encoded and hashed on its own, so the file never becomes one string (V8 caps a string at
 * ~512 M characters); only its bytes are kept, in parts joined once by `finish`.
 */
export class BackupWriter {
  /** The tables to write, in the order they must be written (name order). */
  readonly tableNames: readonly string[];
  private readonly parts: Uint8Array[] = [];
  private written = 0;
  private open = false;

  constructor(header: BackupHeader) {
    this.tableNames = [...header.tableNames].sort();
    const fields = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: header.appVersion,
      schemaVersion: header.schemaVersion,
      createdAt: header.createdAt ?? new Date().toISOString(),
      // Listed up front so a reader notices a table cut out of the file whole.
      tableNames: this.tableNames,
    };
    this.parts.push(utf8Encode(`${JSON.stringify(fields).slice(0, -1)},"tables":{\n`));
  }

  /** Starts the next table; tables come in {@link tableNames} order, one at a time. */
  startTable(name: string): BackupTableWriter {
    if (this.open || this.tableNames[this.written] !== name) throw new Error(`backup tables go in order: expected ${this.tableNames[this.written]}, got ${name}`);
    this.open = true;
    // The checksum covers the rows as `[row,row,…]`; the file has them one per line. The table's
    // head (its count and checksum) goes in front of its rows once they are all seen.
    const hash = sha256.create().update(OPEN);
    const at = this.parts.push(utf8Encode('')) - 1;
    let count = 0;
    return {
      add: (row) => {
        const bytes = utf8Encode(canonicalJson(encodeRow(row)));
        if (count > 0) hash.update(COMMA);
        hash.update(bytes);
        this.parts.push(count === 0 ? FIRST_ROW : NEXT_ROW, bytes);
        count++;
      },
      end: () => {
        const checksum = bytesToHex(hash.update(CLOSE).digest());
        this.parts[at] = utf8Encode(`${this.written > 0 ? ',\n' : ''}${JSON.stringify(name)}:{"count":${count},"sha256":"${checksum}","rows":[`);
        this.parts.push(utf8Encode(count ? '\n]}' : ']}'));
        this.written++;
        this.open = false;
      },
    };
  }

  /** The whole file; every table must have been written. */
  finish(): Uint8Array {
    if (this.open || this.written !== this.tableNames.length) throw new Error('backup finished before every table was written');
    this.parts.push(utf8Encode('\n}}\n'));
    // Joined in a loop: a notebook has more parts than a spread may pass as arguments.
    const file = new Uint8Array(this.parts.reduce((size, part) => size + part.length, 0));
    let offset = 0;
    for (const part of this.parts) {
      file.set(part, offset);
      offset += part.length;
    }
    this.parts.length = 0;
    return file;
  }
}
