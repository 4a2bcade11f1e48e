import { ROLES, type Role } from '../state.ts';

export const NAMESPACE_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
export const API_KEY_NAME = /^[a-zA-Z0-9_-]{3,20}$/;
export const API_KEY_EXPIRY_DAYS = [-1, 30, 60, 90, 365] as const;
export const ANNOUNCEMENT_MAX = 4096;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function namespaceNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name === '') return 'is required';
  if (name.length > 30) return 'must be at most 30 characters';
  if (!NAMESPACE_NAME.test(name)) {
    return 'must be lowercase letters, digits and hyphens, starting and ending with a letter or digit';
  }
  return null;
}

export function emailProblem(email: unknown): string | null {
  if (typeof email !== 'string' || email === '') return 'is required';
  return EMAIL.test(email) ? null : 'must be a valid e-mail address';
}

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export function apiKeyNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name === '') return 'is required';
  return API_KEY_NAME.test(name) ? null : 'must be 3 to 20 letters, digits, underscores or hyphens';
}
