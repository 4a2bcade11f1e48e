import { TextInput } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';

type FieldProps = UseFormRegisterReturn & { error: string | undefined };

/** The name (with what renaming does) and description of a group or set. */
export function NameDescriptionFields({
  nameDescription,
  field,
}: {
  nameDescription: string;
  field: (name: 'name' | 'description') => FieldProps;
}) {
  return (
    <>
      <TextInput label="Name" description={nameDescription} required {...field('name')} />
      <TextInput label="Description" {...field('description')} />
    </>
  );
}
