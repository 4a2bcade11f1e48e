import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { MutationError } from './MutationError';

/** The failed save's alert, unless the error already sits next to one of `fields`. */
export function FieldSaveError({
  error,
  fields,
  title,
}: {
  error: unknown;
  fields: Record<string, string>;
  title: string;
}) {
  return fieldOfVns3Error(error, fields) ? null : <MutationError error={error} title={title} />;
}
