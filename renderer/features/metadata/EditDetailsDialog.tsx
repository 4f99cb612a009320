import { useEffect, useId, useRef, useState } from 'react';
import type { Source } from '../../../app/model/types';
import { db } from '../../storage/database';
import {
  updateSourceMetadata,
  type MetadataField,
  type MetadataProblems,
} from '../../storage/sources';
import { MetadataField as Field } from './MetadataField';
import { formValuesOf, readMetadataForm, type MetadataFormValues } from './metadataForm';
import './metadata.css';

interface EditDetailsDialogProps {
  readonly source: Source;
  readonly onClose: () => void;
}

const FIELD_ORDER: readonly MetadataField[] = ['title', 'outlet', 'authors', 'publishedAt', 'url'];

/**
 * "Edit details": the metadata citations use, in a native modal `<dialog>` (focus moves in,
 * Escape cancels, focus returns to the button). Problems are shown under their field, and focus
 * goes to the first field that has one; nothing is saved until every field is valid.
 */
export function EditDetailsDialog({ source, onClose }: EditDetailsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  const [values, setValues] = useState<MetadataFormValues>(() => formValuesOf(source));
  const [problems, setProblems] = useState<MetadataProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const change = (field: keyof MetadataFormValues) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    // A corrected field stops showing its old problem; the rest wait for the next save.
    setProblems((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const read = readMetadataForm(values);
    setProblems(read.problems);
    const firstBad = FIELD_ORDER.find((field) => read.problems[field]);
    if (firstBad) {
      formRef.current?.querySelector<HTMLElement>(`[name="${firstBad}"]`)?.focus();
      return;
    }
    setSaving(true);
    try {
      await updateSourceMetadata(db, source.id, read.edit);
      onClose();
    } catch (error) {
      setFailure(
        `The details were not saved: ${error instanceof Error ? error.message : String(error)}`,
      );
      setSaving(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      className="details-dialog"
      onCancel={onClose}
    >
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
        <h2 id={headingId}>Edit source details</h2>
        <p className="details-intro">Citations and exports print these details.</p>
        <Field
          name="title"
          label="Title"
          value={values.title}
          onChange={change('title')}
          problem={problems.title}
        />
        <Field
          name="outlet"
          label="Outlet"
          value={values.outlet}
          onChange={change('outlet')}
          problem={problems.outlet}
        />
        <Field
          name="authors"
          label="Authors"
          hint="One per line, or separated by commas."
          multiline
          value={values.authors}
          onChange={change('authors')}
          problem={problems.authors}
        />
        <Field
          name="publishedAt"
          label="Date published"
          hint="YYYY, YYYY-MM or YYYY-MM-DD; leave empty if unknown."
          value={values.publishedAt}
          onChange={change('publishedAt')}
          problem={problems.publishedAt}
        />
        <Field
          name="url"
          label="URL"
          hint="The address the article was published at, starting with https:// or http://."
          inputMode="url"
          value={values.url}
          onChange={change('url')}
          problem={problems.url}
        />
        {failure && (
          <p role="alert" className="error">
            {failure}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            Save details
          </button>
        </div>
      </form>
    </dialog>
  );
}
