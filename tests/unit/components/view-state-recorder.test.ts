import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createViewStateRecorder } from '../../../src/components/view-state-history.ts';
import type { ViewState } from '../../../src/search/facets.ts';

const typed = (q: string): ViewState => ({ q, facets: {}, commentary: false });

describe('createViewStateRecorder', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('records typing once, with the last text, after the reader pauses', () => {
    const write = vi.fn();
    const recorder = createViewStateRecorder(write, 400);
    for (const q of ['d', 'de', 'den']) {
      recorder.record(typed(q), 'replace');
      vi.advanceTimersByTime(150);
    }
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(write.mock.calls).toEqual([[typed('den'), 'replace']]);
  });

  it('records a push at once and drops the typing it supersedes', () => {
    const write = vi.fn();
    const recorder = createViewStateRecorder(write, 400);
    recorder.record(typed('spi'), 'replace');
    recorder.record(typed('spines'), 'push');
    vi.advanceTimersByTime(1000);
    expect(write.mock.calls).toEqual([[typed('spines'), 'push']]);
  });

  it('flushes waiting typing on demand, once, and forgets it when cancelled', () => {
    const write = vi.fn();
    const recorder = createViewStateRecorder(write, 400);
    recorder.record(typed('ket'), 'replace');
    recorder.flush();
    recorder.flush();
    vi.advanceTimersByTime(1000);
    expect(write.mock.calls).toEqual([[typed('ket'), 'replace']]);

    recorder.record(typed('keta'), 'replace');
    recorder.cancel();
    vi.advanceTimersByTime(1000);
    expect(write).toHaveBeenCalledTimes(1);
  });
});
