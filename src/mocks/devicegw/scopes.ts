/** Scopes are a bitmask: 4 bits (read, update, create, delete) per resource. */
export const RESOURCES = ['devices', 'updates', 'users'] as const;

const READ = 1;
const UPDATE = 2;
const CREATE = 4;
const DELETE = 8;

const ACTIONS: Record<string, number> = {
  read: READ,
  'read-update': READ | UPDATE,
  create: CREATE,
  delete: DELETE,
};

export const ALL_SCOPES: readonly string[] = RESOURCES.flatMap((resource) =>
  Object.keys(ACTIONS).map((action) => `${resource}:${action}`),
);

function bitsOf(scope: string): bigint | null {
  const [resource = '', action = ''] = scope.split(':');
  const index = (RESOURCES as readonly string[]).indexOf(resource);
  const bits = ACTIONS[action];
  if (index < 0 || bits === undefined) return null;
  return BigInt(bits) << BigInt(index * 4);
}

export function isScope(scope: string): boolean {
  return bitsOf(scope) !== null;
}

export function scopeMask(scopes: readonly string[]): bigint {
  let mask = 0n;
  for (const scope of scopes) mask |= bitsOf(scope) ?? 0n;
  return mask;
}

/** The required scopes the mask does not satisfy (a bit test: read-update covers read). */
export function missingScopes(mask: bigint, required: readonly string[]): string[] {
  return required.filter((scope) => {
    const bits = bitsOf(scope) ?? 0n;
    return (mask & bits) !== bits;
  });
}
