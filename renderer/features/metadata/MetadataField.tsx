import { useId } from 'react';

interface MetadataFieldProps {
  /** The form field's name; the dialog focuses `[name=…]` when the field has a problem. */
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly problem?: string | undefined;
  readonly multiline?: boolean;
  readonly inputMode?: 'url' | 'text';
}

/**
 * One labelled field of "Edit details". Its hint and its problem are its description, and a
 * problem marks it invalid, so a screen reader reads "Date published, invalid, … is not a date".
 */
export function MetadataField({
  name,
  label,
  value,
  onChange,
  hint,
  problem,
  multiline,
  inputMode,
}: MetadataFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy =
    [problem ? problemId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    name,
    value,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
    spellCheck: false,
  } as const;
  return (
    <div className={problem ? 'details-field invalid' : 'details-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="details-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...shared}
          type="text"
          inputMode={inputMode}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {problem && (
        <p id={problemId} className="details-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
