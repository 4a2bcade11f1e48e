import { MultiSelect } from '@mantine/core';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

export interface IdOption {
  id: number;
  label: string;
}

/** A picker for a list of related ids (users, groups, servers, server groups, rules). */
export function IdMultiSelect({
  label,
  description,
  options,
  value,
  onChange,
  error,
  loading,
}: {
  label: string;
  description?: string;
  options: IdOption[];
  value: number[];
  onChange: (ids: number[]) => void;
  error?: string | undefined;
  loading?: boolean;
}) {
  const known = new Set(options.map((option) => option.id));
  const data = [
    ...options.map((option) => ({ value: String(option.id), label: option.label })),
    ...value.filter((id) => !known.has(id)).map((id) => ({ value: String(id), label: `#${id}` })),
  ];
  return (
    <MultiSelect
      label={label}
      description={description}
      data={data}
      value={value.map(String)}
      onChange={(values) => onChange(values.map(Number))}
      searchable
      clearable
      nothingFoundMessage={loading ? 'Loading…' : 'Nothing found'}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** IdMultiSelect bound to a react-hook-form field holding an array of ids. */
export function IdMultiSelectField<Values extends FieldValues>({
  control,
  name,
  ...props
}: Omit<Parameters<typeof IdMultiSelect>[0], 'value' | 'onChange' | 'error'> & {
  control: Control<Values>;
  name: Path<Values>;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <IdMultiSelect
          {...props}
          value={field.value as number[]}
          onChange={field.onChange}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
