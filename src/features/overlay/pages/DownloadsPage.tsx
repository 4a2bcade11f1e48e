import { SimpleGrid } from '@mantine/core';
import { PageHeader } from '@/components/PageHeader';
import { DownloadCard } from '../components/DownloadCard';

export function DownloadsPage() {
  return (
    <>
      <PageHeader
        title="Downloads"
        description="Installers that join systems to this overlay network, and the OpenVPN client file for people."
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <DownloadCard kind="linux" title="Linux installer">
          Run bootstrap.sh as root on a Linux server to connect it. Superusers and the deployer user
          may download it.
        </DownloadCard>
        <DownloadCard kind="windows" title="Windows installer">
          Run bootstrap.ps1 in an elevated PowerShell on a Windows server to connect it.
        </DownloadCard>
        <DownloadCard kind="ovpn" title="OpenVPN client">
          EvonHub.ovpn connects your own device to the overlay network with any OpenVPN client; sign
          in with your hub username and password.
        </DownloadCard>
        <DownloadCard kind="raw" title="Server OpenVPN config">
          The raw OpenVPN client configuration that the installers set up on a server, for a manual
          installation.
        </DownloadCard>
      </SimpleGrid>
    </>
  );
}
