import { ActionIcon, Menu, Text } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { sessionStore, useSession } from '@/auth/sessionStore';
import { UserIcon } from '@/components/icons';
import { useConnection } from '@/connections/store';

export function UserMenu() {
  const { connectionId } = useParams();
  const connection = useConnection(connectionId);
  const session = useSession(connectionId);
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withArrow>
      <Menu.Target>
        <ActionIcon variant="default" size="lg" aria-label="Account menu">
          <UserIcon />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {connection ? (
          <>
            <Menu.Label>{connection.name}</Menu.Label>
            <Text size="xs" c="dimmed" px="sm" pb="xs">
              {session
                ? `Signed in${session.remember ? ' · remembered on this device' : ''}`
                : 'Not signed in'}
            </Text>
            {session ? (
              <Menu.Item
                onClick={() => {
                  sessionStore.signOut(connection.id);
                  void navigate(`/c/${connection.id}/signin`);
                }}
              >
                Sign out of {connection.name}
              </Menu.Item>
            ) : (
              <Menu.Item onClick={() => void navigate(`/c/${connection.id}/signin`)}>
                Sign in
              </Menu.Item>
            )}
            <Menu.Divider />
          </>
        ) : null}
        <Menu.Item onClick={() => void navigate('/connections')}>Manage connections</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
