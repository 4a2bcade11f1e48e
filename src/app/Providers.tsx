import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { contrastResolver, theme } from './theme';

/** What every page needs; the query client comes with the pages that query (QueryProvider). */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={contrastResolver}
      defaultColorScheme="auto"
      // Mantine then writes every theme variable itself, so the first page does not also download
      // them as default-css-variables.css (4 kB gzip); see src/app/styles/base.ts.
      deduplicateCssVariables={false}
    >
      {children}
    </MantineProvider>
  );
}
