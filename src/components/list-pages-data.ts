import { pageNumberOf, pageSizes, defaultPageSize } from './paginate-list.ts';
import { siteData } from './site-data.ts';
import { paginateTimeline, type TimelinePages } from './timeline-pages.ts';

/** Where each claim sits in the paginated lists, so a claim's page links to the right page of each; computed once per build. */
export interface ListPagesData {
  /** The page of /claims/ that holds a claim, by id. */
  claimsPageOf: ReadonlyMap<string, number>;
  timeline: TimelinePages;
}

let loading: Promise<ListPagesData> | null = null;

/** The paginated lists' lookups; computed once per build. */
export function listPagesData(): Promise<ListPagesData> {
  loading ??= siteData().then(({ claims }) => ({
    claimsPageOf: new Map(claims.map((claim, index) => [claim.id, pageNumberOf(index, defaultPageSize)])),
    timeline: paginateTimeline(
      claims.filter((claim) => claim.kind !== 'commentary'),
      pageSizes.timeline,
    ),
  }));
  return loading;
}
