import { ActionIcon, Kbd, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Suspense, lazy, useState } from 'react';

const CommandPalette = lazy(async () => ({
  default: (await import('./CommandPalette')).CommandPalette,
}));

/** The palette's button and Ctrl/Cmd+K; the palette itself loads on first use. */
export function PaletteLauncher() {
  const [openRequest, setOpenRequest] = useState(0);
  const open = () => setOpenRequest((count) => count + 1);
  useHotkeys([['mod+K', open]], []);

  return (
    <>
      <Tooltip
        label={
          <>
            Command palette <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">K</Kbd>
          </>
        }
      >
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Open command palette"
          aria-keyshortcuts="Control+K Meta+K"
          onClick={open}
        >
          <SearchIcon />
        </ActionIcon>
      </Tooltip>
      {openRequest > 0 ? (
        <Suspense fallback={null}>
          <CommandPalette openRequest={openRequest} />
        </Suspense>
      ) : null}
    </>
  );
}

function SearchIcon() {
  return (
    <svg
      width={18}
      height={18}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      aria-hidden
    >
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  );
}
