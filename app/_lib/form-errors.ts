// Server actions' errors as form answers: a user-caused error becomes its message; anything else is rethrown
// (Next logs it and the segment's error boundary shows a readable page).
import { AppError, BadRequestError } from '@/lib/errors';
import type { FormState } from './form-state';

export function toFormError(error: unknown): FormState {
  if (error instanceof BadRequestError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof AppError) return { ok: false, message: error.message };
  throw error;
}
