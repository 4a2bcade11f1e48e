import type { SimOutcome } from '../../framework/types.ts';
import { badRequest, notFound, readJsonObject, vns3Error, vns3Response } from '../http.ts';
import type { Vns3Route, Vns3RouteContext } from '../routes.ts';
import { stringField } from './fields.ts';
import { isIPv4, isIPv4Cidr } from './rules.ts';
import type { Container, ContainerImage } from './state.ts';
import { iso, nextId } from './state.ts';

export const CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

type Handler = (context: Vns3RouteContext) => SimOutcome | Promise<SimOutcome>;

/** Container routes answer 403 when the controller has no container support. */
function available(handle: Handler): Handler {
  return (context) =>
    context.state.system.containersAvailable
      ? handle(context)
      : vns3Error(403, 'PrerequisiteError', 'Container support not available');
}

const systemDetail = (system: { network: string; running: boolean }) => ({
  network: system.network,
  running: system.running,
});

const imageDetail = (image: ContainerImage) => ({
  uuid: image.uuid,
  name: image.name,
  description: image.description,
  status: image.status,
  created_at: iso(image.createdAt),
});

const containerDetail = (container: Container, images: Map<string, ContainerImage>) => ({
  uuid: container.uuid,
  name: container.name,
  image_uuid: container.imageUuid,
  image_name: images.get(container.imageUuid)?.name ?? null,
  ip_address: container.ipaddress,
  command: container.command,
  status: container.running ? 'running' : 'stopped',
  created_at: iso(container.createdAt),
});

