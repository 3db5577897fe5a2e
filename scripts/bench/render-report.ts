import type { BenchResults, BenchSection, StoredSection } from './bench-types.ts';
import type { MachineInfo } from './machine-info.ts';
import { markdownTable } from './markdown-table.ts';

function describeMachine(machine: MachineInfo): string {
  return `${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.nodeVersion}, ${machine.platform}`;
}

/** The header of one section: when it ran and with which sizes, where that differs from the latest run. */
function provenance(stored: StoredSection, latest: MachineInfo): string {
  const machine = describeMachine(stored.machine) === describeMachine(latest) ? '' : ` on ${describeMachine(stored.machine)}`;
  return `*Measured ${stored.ranAt.replace('T', ' ').slice(0, 16)} UTC${machine}, corpus sizes ${stored.sizes.join(', ')}, load average ${stored.machine.loadAverageAtStart} at the start of its run.*`;
}

/**
 * bench/report.md from bench/results.json: the machine, then every section that has a
 * result, in the runner's order, each rendered from its own JSON.
 */
export function renderReport(results: BenchResults, sections: readonly BenchSection[], errors: readonly { section: string; message: string }[]): string {
  const { machine } = results;
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench/run-bench.ts); the same numbers are in `bench/results.json`. `npm run bench -- --only=<section>` reruns one section and keeps the others; `--sizes=100,500` measures other corpus sizes and writes to `bench/tmp/`.',
    '',
    markdownTable(
      [{ heading: 'machine' }, { heading: '' }],
      [
        ['date of the latest run', machine.date.replace('T', ' ').slice(0, 16) + ' UTC'],
        ['CPUs', `${machine.cpuCount} × ${machine.cpuModel}`],
        ['memory', `${machine.memoryGiB} GiB`],
        ['Node.js', machine.nodeVersion],
        ['platform', machine.platform],
        ['load average at start', String(machine.loadAverageAtStart)],
      ],
    ),
  ];
  if (errors.length > 0) {
    lines.push('', '**Sections that failed in the latest run** (their previous results, if any, are kept below):', '', ...errors.map((error) => `- ${error.section}: ${error.message.split('\n')[0]}`));
  }
  let number = 0;
  for (const section of sections) {
    const stored = results.sections[section.name];
    if (stored === undefined) continue;
    number += 1;
    lines.push('', `## ${number}. ${stored.title}`, '', provenance(stored, machine), '', section.render(stored.json, stored));
  }
  return `${lines.join('\n')}\n`;
}
