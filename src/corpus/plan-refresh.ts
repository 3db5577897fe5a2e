/** What a loader must do to bring its entries up to date with the source files. */
export interface RefreshPlan {
  /** Sources whose file and pipeline are unchanged: their entries stay as they are. */
  keep: string[];
  /** Sources that are new or changed: run the pipeline and replace their entries. */
  extract: string[];
  /** Sources whose file is gone: drop their entries. */
  remove: string[];
}

/**
 * Compares the digests recorded at the last load with the current ones. A digest covers a
 * source's bytes and the pipeline that reads it (code, word lists, glossary), so editing
 * one source of 500 re-runs the pipeline on one, and editing a word list re-runs it on all.
 */
export function planRefresh(previous: Readonly<Record<string, string>>, current: Readonly<Record<string, string>>): RefreshPlan {
  const keep: string[] = [];
  const extract: string[] = [];
  for (const [id, digest] of Object.entries(current)) (previous[id] === digest ? keep : extract).push(id);
  const remove = Object.keys(previous).filter((id) => !(id in current));
  return { keep: keep.sort(), extract: extract.sort(), remove: remove.sort() };
}
