import { empty, invalid, json, message, readJsonObject } from '../http.ts';
import type { ShellHubRoute, ShellHubRouteContext } from '../routes.ts';
import { tenantOf } from './context.ts';
import type { RuleFilter } from './model.ts';
import { tagProblem } from './validate.ts';

type Tagged = { tags: string[] } | { filter: RuleFilter };

function taggedItems(context: ShellHubRouteContext): Tagged[] {
  const tenant = tenantOf(context);
  const { devices, rules, publicKeys } = context.state.devices;
  return [...devices, ...rules, ...publicKeys].filter((item) => item.tenantId === tenant);
}

function tagsOf(item: Tagged): string[] {
  if ('tags' in item) return item.tags;
  return 'tags' in item.filter ? item.filter.tags : [];
}

function replaceTags(item: Tagged, change: (tags: string[]) => string[]) {
  if ('tags' in item) item.tags = change(item.tags);
  else if ('tags' in item.filter) {
    const tags = change(item.filter.tags);
    // A rule or key left without tags would match nothing; ShellHub keeps the last tag.
    if (tags.length > 0) item.filter = { tags };
  }
}

export const tagRoutes: ShellHubRoute[] = [
  {
    method: 'GET',
    pattern: '/api/tags',
    auth: 'jwt,api-key',
    handle: (context) => {
      const names = [...new Set(taggedItems(context).flatMap(tagsOf))].sort();
      return json(names, 200, { 'X-Total-Count': String(names.length) });
    },
  },
  {
    method: 'PUT',
    pattern: '/api/tags/:tag',
    auth: 'jwt,api-key',
    minRole: 'operator',
    handle: async (context) => {
      const from = context.params.tag ?? '';
      const items = taggedItems(context).filter((item) => tagsOf(item).includes(from));
      if (items.length === 0) return message(404, 'tag not found');
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const problem = tagProblem(body.value.tag);
      if (problem) return invalid({ tag: problem });
      const to = body.value.tag as string;
      if (taggedItems(context).some((item) => tagsOf(item).includes(to))) {
        return message(409, 'tag already exists');
      }
      for (const item of items) replaceTags(item, (tags) => tags.map((t) => (t === from ? to : t)));
      return empty(200);
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/tags/:tag',
    auth: 'jwt,api-key',
    minRole: 'operator',
    handle: (context) => {
      const name = context.params.tag ?? '';
      const items = taggedItems(context).filter((item) => tagsOf(item).includes(name));
      if (items.length === 0) return message(404, 'tag not found');
      for (const item of items) replaceTags(item, (tags) => tags.filter((t) => t !== name));
      return empty(204);
    },
  },
];
