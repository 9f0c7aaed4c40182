// GET /api/v1/stances?topic=&country=&actor=&actorType=&stance=&from=&to=&q=&reviewed=&minConfidence=&sort=&dir=&page=&pageSize=
// → { total, page, pageSize, items }.
import { getDb } from '@/lib/db/client';
import { listStances } from '@/lib/db/statements';
import { toErrorResponse } from '@/lib/errors';
import { parseStanceFilters } from '@/lib/domain/filters';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    const filters = parseStanceFilters(new URL(request.url).searchParams);
    const result = await listStances(getDb(), filters);
    return Response.json({
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      items: result.items.map(({ actorId: _actorId, reviewed: _reviewed, reviewedBy: _by, reviewedAt: _at, ...item }) => item),
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
