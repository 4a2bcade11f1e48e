import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { customerQuery } from '../api/customer';
import { DeviceLimitCard } from '../components/DeviceLimitCard';
import { NoIdentity } from '../components/NoIdentity';
import { PaymentMethodsCard } from '../components/PaymentMethodsCard';
import { RoleNotice } from '../components/RoleNotice';
import { SubscriptionCard } from '../components/SubscriptionCard';
import { useNamespaceSession } from '../components/useNamespaceSession';

const DESCRIPTION = 'Subscription, cards and the device limit of this namespace (owner only).';

export function BillingPage() {
  const { identity } = useNamespaceSession();
  if (!identity?.tenant) return <NoIdentity title="Billing" />;
  return (
    <Stack maw={960}>
      <PageHeader title="Billing" description={DESCRIPTION} />
      {identity.role === 'owner' ? (
        <Billing tenant={identity.tenant} />
      ) : (
        <RoleNotice role={identity.role} cannot="see or change billing; only the owner can" />
      )}
    </Stack>
  );
}

function Billing({ tenant }: { tenant: string }) {
  const { connection, client } = useNamespaceSession();
  const customer = useQuery(customerQuery(connection.id, client, tenant));
  return (
    <QueryBoundary query={customer} what="the billing customer" skeletonHeight={200}>
      {(data) => (
        <>
          <SubscriptionCard tenant={tenant} customer={data} />
          <PaymentMethodsCard tenant={tenant} customer={data} />
          <DeviceLimitCard tenant={tenant} />
        </>
      )}
    </QueryBoundary>
  );
}
