import { type RefObject, useEffect, useRef, useState } from 'react';
import { nextCardIndex } from './gridKeys';

const INDEX_ATTRIBUTE = 'data-fleet-index';

function findCard(container: HTMLElement | null, index: number) {
  return container?.querySelector<HTMLElement>(`[${INDEX_ATTRIBUTE}="${index}"]`) ?? null;
}

/** Props that make a card one stop of the roving focus. */
export function cardFocusProps(index: number, tabbable: boolean) {
  return { tabIndex: tabbable ? 0 : -1, [INDEX_ATTRIBUTE]: index };
}

/**
 * Roving focus over virtualized cards: one card is in the Tab order, arrow keys, Home and End
 * move to any other. A card that is not rendered yet is scrolled to first and focused once its
 * row is in the page, so the keyboard reaches every card, not just the rendered ones. Keys and
 * focus are delegated from the cards to their container.
 */
export function useRovingCards(
  containerRef: RefObject<HTMLElement | null>,
  count: number,
  columns: number,
  scrollToRow: (row: number) => void,
) {
  const [active, setActive] = useState(0);
  const pending = useRef<number | null>(null);

  // Runs after every render: the virtualizer renders again as it scrolls to the pending card.
  useEffect(() => {
    if (pending.current === null) return;
    const card = findCard(containerRef.current, pending.current);
    if (!card) return;
    pending.current = null;
    card.focus();
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;

    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // Only a focused card itself: inside it, keys belong to its links and buttons.
      const index = (event.target as HTMLElement).getAttribute(INDEX_ATTRIBUTE);
      if (index === null) return;
      const next = nextCardIndex(event.key, Number(index), count, columns);
      if (next === null) return;
      event.preventDefault();
      if (next === Number(index)) return;
      setActive(next);
      const card = findCard(container, next);
      if (card) {
        card.focus();
        return;
      }
      pending.current = next;
      scrollToRow(Math.floor(next / columns));
    }

    function onFocusIn(event: FocusEvent) {
      pending.current = null;
      const card = (event.target as HTMLElement).closest(`[${INDEX_ATTRIBUTE}]`);
      const index = card?.getAttribute(INDEX_ATTRIBUTE);
      if (index) setActive(Number(index));
    }

    container.addEventListener('keydown', onKeyDown);
    container.addEventListener('focusin', onFocusIn);
    return () => {
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', onFocusIn);
    };
  }, [containerRef, count, columns, scrollToRow]);

  return { active: Math.min(active, Math.max(0, count - 1)) };
}
