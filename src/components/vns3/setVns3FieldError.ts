import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';

/** Puts a VNS3 400 that names one of `fields` next to that field. */
export function setVns3FieldError<V extends FieldValues>(
  form: Pick<UseFormReturn<V>, 'setError'>,
  error: unknown,
  fields: Record<string, Path<V>>,
) {
  const mapped = fieldOfVns3Error(error, fields);
  if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
}
