import { Button } from '@mantine/core';

/** Edit and Delete buttons of a table row, named e.g. "Edit group web". */
export function EditDeleteButtons({
  what,
  onEdit,
  onDelete,
}: {
  /** e.g. `group web` */
  what: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <>
      <Button size="compact-xs" variant="default" aria-label={`Edit ${what}`} onClick={onEdit}>
        Edit
      </Button>
      <Button
        size="compact-xs"
        variant="light"
        color="red"
        aria-label={`Delete ${what}`}
        onClick={onDelete}
      >
        Delete
      </Button>
    </>
  );
}
