import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '@/test/render';
import { RebootWaitModal } from './RebootWaitModal';

function renderModal(
  phase: 'going-down' | 'coming-back' | 'back' | 'gave-up',
  goingDownText?: string,
) {
  const onKeepWaiting = vi.fn();
  const onClose = vi.fn();
  renderWithMantine(
    <RebootWaitModal
      name="Lab appliance"
      watch={{ phase, startedAt: Date.now() - 605_000 }}
      giveUpMinutes={10}
      {...(goingDownText ? { goingDownText } : {})}
      onKeepWaiting={onKeepWaiting}
      onClose={onClose}
    />,
  );
  return { onKeepWaiting, onClose };
}

describe('RebootWaitModal', () => {
  it('shows the elapsed time while waiting, and can only be stopped on purpose', async () => {
    const { onClose } = renderModal('coming-back');
    expect(
      screen.getByRole('dialog', { name: 'Waiting for Lab appliance to restart' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Elapsed: 10 min 5 s')).toBeInTheDocument();
    expect(screen.getByText(/has stopped answering/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Keep waiting' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Stop waiting' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('says when the appliance still answers before going down', () => {
    renderModal('going-down');
    expect(screen.getByText('Lab appliance is about to restart; it still answers.')).toBeVisible();
  });

  it("uses the caller's words for what happens before the restart", () => {
    renderModal('going-down', 'Lab appliance is backing up first.');
    expect(screen.getByText('Lab appliance is backing up first.')).toBeVisible();
  });

  it('after giving up, explains and offers to keep waiting', async () => {
    const { onKeepWaiting, onClose } = renderModal('gave-up');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('No answer after 10 minutes');
    expect(alert).toHaveTextContent('Lab appliance has not answered again');
    await userEvent.click(screen.getByRole('button', { name: 'Keep waiting' }));
    expect(onKeepWaiting).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Stop waiting' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('says when the appliance is back', () => {
    renderModal('back');
    expect(screen.getByRole('dialog', { name: 'Lab appliance is back online' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Back online');
  });
});
