/** A settings.json Blob in the multipart field `settings`, and nothing else. */
export function settingsFormData(json: unknown): FormData {
  const form = new FormData();
  form.append(
    'settings',
    new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }),
    'settings.json',
  );
  return form;
}
