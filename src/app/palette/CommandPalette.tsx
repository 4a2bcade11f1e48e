import '@mantine/spotlight/styles.css';
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import {
  Spotlight,
  type SpotlightActionData,
  type SpotlightActionGroupData,
  type SpotlightFilterFunction,
  createSpotlight,
} from '@mantine/spotlight';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useNavigate, useParams } from 'react-router';
import { sessionStore } from '@/auth/sessionStore';
import { useConnections } from '@/connections/store';
import { navFor } from '../featureModules';
import { isNavItemVisible } from '../modules';
import { type PaletteEntry, buildPaletteEntries, matchesQuery } from './paletteActions';

const [paletteStore, palette] = createSpotlight();

// The dialog is named by its title, which only screen readers need.
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  minHeight: 0,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** Only as many results as fit on screen are rendered, even with thousands of entries. */
const LIMIT = 30;

export function CommandPalette({ openRequest }: { openRequest: number }) {
  const connections = useConnections();
  const sessions = useSyncExternalStore(sessionStore.subscribe, sessionStore.snapshot);
  const { connectionId } = useParams();
  const navigate = useNavigate();
  const { setColorScheme } = useMantineColorScheme();
  const colorScheme = useComputedColorScheme('light');

  useEffect(() => {
    if (openRequest > 0) palette.open();
  }, [openRequest]);

  const entries = useMemo(() => {
    const current = connections.find((connection) => connection.id === connectionId);
    return buildPaletteEntries({
      connections,
      navFor: (connection) =>
        navFor(connection.kind).filter((item) =>
          isNavItemVisible(item, sessions.get(connection.id)),
        ),
      current: current ? { connection: current, signedIn: sessions.has(current.id) } : null,
      colorScheme,
      navigate: (path) => void navigate(path),
      toggleColorScheme: () => setColorScheme(colorScheme === 'dark' ? 'light' : 'dark'),
      signOut: (connection) => {
        sessionStore.signOut(connection.id);
        void navigate(`/c/${connection.id}/signin`);
      },
    });
  }, [connections, sessions, connectionId, colorScheme, navigate, setColorScheme]);

  const byId = useMemo(() => new Map(entries.map((entry) => [entry.id, entry])), [entries]);
  const actions = useMemo(() => toGroups(entries), [entries]);
  const filter: SpotlightFilterFunction = (query, groups) =>
    (groups as SpotlightActionGroupData[])
      .map((group) => ({
        ...group,
        actions: group.actions.filter((action) => {
          const entry = byId.get(action.id);
          return entry ? matchesQuery(entry, query) : false;
        }),
      }))
      .filter((group) => group.actions.length > 0);

  return (
    <Spotlight
      store={paletteStore}
      title="Command palette"
      styles={{ header: VISUALLY_HIDDEN }}
      actions={actions}
      filter={filter}
      limit={LIMIT}
      shortcut={null}
      nothingFound="Nothing found"
      highlightQuery
      scrollable
      maxHeight={420}
      searchProps={{
        placeholder: 'Go to a page of any connection, or run an action…',
        'aria-label': 'Command palette search',
      }}
    />
  );
}

function toGroups(entries: PaletteEntry[]): SpotlightActionGroupData[] {
  const groups = new Map<string, SpotlightActionData[]>();
  for (const entry of entries) {
    const list = groups.get(entry.group) ?? [];
    list.push({
      id: entry.id,
      label: entry.label,
      ...(entry.description ? { description: entry.description } : {}),
      onClick: entry.run,
    });
    groups.set(entry.group, list);
  }
  return [...groups].map(([group, actions]) => ({ group, actions }));
}
