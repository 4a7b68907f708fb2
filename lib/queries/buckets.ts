// How finely to count a window that holds too many events to draw: the finest unit that keeps
// the timeline to about a hundred bars.
export type BucketUnit = "day" | "week" | "month" | "year";

const MAX_BUCKETS = 120;

export function bucketUnitFor(from: string, to: string): BucketUnit {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days <= MAX_BUCKETS) return "day";
  if (days / 7 <= MAX_BUCKETS) return "week";
  if (days / 30.44 <= MAX_BUCKETS) return "month";
  return "year";
}
