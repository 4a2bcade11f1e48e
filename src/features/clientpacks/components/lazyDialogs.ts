import { lazy } from 'react';

// Loaded when first opened: they keep the page's own chunk within its size budget.
export const AddPacksDialog = lazy(async () => ({
  default: (await import('./AddPacksDialog')).AddPacksDialog,
}));
export const PackDetailDialog = lazy(async () => ({
  default: (await import('./PackDetailDialog')).PackDetailDialog,
}));
export const NextAvailableDialog = lazy(async () => ({
  default: (await import('./NextAvailableDialog')).NextAvailableDialog,
}));
