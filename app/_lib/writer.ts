// Who is writing from a form: the signed-in user (once sign-in lands, requireWriter reads the session from the
// request headers) or the API token typed into the form's token field (sent on as a bearer header).
import { headers } from 'next/headers';
import { requireWriter, type Writer } from '@/lib/auth/guard';

export async function requireFormWriter(formData: FormData): Promise<Writer> {
  const request = new Headers(await headers());
  const token = formData.get('apiToken');
  if (typeof token === 'string' && token.trim()) request.set('authorization', `Bearer ${token.trim()}`);
  return requireWriter(request);
}
