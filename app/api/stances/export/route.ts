// GET /api/stances/export?country=&actor=&actorType=&stance=&from=&to=&q= → the stance table as a streamed CSV (no row cap).
import { getDb } from '@/lib/db/client';
import { streamStances } from '@/lib/db/statements';
import { toErrorResponse } from '@/lib/errors';
import { toCsvFileName, toCsvStream } from '@/lib/export/csv';
import { STANCE_COLUMNS } from '@/lib/export/stance-columns';
import { parseStanceFilters } from '@/lib/domain/filters';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    // Same schema as the table; paging parameters are validated but the export covers every page.
    const { page: _page, pageSize: _pageSize, ...filters } = parseStanceFilters(new URL(request.url).searchParams);
    const db = getDb();
    await db.$queryRaw`SELECT 1`; // fail with a status code now rather than mid-stream
    return new Response(toCsvStream(streamStances(db, filters), STANCE_COLUMNS), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${toCsvFileName('stancewatch-stances')}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
