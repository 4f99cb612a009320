import type { FormEvent, JSX } from 'react';

import { useId, useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { normalizeLinkUrl } from '../links';

interface LinkDialogProps {
  /** The link being edited, or null for a new one. */
  readonly initialUrl: string | null;
  /** Called with the URL to link to, or null to remove the link. */
  onSubmit(url: string | null): void;
  onClose(): void;
}

/** Asks for a link's address: http, https or mailto only, said so before and after a wrong one. */
export function LinkDialog({ initialUrl, onSubmit, onClose }: LinkDialogProps): JSX.Element {
  const [typed, setTyped] = useState(initialUrl ?? '');
  const [invalid, setInvalid] = useState(false);
  const hintId = useId();
  const formId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const url = normalizeLinkUrl(typed);
    if (url === null) {
      setInvalid(true);
      return;
    }
    onSubmit(url);
  };

  return (
    <Dialog
      title={initialUrl === null ? 'Add link' : 'Edit link'}
      onClose={onClose}
      describedBy={hintId}
      className="memo-link-dialog"
      actions={
        <>
          {initialUrl !== null && (
            <button type="button" onClick={() => onSubmit(null)}>
              Remove link
            </button>
          )}
          <button type="submit" form={formId}>
            Save link
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={submit}>
        <label className="memo-link-dialog__field">
          URL
          <input
            // Text, not type="url": "www.…" is accepted, and the message below is ours, not the browser's.
            type="text"
            inputMode="url"
            value={typed}
            aria-invalid={invalid}
            aria-describedby={hintId}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => {
              setTyped(event.target.value);
              setInvalid(false);
            }}
          />
        </label>
        <p
          id={hintId}
          className={invalid ? 'memo-link-dialog__error' : 'memo-link-dialog__hint'}
          role={invalid ? 'alert' : undefined}
        >
          {invalid
            ? 'Not a link Margin can keep: use an address starting with http://, https:// or mailto:.'
            : 'An http://, https:// or mailto: address. Links are not opened inside Margin.'}
        </p>
      </form>
    </Dialog>
  );
}
