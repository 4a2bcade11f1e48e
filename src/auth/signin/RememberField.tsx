import { Checkbox } from '@mantine/core';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

/** The opt-in that keeps a credential on this device; a form's boolean field `remember`. */
export function RememberField<Values extends FieldValues & { remember: boolean }>({
  control,
}: {
  control: Control<Values>;
}) {
  return (
    <Controller
      control={control}
      name={'remember' as Path<Values>}
      render={({ field }) => (
        <Checkbox
          label="Remember me on this device"
          description="Off by default: the credential is kept in this tab's memory only and is gone when you close it."
          checked={Boolean(field.value)}
          onChange={(event) => field.onChange(event.currentTarget.checked)}
        />
      )}
    />
  );
}
