// GET /api/v1/documents/:documentId → the document with its text, addresses and visible statements (404 if absent).
import { getDb } from '@/lib/db/client';
import { getDocument } from '@/lib/db/documents';
import { toErrorResponse } from '@/lib/errors';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, context: { params: Promise<{ documentId: string }> }): Promise<Response> {
  try {
    const { documentId } = await context.params;
    return Response.json(await getDocument(getDb(), documentId));
  } catch (error) {
    return toErrorResponse(error);
  }
}
