/**
 * How much sharing a content word says, from how many statements use it (inverse document
 * frequency, ln(1 + N / df)): "ketamine", in most statements, weighs little; "photoactivatable",
 * in one or two, weighs much. Computed over the statements being grouped, so it follows the corpus.
 */
export function weighWords(statements: readonly { keys: ReadonlySet<string> }[]): (key: string) => number {
  const documentFrequency = new Map<string, number>();
  for (const statement of statements) {
    for (const key of statement.keys) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  }
  const total = statements.length;
  const weights = new Map([...documentFrequency].map(([key, count]) => [key, Math.log(1 + total / count)] as const));
  const unseen = Math.log(1 + total);
  return (key) => weights.get(key) ?? unseen;
}
