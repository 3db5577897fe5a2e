/** `--name=value` and bare `--flag` arguments as a record; a bare flag reads as "true". */
export function parseOptions(argv: readonly string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (const argument of argv) {
    const match = /^--([^=]+)(?:=(.*))?$/su.exec(argument);
    if (!match) throw new Error(`unexpected argument "${argument}": write --name=value`);
    options[match[1]!] = match[2] ?? 'true';
  }
  return options;
}

/** A comma-separated list of whole numbers ("100,500"), for corpus sizes. */
export function parseSizes(value: string): number[] {
  const sizes = value.split(',').map((part) => Number(part.trim()));
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
    throw new Error(`--sizes takes whole numbers above 0 separated by commas, like --sizes=100,500 (got "${value}")`);
  }
  return sizes;
}
