import { cpus, freemem, loadavg, totalmem } from 'node:os';

/** The machine a run measured on: numbers from another machine do not compare. */
export interface MachineInfo {
  date: string;
  cpuCount: number;
  cpuModel: string;
  memoryGiB: number;
  nodeVersion: string;
  platform: string;
  /** One-minute load average when the run started: above the CPU count, other work shared the cores. */
  loadAverageAtStart: number;
}

export function machineInfo(now = new Date()): MachineInfo {
  const processors = cpus();
  return {
    date: now.toISOString(),
    cpuCount: processors.length,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    nodeVersion: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}

/** The one-minute load average now. */
export function currentLoad(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}

/** Free memory in GiB, for the report's context. */
export function freeMemoryGiB(): number {
  return Math.round((freemem() / 2 ** 30) * 10) / 10;
}
