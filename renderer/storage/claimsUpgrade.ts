import type { Transaction } from 'dexie';
import { claimFromVersion1, type PassageFacts } from '../../app/claims';
import type { Claim, Highlight } from '../../app/model/types';

/**
 * Schema version 2's upgrade: every claim gets the fields version 2 added (subject, figure,
 * entity, passage figures and attributions, audit trail) — see `claimFromVersion1`. A row that
 * is no claim at all is left as it was rather than failing the upgrade, which would lock the
 * analyst out of the whole notebook.
 */
export async function upgradeClaimsToVersion2(transaction: Transaction): Promise<void> {
  const claims = transaction.table<Record<string, unknown>, string>('claims');
  const rows = await claims.toArray();
  const highlightIds = [
    ...new Set(
      rows.flatMap((row) =>
        (Array.isArray(row.evidence) ? row.evidence : []).map(
          (e: { highlightId?: unknown }) => e?.highlightId,
        ),
      ),
    ),
  ].filter((id): id is string => typeof id === 'string');
  const highlights = await transaction.table<Highlight, string>('highlights').bulkGet(highlightIds);
  const passages = new Map<string, PassageFacts>(
    highlights.flatMap((h) =>
      h ? [[h.id, { quote: h.selector.quote.exact, sourceId: h.sourceId }] as const] : [],
    ),
  );
  const upgraded: Claim[] = [];
  for (const row of rows) {
    try {
      upgraded.push(claimFromVersion1(row, (id) => passages.get(id) ?? null));
    } catch {
      // Unreadable under version 1 too; keep it untouched for a restore or a person to look at.
    }
  }
  await claims.bulkPut(upgraded as unknown as Record<string, unknown>[]);
}
