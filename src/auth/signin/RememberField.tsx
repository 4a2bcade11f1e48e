import { Checkbox } from '@mantine/core';
import type { ComponentProps } from 'react';

export function RememberField(props: Omit<ComponentProps<typeof Checkbox>, 'label'>) {
  return (
    <Checkbox
      label="Remember me on this device"
      description="Off by default: the credential is kept in this tab's memory only and is gone when you close it."
      {...props}
    />
  );
}
