/** A column: its heading, and whether its cells are numbers (right-aligned). */
export interface Column {
  heading: string;
  numeric?: boolean;
}

/** A Markdown table; a pipe inside a cell is escaped so it cannot split the row. */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly (string | number)[])[]): string {
  const escape = (cell: string | number): string => String(cell).replaceAll('|', '\\|').replaceAll('\n', ' ');
  const lines = [
    `| ${columns.map((column) => escape(column.heading)).join(' | ')} |`,
    `| ${columns.map((column) => (column.numeric ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ];
  return lines.join('\n');
}
