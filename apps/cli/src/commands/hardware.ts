import type { HardwareInfo } from '@hfjobs/core';
import { clientFrom, type ClientFlags } from '../client-options.js';
import { printJson, terminalColumns } from '../output.js';
import { formatTable } from '../table.js';

function accelerator(info: HardwareInfo): string {
  const a = info.accelerator;
  if (!a) return '—';
  return [a.quantity ? `${a.quantity}×` : '', a.manufacturer ?? '', a.model ?? '', a.vram ? `(${a.vram})` : ''].filter(Boolean).join(' ');
}

function price(info: HardwareInfo): string {
  if (typeof info.unitCostUSD !== 'number') return '—';
  return `$${info.unitCostUSD.toFixed(2)}/${info.unitLabel ?? 'hour'}`;
}

/** `hfjobs hardware`: the flavors the service offers now, with what they cost. */
export async function hardwareCommand(flags: ClientFlags & { json?: boolean }): Promise<void> {
  const hardware = await clientFrom(flags).listHardware();
  if (flags.json) return printJson(hardware);
  const rows = hardware.map((h) => [h.name, h.prettyName ?? '', String(h.cpu ?? ''), String(h.ram ?? ''), accelerator(h), price(h)]);
  process.stdout.write(`${formatTable(['NAME', 'PRETTY NAME', 'CPU', 'RAM', 'ACCELERATOR', 'COST'], rows, terminalColumns())}\n`);
}
