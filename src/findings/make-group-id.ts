import { createHash } from 'node:crypto';

/**
 * A stable id for a group, from its members' ids (a split claim's part adds where it stands
 * in the claim's text), never from its position in the list: adding a group elsewhere leaves
 * every other id, and every link, as it was. It changes only when the members change.
 */
export function makeGroupId(memberKeys: readonly string[]): string {
  const hash = createHash('sha256').update([...memberKeys].sort().join('\n')).digest('hex').slice(0, 10);
  return `finding-${hash}`;
}