/** Host addresses of the container network (at most 64), each "in use" or "available". */
function networkAddresses(system: {
  containerSystem: { network: string };
  containers: Map<string, Container>;
}) {
  const [base = '', bits = '32'] = system.containerSystem.network.split('/');
  const octets = base.split('.').map(Number);
  const start =
    (((octets[0] ?? 0) << 24) |
      ((octets[1] ?? 0) << 16) |
      ((octets[2] ?? 0) << 8) |
      (octets[3] ?? 0)) >>>
    0;
  const size = Math.min(2 ** (32 - Number(bits)), 66);
  const used = new Set([...system.containers.values()].map((container) => container.ipaddress));
  return Array.from({ length: Math.max(size - 2, 0) }, (_, i) => {
    const value = start + i + 1;
    const address = [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
    return { address, status: used.has(address) ? 'in use' : 'available' };
  });
}

/** Export file names per controller state, for the "Duplicate name" check. */
const imageExports = new WeakMap<object, Set<string>>();

export const MAX_STORED_IMAGES = 5;

const route = (method: Vns3Route['method'], pattern: string, handle: Handler): Vns3Route => ({
  method,
  pattern,
  gate: 'license',
  handle: available(handle),
});

export const containerRoutes: Vns3Route[] = [
  route('GET', '/container_system', ({ state }) =>
    vns3Response(systemDetail(state.system.containerSystem)),
  ),
  route('PUT', '/container_system', async ({ state, request }) => {
    const body = await readJsonObject(request);
    if (!body.ok) return body.outcome;
    const network = stringField(body.value, 'network', { required: true });
    if (!network.ok) return network.outcome;
    if (!isIPv4Cidr(network.value ?? '')) return badRequest('network must be an IPv4 CIDR');
    if (state.system.containerSystem.running) {
      return vns3Error(400, 'APIBadRequestError', 'Stop the container system first');
    }
    state.system.containerSystem.network = network.value ?? '';
    return vns3Response(systemDetail(state.system.containerSystem));
  }),
  route('POST', '/container_system', async ({ state, request }) => {
    const body = await readJsonObject(request);
    if (!body.ok) return body.outcome;
    const action = stringField(body.value, 'action', { required: true });
    if (!action.ok) return action.outcome;
    if (action.value !== 'start' && action.value !== 'stop') {
      return badRequest('action must be start or stop');
    }
    state.system.containerSystem.running = action.value === 'start';
    if (action.value === 'stop') {
      for (const container of state.system.containers.values()) container.running = false;
    }
    return vns3Response(systemDetail(state.system.containerSystem));
  }),
  route('GET', '/container_system/ip_addresses', ({ state }) =>
    vns3Response({ addresses: networkAddresses(state.system) }),
  ),
  route('GET', '/container_system/images', ({ state }) =>
    vns3Response({ images: [...state.system.images.values()].map(imageDetail) }),
  ),
  route('POST', '/container_system/images', async ({ state, request, now }) => {
    const body = await readJsonObject(request);
    if (!body.ok) return body.outcome;
    const name = stringField(body.value, 'name', { required: true });
    if (!name.ok) return name.outcome;
    if (!CONTAINER_NAME.test(name.value ?? '')) {
      return badRequest('name must start with a letter or digit; letters, digits, _ . - only');
    }
    const url = stringField(body.value, 'url');
    if (!url.ok) return url.outcome;
    const buildurl = stringField(body.value, 'buildurl');
    if (!buildurl.ok) return buildurl.outcome;
    const source = url.value ?? buildurl.value;
    if (!source || !/^https?:\/\//.test(source)) {
      return badRequest('url or buildurl (http or https) is required');
    }
    const description = stringField(body.value, 'description');
    if (!description.ok) return description.outcome;
    const uuid = `img-${nextId(state.system)}`;
    state.system.images.set(uuid, {
      uuid,
      name: name.value ?? '',
      description: description.value ?? '',
      status: 'Ready',
      createdAt: now,
    });
    return vns3Response({ status: 'Importing', import_uuid: uuid });
  }),
  route('PUT', '/container_system/images/:uuid', async ({ state, request, params }) => {
    const body = await readJsonObject(request);
    if (!body.ok) return body.outcome;
    const name = stringField(body.value, 'name', { required: true });
    if (!name.ok) return name.outcome;
    if (!CONTAINER_NAME.test(name.value ?? '')) {
      return badRequest('name must start with a letter or digit; letters, digits, _ . - only');
    }
    const description = stringField(body.value, 'description');
    if (!description.ok) return description.outcome;
    const image = state.system.images.get(params.uuid ?? '');
    if (!image) return notFound('Image does not exist');
    image.name = name.value ?? image.name;
    if (description.value !== undefined) image.description = description.value;
    return vns3Response({ uuid: image.uuid, status: 'Updated' });
  }),
  route('DELETE', '/container_system/images/:uuid', ({ state, params }) => {
    const uuid = params.uuid ?? '';
    if (!state.system.images.has(uuid)) return notFound('Image does not exist');
    if ([...state.system.containers.values()].some((container) => container.imageUuid === uuid)) {
      return vns3Error(400, 'APIBadRequestError', 'Image is used by a container');
    }
    state.system.images.delete(uuid);
    return vns3Response({ uuid, image_deleted: true });
  }),
  route('POST', '/container_system/images/:uuid/exports', async ({ state, request, params }) => {
    const body = await readJsonObject(request);
    if (!body.ok) return body.outcome;
    const name = stringField(body.value, 'name', { required: true });
    if (!name.ok) return name.outcome;
    if (!CONTAINER_NAME.test(name.value ?? '')) {
      return badRequest('name must start with a letter or digit; letters, digits, _ . - only');
    }
    if (!state.system.images.has(params.uuid ?? '')) return notFound('Image does not exist');
    const names = imageExports.get(state.system) ?? new Set<string>();
    imageExports.set(state.system, names);
    if (names.has(name.value ?? '')) return badRequest('Duplicate name -- name must be unique.');
    names.add(name.value ?? '');
    return vns3Response({ status: 'Image exported' });
  }),
  route('GET', '/container_system/containers', ({ state }) =>
    vns3Response({
      containers: [...state.system.containers.values()].map((container) =>
        containerDetail(container, state.system.images),
      ),
    }),
  ),
  route('POST', '/container_system/containers', async ({ state, request, now }) => {
    const body = await readJsonObject(request);
    if (!body.ok) return body.outcome;
    const imageUuid = stringField(body.value, 'image_uuid', { required: true });
    if (!imageUuid.ok) return imageUuid.outcome;
    const name = stringField(body.value, 'name', { required: true });
    if (!name.ok) return name.outcome;
    if (!CONTAINER_NAME.test(name.value ?? '')) {
      return badRequest('name must start with a letter or digit; letters, digits, _ . - only');
    }
    const ipaddress = stringField(body.value, 'ipaddress');
    if (!ipaddress.ok) return ipaddress.outcome;
    if (ipaddress.value && !isIPv4(ipaddress.value)) return badRequest('ipaddress must be IPv4');
    const command = stringField(body.value, 'command');
    if (!command.ok) return command.outcome;
    if (!state.system.images.has(imageUuid.value ?? ''))
      return badRequest('image_uuid does not exist');
    if (!state.system.containerSystem.running) {
      return vns3Error(400, 'APIBadRequestError', 'The container system is stopped');
    }
    const uuid = `ctr-${nextId(state.system)}`;
    const container: Container = {
      uuid,
      name: name.value ?? '',
      imageUuid: imageUuid.value ?? '',
      ipaddress: ipaddress.value || `198.51.100.${2 + state.system.containers.size}`,
      command: command.value ?? '',
      running: true,
      createdAt: now,
    };
    state.system.containers.set(uuid, container);
    return vns3Response({
      uuid,
      container_started: true,
      ip_address: container.ipaddress,
      status: 'running',
    });
  }),
  route('PUT', '/container_system/containers/:uuid', ({ state, params }) => {
    const container = state.system.containers.get(params.uuid ?? '');
    if (!container) return notFound('Container does not exist');
    container.running = false;
    return vns3Response({ uuid: container.uuid, status: 'stopped' });
  }),
  route('DELETE', '/container_system/containers/:uuid', ({ state, params }) => {
    const uuid = params.uuid ?? '';
    if (!state.system.containers.delete(uuid)) return notFound('Container does not exist');
    return vns3Response({ uuid, container_deleted: true });
  }),
  route(
    'POST',
    '/container_system/containers/:uuid/commit',
    async ({ state, request, params, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const name = stringField(body.value, 'name', { required: true });
      if (!name.ok) return name.outcome;
      if (!CONTAINER_NAME.test(name.value ?? '')) {
        return badRequest('name must start with a letter or digit; letters, digits, _ . - only');
      }
      const description = stringField(body.value, 'description');
      if (!description.ok) return description.outcome;
      const container = state.system.containers.get(params.uuid ?? '');
      if (!container) return notFound('Container does not exist');
      if (state.system.images.size >= MAX_STORED_IMAGES) {
        return vns3Error(
          403,
          'OperationNotAllowedError',
          `Unable to commit to new image, container image limit reached - maximum stored images allowed: ${MAX_STORED_IMAGES}; currently stored ${state.system.images.size}`,
        );
      }
      const uuid = `img-${nextId(state.system)}`;
      state.system.images.set(uuid, {
        uuid,
        name: name.value ?? '',
        description: description.value || `Committed from ${container.name}`,
        status: 'Ready',
        createdAt: now,
      });
      return vns3Response({ uuid, name: name.value });
    },
  ),
  {
    method: 'GET',
    pattern: '/container_system/containers/:uuid/logs',
    handle: available(({ state, params, url }) => {
      const lines = Number(url.searchParams.get('lines'));
      if (!Number.isInteger(lines) || lines < 1 || lines > 10_000) {
        return badRequest('lines must be an integer between 1 and 10000');
      }
      const container = state.system.containers.get(params.uuid ?? '');
      if (!container) return notFound('Container does not exist');
      const all = Array.from(
        { length: 30 },
        (_, i) => `${container.name}: log line ${i + 1} <script>not html</script>`,
      );
      return vns3Response({ uuid: container.uuid, logs: all.slice(-lines) });
    }),
  },
];
