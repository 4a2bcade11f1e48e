import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { endpointsQuery } from '@/api/jidoteki/endpoints';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { licenseQuery } from '../api/license';
import { LicenseDetails } from '../components/LicenseDetails';
import { LicenseUploadForm } from '../components/LicenseUploadForm';

export function LicensePage() {
  const { connection, client } = useConnectionClient();
  const license = useQuery(licenseQuery(connection.id, client));
  const endpoints = useQuery(endpointsQuery(connection.id, client));
  // A disabled endpoint also answers 404, so only GET /endpoints tells it from "no license".
  const disabled = endpoints.data !== undefined && !endpoints.data.includes('license');

  return (
    <Stack maw={720}>
      <PageHeader title="License" description={`The license of ${connection.name}.`} />
      {disabled && license.data === null ? (
        <EmptyState title="Not enabled on this appliance">
          This appliance does not offer the license endpoint.
        </EmptyState>
      ) : (
        <>
          <QueryBoundary query={license} what="the license" skeletonHeight={220}>
            {(data) =>
              data ? (
                <LicenseDetails license={data} />
              ) : (
                <EmptyState title="No license installed">
                  Upload the license file you received to install it.
                </EmptyState>
              )
            }
          </QueryBoundary>
          <LicenseUploadForm />
        </>
      )}
    </Stack>
  );
}
