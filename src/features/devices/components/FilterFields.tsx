import { SegmentedControl, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { tagsQuery } from '../api/tags';
import { MONO_INPUT } from './monoInput';

interface FilterForm {
  filterMode: 'hostname' | 'tags';
  hostname: string;
  tags: string[];
}

/** Which devices a rule or key applies to: a hostname regexp, or 1–3 tags. */
export function FilterFields<T extends FilterForm>({
  control,
  register,
  errors,
  mode,
}: {
  control: Control<T>;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  mode: 'hostname' | 'tags';
}) {
  const { connection, client } = useConnectionClient();
  const tags = useQuery(tagsQuery(connection.id, client));
  // The generic form narrows to the filter fields this component owns.
  const c = control as unknown as Control<FilterForm>;
  const r = register as unknown as UseFormRegister<FilterForm>;
  const e = errors as FieldErrors<FilterForm>;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="filter-mode-label">
        Applies to devices
      </Text>
      <Controller
        control={c}
        name="filterMode"
        render={({ field }) => (
          <SegmentedControl
            aria-labelledby="filter-mode-label"
            data={[
              { value: 'hostname', label: 'By hostname' },
              { value: 'tags', label: 'By tags' },
            ]}
            value={field.value}
            onChange={(value) => field.onChange(value)}
          />
        )}
      />
      {mode === 'hostname' ? (
        <TextInput
          label="Hostname regular expression"
          description=".* matches every device"
          required
          styles={MONO_INPUT}
          error={e.hostname?.message}
          {...r('hostname')}
        />
      ) : (
        <Controller
          control={c}
          name="tags"
          render={({ field }) => (
            <TagsInput
              label="Tags"
              description="1 to 3 tags; press Enter after each."
              data={tags.data ?? []}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={e.tags?.message}
              required
            />
          )}
        />
      )}
    </Stack>
  );
}
