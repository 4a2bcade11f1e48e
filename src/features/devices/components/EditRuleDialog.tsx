import { Modal } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ruleQuery } from '../api/firewall';
import { RuleFormDialog } from './RuleFormDialog';

/** Edits the rule as the server has it now (another admin may have changed it). */
export function EditRuleDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const rule = useQuery(ruleQuery(connection.id, client, id));
  if (rule.data)
    return <RuleFormDialog rule={rule.data} nextPriority={0} opened onClose={onClose} />;
  return (
    <Modal opened onClose={onClose} title="Edit firewall rule">
      <QueryBoundary query={rule} what="the rule">
        {() => null}
      </QueryBoundary>
    </Modal>
  );
}
