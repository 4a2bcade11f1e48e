import { Table } from '@mantine/core';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '@/test/render';
import { VirtualTable } from './VirtualTable';

const ROW_HEIGHT = 40;
const VIEWPORT = 400;

// jsdom has no layout: give the scroll region a viewport so the virtualizer has something to fill.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(VIEWPORT);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});

const names = Array.from({ length: 10_000 }, (_, index) => `row-${index}`);
const rowKey = (index: number) => names[index] ?? String(index);
const header = (
  <>
    <Table.Th>Name</Table.Th>
    <Table.Th>Position</Table.Th>
  </>
);

function cells(index: number) {
  return (
    <>
      <Table.Td>{names[index]}</Table.Td>
      <Table.Td>{index + 1}</Table.Td>
    </>
  );
}

function table(renderCells: (index: number) => ReactNode = cells, regionLabel?: string) {
  return (
    <VirtualTable
      label="Things"
      {...(regionLabel ? { regionLabel } : {})}
      count={names.length}
      rowHeight={ROW_HEIGHT}
      header={header}
      rowKey={rowKey}
      renderCells={renderCells}
    />
  );
}

function renderTable(renderCells?: (index: number) => ReactNode, regionLabel?: string) {
  return renderWithMantine(table(renderCells, regionLabel));
}

function bodyRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1');
}

describe('VirtualTable', () => {
  it('names the table and its focusable scroll region and counts every row', () => {
    renderTable();
    const region = screen.getByRole('region', { name: 'Things (scrollable)' });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: 'Things' });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    expect(within(table).getByRole('columnheader', { name: 'Name' }).closest('tr')).toHaveAttribute(
      'aria-rowindex',
      '1',
    );
  });

  it('uses a given region name', () => {
    renderTable(cells, 'Recorded things');
    expect(screen.getByRole('region', { name: 'Recorded things' })).toBeInTheDocument();
  });

  it('renders only the rows in view, numbered from 2 after the header', () => {
    renderTable();
    const rows = bodyRows(screen.getByRole('table', { name: 'Things' }));
    expect(rows.length).toBeGreaterThanOrEqual(VIEWPORT / ROW_HEIGHT);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(rows[0]!).getByRole('cell', { name: 'row-0' })).toBeInTheDocument();
    expect(screen.queryByRole('cell', { name: 'row-5000' })).not.toBeInTheDocument();
  });

  it('renders the rows scrolled to, keeping their row index', async () => {
    renderTable();
    const region = screen.getByRole('region', { name: 'Things (scrollable)' });
    region.scrollTop = 5000 * ROW_HEIGHT;
    await act(async () => {
      fireEvent.scroll(region);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const cell = await screen.findByRole('cell', { name: 'row-5000' });
    expect(cell.closest('tr')).toHaveAttribute('aria-rowindex', '5002');
    expect(screen.queryByRole('cell', { name: 'row-0' })).not.toBeInTheDocument();
  });

  it('can be focused from the keyboard so arrow keys and Page Down scroll it', async () => {
    renderTable();
    await userEvent.tab();
    expect(screen.getByRole('region', { name: 'Things (scrollable)' })).toHaveFocus();
  });

  it('does not re-render rows in view when the table re-renders with the same renderCells', () => {
    const renderCells = vi.fn(cells);
    const { rerender } = renderTable(renderCells);
    const rendered = renderCells.mock.calls.length;
    expect(rendered).toBeGreaterThan(0);
    rerender(table(renderCells));
    expect(renderCells).toHaveBeenCalledTimes(rendered);
  });
});
