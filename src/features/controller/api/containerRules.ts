import { z } from 'zod/mini';
import { CONTAINER_NAME } from './rules';

/** Image and container names follow one rule on the controller. */
const containerName = z.string().check(
  z.trim(),
  z.refine(
    (v) => CONTAINER_NAME.test(v),
    'Start with a letter or digit; use letters, digits, _ . - (at most 64)',
  ),
);

export const imageEditSchema = z.object({ name: containerName, description: z.string() });
export type ImageEditValues = z.infer<typeof imageEditSchema>;

export const imageExportSchema = z.object({ name: containerName });
export type ImageExportValues = z.infer<typeof imageExportSchema>;

export const containerCommitSchema = z.object({ name: containerName, description: z.string() });
export type ContainerCommitValues = z.infer<typeof containerCommitSchema>;
