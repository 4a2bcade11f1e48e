import { Paper, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { sslQuery } from '../api/ssl';
import { Facts } from '../components/Facts';
import { PrerequisiteOrError } from '../components/LicenseGate';
import { SslUploadForm } from '../components/SslUploadForm';

export function SslPage() {
  const { connection, client } = useConnectionClient();
  const ssl = useQuery(sslQuery(connection.id, client));
  return (
    <Stack maw={820}>
      <PageHeader
        title="SSL certificate"
        description={`The certificate ${connection.name} serves its web UI and API with.`}
      />
      <Paper withBorder p="md" radius="md">
        <Stack>
          <Title order={2} size="h4">
            Installed certificate
          </Title>
          {ssl.isPending ? <Skeleton height={140} aria-label="Loading the certificate" /> : null}
          {ssl.isError ? (
            <PrerequisiteOrError
              error={ssl.error}
              what="the certificate"
              onRetry={() => void ssl.refetch()}
            />
          ) : null}
          {ssl.data && ssl.data.certs.length === 0 ? (
            <EmptyState title="No certificate reported">The controller lists none.</EmptyState>
          ) : null}
          {ssl.data?.certs.map((cert, index) => (
            <Facts
              key={cert.sha1_fingerprint ?? index}
              label={`Certificate ${index + 1}`}
              rows={[
                ['Subject', cert.subject],
                ['Issuer', cert.issuer],
                ['Valid from', cert.before],
                ['Valid until', cert.after],
                ['SHA-1 fingerprint', cert.sha1_fingerprint],
              ]}
            />
          ))}
        </Stack>
      </Paper>
      {ssl.data ? <SslUploadForm /> : null}
    </Stack>
  );
}
