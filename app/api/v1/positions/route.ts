// GET /api/v1/positions?country=US,GB&granularity=month&actorType=&from=&to= → { granularity, series: [{ country, points }] }.
import { getDb } from '@/lib/db/client';
import { listPositionRows } from '@/lib/db/stances';
import { toErrorResponse } from '@/lib/errors';
import { toPositionSeries } from '@/lib/stance/aggregate';
import { parsePositionsQuery } from '@/lib/stance/filters';

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
