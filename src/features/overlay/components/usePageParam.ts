import { useSearchParams } from 'react-router';
import { pageParam } from '../api/paged';

/** The list page lives in the console's URL (`?page=2`), so it survives reloads and links. */
export function usePageParam(): [number, (page: number) => void] {
  const [params, setParams] = useSearchParams();
  const page = pageParam(params.get('page'));
  const setPage = (next: number) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      if (next > 1) copy.set('page', String(next));
      else copy.delete('page');
      return copy;
    });
  return [page, setPage];
}
