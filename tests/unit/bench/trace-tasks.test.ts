import { describe, expect, it } from 'vitest';
import { readMainThread, tasksBetween, type TraceEvent } from '../../../scripts/bench/search/trace-tasks.ts';

/** A trace shaped as Chromium writes one: two renderers, the page's stamps on one of them. */
function traceOf(tasks: TraceEvent[]): TraceEvent[] {
  return [
    { name: 'thread_name', ph: 'M', pid: 1, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: 2, tid: 2, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: 1, tid: 7, ts: 0, args: { name: 'Compositor' } },
    { name: 'TimeStamp', ph: 'I', pid: 1, tid: 1, ts: 10_000, args: { data: { message: 'k1' } } },
    { name: 'TimeStamp', ph: 'I', pid: 1, tid: 1, ts: 40_000, args: { data: { message: 'p1' } } },
    ...tasks,
  ];
}

/** A run-task slice as newer Chromium names it, on the stamping renderer's main thread unless told. */
function task(ts: number, dur: number, pid = 1, tid = 1): TraceEvent {
  return { name: 'ThreadControllerImpl::RunTask', ph: 'X', pid, tid, ts, dur };
}

describe('readMainThread', () => {
  it("reads the stamping renderer's tasks under both the old and the new slice name", () => {
    const thread = readMainThread(
      traceOf([
        task(9_000, 5_000),
        { name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts: 20_000, dur: 2_000 },
        // Another renderer's work and a compositor task are not the page's main thread.
        task(12_000, 9_000, 2, 2),
        task(12_000, 9_000, 1, 7),
      ]),
    );
    expect(thread.markers).toEqual(new Map([['k1', 10], ['p1', 40]]));
    expect(thread.tasks).toEqual([
      { start: 9, duration: 5 },
      { start: 20, duration: 2 },
    ]);
  });

  it('counts a task run inside another once', () => {
    const thread = readMainThread(
      traceOf([task(11_000, 10_000), task(12_000, 3_000)]),
    );
    expect(thread.tasks).toEqual([{ start: 11, duration: 10 }]);
  });

  it('cuts the tasks between two markers, keeping one that straddles the first', () => {
    const thread = readMainThread(
      traceOf([
        task(2_000, 1_000),
        task(9_000, 5_000),
        task(45_000, 1_000),
      ]),
    );
    expect(tasksBetween(thread, thread.markers.get('k1')!, thread.markers.get('p1')!)).toEqual([{ start: 9, duration: 5 }]);
  });
});
