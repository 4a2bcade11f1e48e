import { Anchor, Breadcrumbs as MantineBreadcrumbs, Text } from '@mantine/core';
import { Link, useMatches, useParams } from 'react-router';
import { useConnection } from '@/connections/store';

interface CrumbHandle {
  crumb?: string;
}

export function Breadcrumbs() {
  const matches = useMatches();
  const { connectionId } = useParams();
  const connection = useConnection(connectionId);

  const crumbs: { label: string; to: string }[] = [];
  if (connection) crumbs.push({ label: connection.name, to: `/c/${connection.id}` });
  for (const match of matches) {
    const label = (match.handle as CrumbHandle | undefined)?.crumb;
    if (label && !(label === 'Fleet' && connection)) crumbs.push({ label, to: match.pathname });
  }
  if (crumbs.length < 2) return null;

  return (
    <nav aria-label="Breadcrumb">
      <MantineBreadcrumbs mb="md" separatorMargin={6}>
        {crumbs.map((crumb, index) =>
          index === crumbs.length - 1 ? (
            <Text key={crumb.to} size="sm" aria-current="page">
              {crumb.label}
            </Text>
          ) : (
            <Anchor key={crumb.to} component={Link} to={crumb.to} size="sm">
              {crumb.label}
            </Anchor>
          ),
        )}
      </MantineBreadcrumbs>
    </nav>
  );
}
