import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { ItemKind } from '../api/keys';
import { type DeviceRef, useDeviceActions } from './useDeviceActions';

/** Asks before removing a device or container, naming it. */
export function RemoveDeviceDialog({
  kind,
  device,
  onClose,
  onRemoved,
}: {
  kind: ItemKind;
  device: DeviceRef | null;
  onClose: () => void;
  onRemoved?: () => void;
}) {
  const { remove } = useDeviceActions(kind);
  return (
    <ConfirmDialog
      opened={device !== null}
      title={`Remove ${device?.name ?? kind}?`}
      confirmLabel={`Remove ${kind}`}
      loading={remove.isPending}
      onCancel={() => {
        remove.reset();
        onClose();
      }}
      onConfirm={() =>
        device &&
        remove.mutate(device, {
          onSuccess: () => {
            onClose();
            onRemoved?.();
          },
        })
      }
    >
      {device?.name} leaves the namespace with its sessions. If its agent connects again it comes
      back as pending.
    </ConfirmDialog>
  );
}
