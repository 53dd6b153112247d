import { useState } from 'react';
import type { FieldIssue } from '../../../shared/api/result';
import { showSaveError } from '../components/form-errors';

interface SaveFormOptions<V, I, R> {
  /** The form's text values → the contract's input, or null while invalid (the form shows why). */
  convert(values: V): I | null | undefined;
  save(input: I): Promise<R>;
  done(saved: R): void;
  setErrors(errors: Record<string, string>): void;
  /** Server issues keyed by form field (each feature's errorsFromIssues). */
  toErrors(issues: FieldIssue[]): Record<string, string>;
}

/**
 * The save path every form shares: convert, call the API, hand the answer on; a refusal puts the server's
 * issues on their fields and shows one notification. `saving` drives the submit button.
 */
export function useSaveForm<V, I, R>(options: SaveFormOptions<V, I, R>) {
  const [saving, setSaving] = useState(false);
  const run = async (values: V) => {
    const input = options.convert(values);
    if (!input) return;
    setSaving(true);
    try {
      options.done(await options.save(input));
    } catch (err) {
      showSaveError(err, options.setErrors, options.toErrors);
    } finally {
      setSaving(false);
    }
  };
  return { saving, run };
}
