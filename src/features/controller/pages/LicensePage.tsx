import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { licenseQuery, upgradeLicense, uploadLicense } from '../api/license';
import { LicenseDetails } from '../components/LicenseDetails';
import { type DefaultTopology, LicenseParametersForm } from '../components/LicenseParametersForm';
import { RawFileUpload } from '../components/RawFileUpload';
import { useRebootFlow } from '../components/useRebootFlow';

export function LicensePage() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const license = useQuery(licenseQuery(connection.id, client));
  const reboot = useRebootFlow();
  const [topology, setTopology] = useState<DefaultTopology | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: licenseQuery(connection.id, client).queryKey });

  return (
    <Stack maw={760}>
      <PageHeader
        title="Licence"
        description={`The licence of ${connection.name}: upload, accept its parameters, upgrade.`}
      />
      <QueryBoundary query={license} what="the licence" skeletonHeight={240}>
        {(data) => (
          <>
            <LicenseDetails license={data} />
            {!data.license_present ? (
              <RawFileUpload
                title="Upload a licence"
                fileLabel="Licence file"
                description="The licence file from Cohesive Networks; it is sent as it is."
                submitLabel="Upload licence"
                failureTitle="The licence was not uploaded"
                send={uploadLicense}
                onDone={(result) => {
                  setTopology(result.default_topology);
                  notifications.show({
                    color: 'teal',
                    title: 'Licence uploaded',
                    message: 'Now accept its parameters to finish licensing.',
                  });
                  void refresh();
                }}
              />
            ) : null}
            {data.license_present && !data.finalized ? (
              <LicenseParametersForm topology={topology} onRebooting={reboot.start} />
            ) : null}
            {data.finalized ? (
              <RawFileUpload
                title="Upgrade the licence"
                fileLabel="Upgraded licence file"
                description="A licence upgrade from Cohesive Networks (more clients or managers)."
                submitLabel="Upload upgrade"
                failureTitle="The upgrade was not applied"
                send={upgradeLicense}
                onDone={(result) => {
                  notifications.show({
                    color: 'teal',
                    title: 'Licence upgraded',
                    message: `${result.new_clientpacks ?? 0} new clientpacks, ${result.new_managers ?? 0} new managers.`,
                  });
                  void refresh();
                }}
              />
            ) : null}
          </>
        )}
      </QueryBoundary>
      {reboot.modal}
    </Stack>
  );
}
