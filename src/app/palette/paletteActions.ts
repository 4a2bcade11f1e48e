import type { NavItem } from '@/app/modules';
import { KIND_INFO } from '@/connections/kinds';
import type { Connection } from '@/connections/schema';

/** A palette entry: what it is called, where it is grouped, what it does. */
export interface PaletteEntry {
  id: string;
  group: 'Go to' | 'Actions' | 'Connections' | 'Pages';
  label: string;
  description?: string;
  keywords?: string[];
  run: () => void;
}

export interface PaletteContext {
  connections: readonly Connection[];
  navFor: (connection: Connection) => NavItem[];
  /** The connection the user is in, if any, and whether it is signed in. */
  current: { connection: Connection; signedIn: boolean } | null;
  colorScheme: 'light' | 'dark';
  navigate: (path: string) => void;
  toggleColorScheme: () => void;
  signOut: (connection: Connection) => void;
}

export function buildPaletteEntries(context: PaletteContext): PaletteEntry[] {
  const { navigate } = context;
  const entries: PaletteEntry[] = [
    { id: 'go:fleet', group: 'Go to', label: 'Fleet', run: () => navigate('/') },
    {
      id: 'go:connections',
      group: 'Go to',
      label: 'Connections',
      run: () => navigate('/connections'),
    },
    {
      id: 'go:audit',
      group: 'Go to',
      label: 'Audit trail',
      keywords: ['history', 'log', 'changes'],
      run: () => navigate('/audit'),
    },
    {
      id: 'action:add-connection',
      group: 'Actions',
      label: 'Add connection',
      keywords: ['new', 'backend'],
      run: () => navigate('/connections?add=1'),
    },
    {
      id: 'action:export-connections',
      group: 'Actions',
      label: 'Export or import connections',
      keywords: ['backup', 'json', 'file'],
      run: () => navigate('/connections'),
    },
    {
      id: 'action:color-scheme',
      group: 'Actions',
      label: `Switch to ${context.colorScheme === 'dark' ? 'light' : 'dark'} mode`,
      keywords: ['theme', 'colour', 'color', 'dark', 'light'],
      run: context.toggleColorScheme,
    },
  ];
  if (context.current?.signedIn) {
    const { connection } = context.current;
    entries.push({
      id: 'action:sign-out',
      group: 'Actions',
      label: `Sign out of ${connection.name}`,
      keywords: ['log out', 'logout'],
      run: () => context.signOut(connection),
    });
  }
  for (const connection of context.connections) {
    const kind = KIND_INFO[connection.kind].label;
    entries.push({
      id: `connection:${connection.id}`,
      group: 'Connections',
      label: connection.name,
      description: `${kind} · ${connection.baseUrl}`,
      keywords: [kind],
      run: () => navigate(`/c/${connection.id}`),
    });
  }
  for (const connection of context.connections) {
    const kind = KIND_INFO[connection.kind].label;
    for (const item of context.navFor(connection)) {
      entries.push({
        id: `page:${connection.id}:${item.path}`,
        group: 'Pages',
        label: item.label,
        description: `${connection.name} · ${kind}`,
        run: () => navigate(`/c/${connection.id}/${item.path}`),
      });
    }
  }
  return entries;
}

/** Every word of the query must occur in the label, description or keywords. */
export function matchesQuery(entry: PaletteEntry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [entry.label, entry.description ?? '', ...(entry.keywords ?? [])]
    .join(' ')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}
