import { EVIDENCE_STANCES, type EvidenceStance } from '../../../app/model/types';

/** Stances as the analyst reads them, with a sign so they are not told apart by colour alone. */
export const STANCE_LABELS: Record<EvidenceStance, string> = {
  supports: '✓ supports',
  contradicts: '✗ contradicts',
  mentions: '• mentions',
};

interface StanceSelectProps {
  readonly label: string;
  readonly value: EvidenceStance;
  readonly onChange: (stance: EvidenceStance) => void;
}

/** How a passage bears on its claim: supports, contradicts or only mentions it. */
export function StanceSelect({ label, value, onChange }: StanceSelectProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value as EvidenceStance)}>
        {EVIDENCE_STANCES.map((stance) => (
          <option key={stance} value={stance}>
            {STANCE_LABELS[stance]} the claim
          </option>
        ))}
      </select>
    </label>
  );
}
