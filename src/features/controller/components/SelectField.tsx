import { type ComboboxData, Select } from '@mantine/core';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

/** A required Select bound to a string field; '' while nothing is chosen. */
export function SelectField<V extends FieldValues>({
  control,
  name,
  label,
  data,
}: {
  control: Control<V>;
  name: Path<V>;
  label: string;
  data: ComboboxData;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={label}
          withAsterisk
          data={data}
          value={(field.value as string) || null}
          onChange={(value) => field.onChange(value ?? '')}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
