/**
 * Main-thread tasks from a Chromium trace (categories `toplevel` and `devtools.timeline`, see
 * TRACE_CATEGORIES): the renderer's main thread is found by its name, each task is a complete
 * (`X`) run-task slice on it, and markers are the page's `console.timeStamp(label)` calls, so a
 * stretch of work can be cut between two labels.
 */

/**
 * Tasks are in `toplevel`, timestamps in `devtools.timeline`; without `toplevel` a trace has
 * markers but no tasks, and every keystroke would read as costing nothing.
 */
export const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel'] as const;

/**
 * The slice a thread's scheduler wraps each task in. Chromium renamed it from `RunTask` to
 * `ThreadControllerImpl::RunTask`; both are read so an older or newer browser still counts.
 * Thread-pool and compositor-tile runners have their own names and are left out: they are
 * not the main thread's work.
 */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** A trace event as Chromium writes it (only the fields read here). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds on the trace clock. */
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { message?: string } };
}

export interface MainThreadTrace {
  /** Tasks on the page's main thread: start and duration in milliseconds on the trace clock. */
  tasks: { start: number; duration: number }[];
  /** console.timeStamp labels and when they were stamped, in milliseconds. */
  markers: Map<string, number>;
}

/**
 * The page's main thread: of the threads named CrRendererMain, the one that stamped the
 * markers (another renderer, say an extension's or a blank tab's, stamps none).
 */
export function readMainThread(events: readonly TraceEvent[]): MainThreadTrace {
  const mainThreads = new Set(events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const stamps = events.filter((event) => event.name === 'TimeStamp' && mainThreads.has(`${event.pid}:${event.tid}`) && event.args?.data?.message !== undefined);
  const thread = stamps[0] === undefined ? null : `${stamps[0].pid}:${stamps[0].tid}`;
  const markers = new Map<string, number>();
  for (const stamp of stamps) if (`${stamp.pid}:${stamp.tid}` === thread) markers.set(stamp.args!.data!.message!, stamp.ts / 1000);
  const slices = events
    .filter((event) => TASK_NAMES.has(event.name) && event.ph === 'X' && `${event.pid}:${event.tid}` === thread && event.dur !== undefined)
    .map((event) => ({ start: event.ts / 1000, duration: event.dur! / 1000 }))
    .sort((a, b) => a.start - b.start || b.duration - a.duration);
  return { tasks: outermost(slices), markers };
}

/** Drops slices nested in an earlier one (a task run inside another), so no time counts twice. */
function outermost(sorted: readonly { start: number; duration: number }[]): { start: number; duration: number }[] {
  const kept: { start: number; duration: number }[] = [];
  for (const slice of sorted) {
    const last = kept.at(-1);
    if (last !== undefined && slice.start + slice.duration <= last.start + last.duration) continue;
    kept.push(slice);
  }
  return kept;
}

/** The tasks that end after `from` and start before `to`: the work done in that stretch. */
export function tasksBetween(trace: MainThreadTrace, from: number, to: number): { start: number; duration: number }[] {
  return trace.tasks.filter((task) => task.start + task.duration > from && task.start < to);
}
