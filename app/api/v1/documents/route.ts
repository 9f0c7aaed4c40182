// GET /api/v1/documents?page=&pageSize= → { total, page, pageSize, items }.
import { getDb } from '@/lib/db/client';
import { listDocuments } from '@/lib/db/documents';
import { toErrorResponse } from '@/lib/errors';
import { parsePagination } from '@/lib/domain/filters';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    const pagination = parsePagination(new URL(request.url).searchParams);
    return Response.json(await listDocuments(getDb(), pagination));
  } catch (error) {
    return toErrorResponse(error);
  }
}
