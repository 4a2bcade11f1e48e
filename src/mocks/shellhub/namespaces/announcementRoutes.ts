import { invalid, json, message, paginate } from '../http.ts';
import type { ShellHubRoute } from '../routes.ts';
import { iso } from './views.ts';

export const announcementRoutes: ShellHubRoute[] = [
  {
    method: 'GET',
    pattern: '/api/announcements',
    auth: 'none',
    handle({ state, url }) {
      const order = url.searchParams.get('order_by') ?? 'desc';
      if (order !== 'asc' && order !== 'desc') return invalid({ order_by: 'must be asc or desc' });
      const sorted = [...state.namespacesSlice.announcements].sort((a, b) =>
        order === 'asc' ? a.date - b.date : b.date - a.date,
      );
      return paginate(
        sorted.map(({ uuid, title, date }) => ({ uuid, title, date: iso(date) })),
        url,
      );
    },
  },
  {
    method: 'GET',
    pattern: '/api/announcements/:uuid',
    auth: 'none',
    handle({ state, params }) {
      const found = state.namespacesSlice.announcements.find((item) => item.uuid === params.uuid);
      if (!found) return message(404, 'announcement not found');
      return json({ ...found, date: iso(found.date) });
    },
  },
];
