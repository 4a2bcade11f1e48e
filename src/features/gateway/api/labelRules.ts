import { z } from 'zod/mini';

export const LABEL_NAME = /^[a-z0-9_.-]+$/;
export const LABEL_VALUE = /^[a-zA-Z0-9_.-]+$/;

export const labelNameField = z
  .string()
  .check(
    z.minLength(1, 'Enter a label name'),
    z.maxLength(20, 'At most 20 characters'),
    z.regex(LABEL_NAME, 'Use lower-case letters, digits, _ . or -'),
  );

export const labelValueField = z
  .string()
  .check(
    z.minLength(1, 'Enter a value'),
    z.maxLength(60, 'At most 60 characters'),
    z.regex(LABEL_VALUE, 'Use letters, digits, _ . or -'),
  );

export const labelSchema = z.object({ name: labelNameField, value: labelValueField });

export const labelsFormSchema = z.object({ labels: z.array(labelSchema) }).check(
  z.superRefine((values, context) => {
    const seen = new Set<string>();
    values.labels.forEach((label, index) => {
      if (seen.has(label.name)) {
        context.addIssue({
          code: 'custom',
          path: ['labels', index, 'name'],
          message: 'This label is already set above',
        });
      }
      seen.add(label.name);
    });
  }),
);

export type LabelsForm = z.infer<typeof labelsFormSchema>;

/** PUT body: every label kept; one not sent is deleted by the server. */
export function labelsBody(form: LabelsForm): Record<string, string> {
  return Object.fromEntries(form.labels.map((label) => [label.name, label.value]));
}
