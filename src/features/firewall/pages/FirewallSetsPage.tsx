import { Stack } from '@mantine/core';
import { PageHeader } from '@/components/PageHeader';
import { PrerequisiteBanner } from '@/components/vns3/PrerequisiteBanner';
import { FwsetsSection } from '../components/FwsetsSection';
import { GroupsSection } from '../components/GroupsSection';
import { SubtablesSection } from '../components/SubtablesSection';
import { VariablesSection } from '../components/VariablesSection';

/** Firewall v2 rule groups, fwsets, subtables and variables. */
export function FirewallSetsPage() {
  return (
    <Stack>
      <PageHeader
        title="Firewall sets"
        description="Rule groups, fwsets (address, port and service lists), subtables and the variables rules can use."
      />
      <PrerequisiteBanner needs="license">
        <Stack gap="xl">
          <GroupsSection />
          <FwsetsSection />
          <SubtablesSection />
          <VariablesSection />
        </Stack>
      </PrerequisiteBanner>
    </Stack>
  );
}
