// GET /api/v1/positions?country=US,GB&granularity=month&actorType=&from=&to= → { granularity, series: [{ country, points }] }.
import { getDb } from '@/lib/db/client';
import { listPositionRows } from '@/lib/db/positions';
import { toErrorResponse } from '@/lib/errors';
import { toPositionSeries } from '@/lib/pipeline/positions';
import { parsePositionsQuery } from '@/lib/domain/filters';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    const query = parsePositionsQuery(new URL(request.url).searchParams);
    const rows = await listPositionRows(getDb(), query);
    return Response.json({ granularity: query.granularity, series: toPositionSeries(rows, query.country) });
  } catch (error) {
    return toErrorResponse(error);
  }
}
