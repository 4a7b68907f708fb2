// vis-timeline's standalone build (it bundles vis-data and moment), fetched on demand so the
// first paint never waits for it. Its package types omit the DataSet the bundle exports.
import type { DataSet } from "vis-data";
import type { Timeline } from "vis-timeline";

export interface VisModule {
  Timeline: typeof Timeline;
  DataSet: typeof DataSet;
}

export async function loadVis(): Promise<VisModule> {
  return (await import("vis-timeline/standalone")) as unknown as VisModule;
}
