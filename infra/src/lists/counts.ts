import type { Model } from 'mongoose';

/**
 * Counts of a list's documents by the value of one field, for dashboards
 * ($match then $group with $sum: served by mongod, and by FerretDB v1, which
 * lacks $facet). Documents without the field are left out.
 */
export async function countByField(model: Model<any>, filter: Record<string, unknown>, field: string): Promise<Record<string, number>> {
  const rows = await model.aggregate<{ _id: string | null; n: number }>([{ $match: filter }, { $group: { _id: `$${field}`, n: { $sum: 1 } } }]);
  const out: Record<string, number> = {};
  for (const r of rows) if (r._id !== null && r._id !== undefined) out[String(r._id)] = r.n;
  return out;
}
