import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { CONNECTION_KINDS, KIND_INFO } from '../kinds';
import { type ProbeResult, probeConnection } from '../probe';
import { type ConnectionInput, type ConnectionValues, connectionInputSchema } from '../schema';
import { ProbeBadge } from './ProbeBadge';
import { ProxyTargetField } from './ProxyTargetField';
import { proxyPathFor } from '../proxyTargets';

export function ConnectionForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: ConnectionInput;
  submitLabel: string;
  onSubmit: (values: ConnectionValues) => void;
  onCancel: () => void;
}) {
  const form = useForm<ConnectionInput, unknown, ConnectionValues>({
    resolver: zodResolver(connectionInputSchema),
    defaultValues: initial ?? { kind: 'jidoteki', name: '', baseUrl: '', proxyPath: '' },
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const proxyPath = useWatch({ control: form.control, name: 'proxyPath' });
  const [test, setTest] = useState<{ pending: boolean; result?: ProbeResult }>();
  const { errors } = form.formState;

  const runTest = form.handleSubmit(async (values) => {
    setTest({ pending: true });
    const result = await probeConnection(
      values.kind,
      { baseUrl: values.baseUrl, proxyPath: values.proxyPath || undefined },
      null,
      AbortSignal.timeout(10_000),
    ).catch((error: unknown) => ({
      state: 'unreachable' as const,
      message: error instanceof Error ? error.message : String(error),
    }));
    setTest({ pending: false, result });
  });

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Select
              label="Kind"
              required
              allowDeselect={false}
              data={CONNECTION_KINDS.map((value) => ({
                value,
                label: `${KIND_INFO[value].label} — ${KIND_INFO[value].product}`,
              }))}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              error={errors.kind?.message}
            />
          )}
        />
        <TextInput
          label="Name"
          required
          placeholder="Edge appliance, Frankfurt"
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextInput
          label="Base URL"
          required
          placeholder={KIND_INFO[kind].exampleUrl}
          description={KIND_INFO[kind].baseUrlHint}
          error={errors.baseUrl?.message}
          autoComplete="url"
          spellCheck={false}
          {...form.register('baseUrl')}
        />
        <ProxyTargetField
          proxyPath={proxyPath}
          onChoose={(target) => {
            form.setValue('proxyPath', target ? proxyPathFor(target.id) : '', {
              shouldValidate: true,
            });
            if (target && !form.getValues('baseUrl').trim()) {
              form.setValue('baseUrl', target.url, { shouldValidate: true });
            }
          }}
        />
        <TextInput
          label="Proxy path (optional)"
          placeholder="/proxy/edge-fra"
          description="A same-origin path that forwards to the base URL, for backends that send no CORS headers or use a self-signed certificate."
          error={errors.proxyPath?.message}
          spellCheck={false}
          {...form.register('proxyPath')}
        />
        {test ? (
          <Alert variant="light" color="gray" aria-live="polite">
            <Group gap="xs">
              <Text size="sm">Test:</Text>
              <ProbeBadge result={test.result} pending={test.pending} />
              {test.result?.version ? <Text size="sm">version {test.result.version}</Text> : null}
            </Group>
            {test.result?.message ? (
              <Text size="sm" mt={4}>
                {test.result.message}
              </Text>
            ) : null}
          </Alert>
        ) : null}
        <Group justify="space-between">
          <Button variant="default" onClick={() => void runTest()} loading={test?.pending}>
            Test connection
          </Button>
          <Group gap="xs">
            <Button variant="subtle" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit">{submitLabel}</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
