import { z } from 'zod/mini';
import { credentialSchema } from '@/auth/credentials';
import { sessionStore } from '@/auth/sessionStore';
import { CONNECTION_KINDS } from './kinds';
import { connectionStore } from './store';

/** Served by the development and preview servers next to the simulators; absent in production. */
const DEMO_MANIFEST = '/sim/demo.json';

const demoManifestSchema = z.object({
  connections: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(CONNECTION_KINDS),
      name: z.string(),
      path: z.string().check(z.startsWith('/')),
      credential: z.optional(credentialSchema),
    }),
  ),
});

/**
 * On a first visit, adds the demo backends; on every visit, signs the demo connections in (in
 * memory) so the demo opens connected.
 */
export async function seedDemoConnections(): Promise<void> {
  const firstVisit = !connectionStore.hasBeenInitialized();
  const hasDemo = connectionStore.getAll().some((connection) => connection.demo);
  if (!firstVisit && !hasDemo) return;
  const manifest = await fetchManifest();
  if (!manifest) return;
  for (const demo of manifest.connections) {
    if (firstVisit && !connectionStore.get(demo.id)) {
      connectionStore.add(
        {
          kind: demo.kind,
          name: demo.name,
          baseUrl: new URL(demo.path, window.location.origin).href.replace(/\/+$/, ''),
          proxyPath: '',
        },
        { id: demo.id, demo: true },
      );
    }
    const connection = connectionStore.get(demo.id);
    if (connection?.demo && demo.credential && !sessionStore.get(demo.id)) {
      sessionStore.signIn(demo.id, demo.credential, false);
    }
  }
}

async function fetchManifest() {
  try {
    const response = await fetch(DEMO_MANIFEST, {
      signal: AbortSignal.timeout(3000),
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return null;
    const parsed = demoManifestSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
