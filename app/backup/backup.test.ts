import { describe, expect, it } from 'vitest';
import { BackupError, BackupWriter, parseBackup, serializeBackup, type BackupSnapshot } from './index';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { base64ToBytes, bytesToBase64 } from './base64';

const original = new Uint8Array([0xef, 0xbb, 0xbf, 0x4b, 0x61, 0x7a, 0x00, 0xff, 0x80]);
const snapshot: BackupSnapshot = {
  appVersion: '0.1.0',
  schemaVersion: 1,
  createdAt: '2026-11-22T08:15:00.000Z',
  tables: {
    sources: [{ id: 'src_1', title: 'Dozens dead in unrest in Kazakhstan', authors: ['A. Writer'], publishedAt: null, text: 'Almaty — “more than 160”' }],
    originals: [{ sourceId: 'src_1', bytes: original }],
    memos: [{ id: 'memo_1', title: 'Toll', content: { root: { type: 'root', children: [] } } }],
    settings: [],
  },
};

function refusal(file: Uint8Array | string): BackupError {
  try {
    parseBackup(file);
  } catch (error) {
    if (error instanceof BackupError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

const text = () => new TextDecoder().decode(serializeBackup(snapshot));

describe('backup file', () => {
  it('round-trips every table, raw bytes included, with its header', () => {
    const backup = parseBackup(serializeBackup(snapshot));
    expect(backup.tables).toEqual(snapshot.tables);
    expect(backup.tables.originals![0]!.bytes).toBeInstanceOf(Uint8Array);
    expect(backup).toMatchObject({ formatVersion: 1, appVersion: '0.1.0', schemaVersion: 1, createdAt: '2026-11-22T08:15:00.000Z' });
    expect(Object.keys(backup.checksums).sort()).toEqual(['memos', 'originals', 'settings', 'sources']);
  });

  it('keeps the layout every earlier Margin wrote and reads: a row per line, each table checksummed as [row,row]', () => {
    // Written part by part (a large notebook never becomes one string), the file must still be
    // byte for byte what the one-string writer made, or older backups would no longer compare.
    const rows = [{ id: 'n_1', raw: new Uint8Array([1, 2, 255]) }, { b: 'Токаев', a: 2 }];
    const lines = ['{"id":"n_1","raw":{"$bytes":"AQL/"}}', '{"a":2,"b":"Токаев"}'];
    const checksum = (table: string[]) => bytesToHex(sha256(new TextEncoder().encode(`[${table.join(',')}]`)));
    const file = new TextDecoder().decode(serializeBackup({ appVersion: '1.2.3', schemaVersion: 5, createdAt: '2026-11-22T08:15:00.000Z', tables: { notes: rows, empty: [] } }));
    expect(file).toBe(
      '{"format":"margin-backup","formatVersion":1,"appVersion":"1.2.3","schemaVersion":5,"createdAt":"2026-11-22T08:15:00.000Z","tableNames":["empty","notes"],"tables":{\n' +
        `"empty":{"count":0,"sha256":"${checksum([])}","rows":[]},\n` +
        `"notes":{"count":2,"sha256":"${checksum(lines)}","rows":[\n${lines.join(',\n')}\n]}\n}}\n`,
    );
  });

  it('writes a table of more rows than a function call takes arguments (a notebook of 100,000 sources)', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => ({ id: `src_${i}` }));
    const backup = parseBackup(serializeBackup({ ...snapshot, tables: { sources: rows } }));
    expect(backup.tables.sources).toHaveLength(150_000);
    expect(backup.tables.sources!.at(-1)).toEqual({ id: 'src_149999' });
  });

  it('writes row by row the same file as from a snapshot, and refuses tables out of order or left open', () => {
    const writer = new BackupWriter({ appVersion: '0.1.0', schemaVersion: 1, createdAt: snapshot.createdAt, tableNames: Object.keys(snapshot.tables) });
    expect(() => writer.startTable('sources')).toThrow(/expected memos/);
    for (const name of writer.tableNames) {
      const table = writer.startTable(name);
      snapshot.tables[name]!.forEach((row) => table.add(row));
      if (name === 'originals') expect(() => writer.finish()).toThrow(/every table/);
      table.end();
    }
    expect(writer.finish()).toEqual(serializeBackup(snapshot));
  });

  it('is the same file whatever order the properties of a row came in', () => {
    const shuffled = { ...snapshot, tables: { ...snapshot.tables, sources: [{ text: 'Almaty — “more than 160”', publishedAt: null, authors: ['A. Writer'], title: 'Dozens dead in unrest in Kazakhstan', id: 'src_1' }] } };
    expect(serializeBackup(shuffled)).toEqual(serializeBackup(snapshot));
  });

  it('refuses an empty file, a foreign file and random bytes', () => {
    expect(refusal('').code).toBe('empty');
    expect(refusal('  \n').code).toBe('empty');
    expect(refusal('{"format":"excalidraw","elements":[]}').code).toBe('foreign');
    expect(refusal('Kazakhstan Tightens Security').code).toBe('foreign');
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x00, 0x81])).code).toBe('foreign');
    expect(refusal('[1,2,3]').code).toBe('foreign');
  });

  it('refuses a file cut short at any point, never returning part of it', () => {
    const bytes = serializeBackup(snapshot);
    for (let length = 1; length < bytes.length - 2; length += 3) {
      const error = refusal(bytes.slice(0, length));
      expect(['truncated', 'foreign', 'damaged'], `cut at ${length}`).toContain(error.code);
      if (length > 40) expect(error.code).toBe('truncated');
    }
  });

  it('refuses a file whose rows were changed, by naming the table', () => {
    const tampered = text().replace('more than 160', 'more than 16');
    const error = refusal(tampered);
    expect(error.code).toBe('damaged');
    expect(error.message).toContain('sources');
  });

  it('refuses a changed original (one flipped base64 character)', () => {
    const encoded = bytesToBase64(original);
    const flipped = encoded[0] === 'A' ? `B${encoded.slice(1)}` : `A${encoded.slice(1)}`;
    const error = refusal(text().replace(encoded, flipped));
    expect(error.code).toBe('damaged');
    expect(error.message).toContain('originals');
  });

  it('refuses a file with a table removed or a row count that lies', () => {
    const withoutMemos = JSON.parse(text());
    delete withoutMemos.tables.memos;
    expect(refusal(JSON.stringify(withoutMemos)).code).toBe('damaged');
    const lying = JSON.parse(text());
    lying.tables.sources.count = 2;
    expect(refusal(JSON.stringify(lying)).code).toBe('damaged');
  });

  it('refuses a backup from a newer format or a newer schema than the reader knows', () => {
    const newerFormat = JSON.parse(text());
    newerFormat.formatVersion = 2;
    expect(refusal(JSON.stringify(newerFormat)).code).toBe('newer');
    const newerSchema = serializeBackup({ ...snapshot, schemaVersion: 9 });
    expect(() => parseBackup(newerSchema, { maxSchemaVersion: 3 })).toThrow(/newer version of Margin/);
    expect(parseBackup(newerSchema).schemaVersion).toBe(9);
  });

  it('refuses rows it cannot write as JSON rather than lose them', () => {
    expect(() => serializeBackup({ ...snapshot, tables: { settings: [{ key: 'k', value: new Map() }] } })).toThrow(/Map/);
    expect(() => serializeBackup({ ...snapshot, tables: { settings: [{ key: 'k', value: Number.NaN }] } })).toThrow();
  });
});

describe('base64', () => {
  it('round-trips every length and byte value', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) % 256);
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('handles a multi-megabyte original', () => {
    const bytes = Uint8Array.from({ length: 3_000_001 }, (_, i) => i % 251);
    const decoded = base64ToBytes(bytesToBase64(bytes))!;
    expect(Buffer.from(decoded).equals(Buffer.from(bytes))).toBe(true);
  });

  it('rejects text that is not base64', () => {
    expect(base64ToBytes('abc')).toBeNull();
    expect(base64ToBytes('ab!d')).toBeNull();
    expect(base64ToBytes('ab d')).toBeNull();
  });
});
