import type { RunningPreview } from './preview';

/** Calls the preview's API the way the page does (token from its URL); answers the value or throws the error. */
export async function callApi<T = unknown>(
  preview: RunningPreview,
  call: string,
  input: unknown = null,
): Promise<T> {
  const token = new URL(preview.url).searchParams.get('token');
  const response = await fetch(new URL(`/api/${call}`, preview.url), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  if (!result.ok) throw new Error(`${call}: ${JSON.stringify(result.error)}`);
  return result.value;
}
