/** A measured ratio and the goal it must meet. */
export interface Ratio {
  readonly name: string;
  readonly value: number;
  readonly bound: number;
  readonly rule: 'at most' | 'at least';
  readonly pass: boolean;
}

/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => row[c]!.length)));
  const line = (row: readonly string[]) =>
    row.map((cell, c) => (/^[\d.,×%+-]+( ?\w+)?$/.test(cell) && c > 0 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function ratioTable(ratios: readonly Ratio[]): string {
  return table(
    ['ratio', 'measured', 'goal', 'result'],
    ratios.map((r) => [r.name, `${r.value.toFixed(3)}×`, `${r.rule === 'at most' ? '≤' : '≥'} ${r.bound}×`, r.pass ? 'PASS' : 'MISS']),
  );
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
