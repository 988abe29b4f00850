import type { AgendaResult, IcsOptions, IcsResult, Plan, RitualPlan } from "@attune/ritual-planner/logic";

export function makeBenchmarkRituals(count?: number): RitualPlan[];

export interface BenchmarkResult {
  rituals: number;
  /** Milliseconds to build the agenda the widget shows: the next 50 occurrences within two weeks. */
  agendaMs: number;
  /** Milliseconds to expand every occurrence of the two weeks (the week view and hosts' own lists). */
  expandAllMs: number;
  /** Milliseconds to write the whole calendar. */
  icsMs: number;
  occurrences: number;
  icsBytes: number;
}

export function runPlannerBenchmark(
  logic: {
    buildAgenda: (plans: readonly Plan[], options: { from: number; to: number; viewerZone: string; limit?: number }) => AgendaResult;
    writeIcs: (plans: readonly Plan[], options?: IcsOptions) => IcsResult;
  },
  options?: { count?: number; from?: number; viewerZone?: string },
): BenchmarkResult;
