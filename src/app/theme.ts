import { type CSSVariablesResolver, DEFAULT_THEME, createTheme, darken } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  respectReducedMotion: true,
  luminanceThreshold: 0.35,
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650' },
  components: {
    // A plain object rather than Modal.extend keeps Modal out of the first page's bundle. Inside
    // <main>, the dialog's <header> is not a second page banner for assistive technology. Mantine
    // places the fixed, full-width layer at its static position, which inside <main> is right of
    // the navbar; pinning its left edge centres the dialog in the viewport.
    Modal: {
      defaultProps: {
        closeButtonProps: { 'aria-label': 'Close dialog' },
        portalProps: { target: '#main-content' },
      },
      styles: { inner: { insetInlineStart: 0 } },
    },
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      // Mantine greys the message under a title with gray-6, 3.3:1 on white.
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
  },
});

/**
 * Mantine's light-scheme text shades (dimmed text, links, "light" and "outline" badges) fall
 * below WCAG AA contrast on white, and the dark error red on dark grey; these shades keep every
 * text at 4.5:1 or more.
 */
export const contrastResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-8)',
  };
  for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
    light[`--mantine-color-${name}-light-color`] = darken(shades[9], 0.3);
    light[`--mantine-color-${name}-outline`] = darken(shades[8], 0.2);
    light[`--mantine-color-${name}-text`] = darken(shades[8], 0.2);
  }
  return {
    variables: {},
    light,
    dark: {
      '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
      '--mantine-color-error': 'var(--mantine-color-red-4)',
    },
  };
};
