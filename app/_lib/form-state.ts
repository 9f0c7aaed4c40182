// What a form's server action answers: never an exception, always a message (and per-field errors) to show.
// No imports, so client forms can use it.
export type FormState = { ok: boolean; message: string; fieldErrors?: Record<string, string[]> };

export const INITIAL_FORM_STATE: FormState = { ok: false, message: '' };
