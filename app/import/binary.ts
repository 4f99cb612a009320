/**
 * Recognizes files that are not text: known formats by their magic numbers, anything else by
 * NUL and control bytes. UTF-16 text is full of NUL bytes, so callers try it before `looksBinary`.
 */

const MAGIC: ReadonlyArray<{ readonly name: string; readonly bytes: readonly number[] }> = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a ZIP archive (or a Word, EPUB or OpenDocument file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  {
    name: 'an old Word or Excel document',
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
  { name: 'a WebP image or RIFF media file', bytes: [0x52, 0x49, 0x46, 0x46] }, // RIFF
  { name: 'a program or library', bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
  { name: 'a SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'a video file', bytes: [0x1a, 0x45, 0xdf, 0xa3] }, // Matroska / WebM
];

/** The kind of binary file the bytes start like ("a PNG image"), or null. */
export function knownBinaryFormat(bytes: Uint8Array): string | null {
  for (const { name, bytes: magic } of MAGIC) {
    if (magic.every((byte, index) => bytes[index] === byte)) return name;
  }
  // ISO media (MP4, MOV, HEIC): "ftyp" at offset 4.
  if (bytes[4] === 0x66 && bytes[5] === 0x74 && bytes[6] === 0x79 && bytes[7] === 0x70)
    return 'a video or HEIC image';
  return null;
}

/** How many leading bytes are enough to judge: binary files show it early. */
const SAMPLE = 64 * 1024;

/**
 * True when the bytes hold NULs or more than 5% control bytes other than tab, line feed,
 * carriage return, form feed and escape — text in any 8-bit encoding has almost none.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x0c &&
      byte !== 0x1b
    )
      control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
