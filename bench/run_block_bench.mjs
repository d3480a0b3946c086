// SPDX-License-Identifier: Apache-2.0
// `make bench`, part 2: a block of N signed transfers per runtime, in the project's host.
//
// For each runtime (this project's, both GC builds, and the peers in ../shared/peers),
// `rt-host block` builds block 1 on its genesis (timestamp inherent +
// N //Alice -> //Bob transfers signed in C++) and imports it with Core_execute_block. Reported:
// execution time per transfer (median of the apply_extrinsic calls, on wabt's interpreter: compare
// ratios between runtimes, not absolute times), the host heap's high-water mark per call
// (freeing-bump bytes held, headers and rounding included), execute_block time, block size, and
// the runtime's size. Writes build/bench/block.json.
//
//   node bench/run_block_bench.mjs [--transfers N] [--remarks M]
// A second block per runtime carries M System::remark calls (32 bytes each).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build, peerRuntimes, rawSize, rtHost } from './support/runtimes.mjs';

const args = process.argv.slice(2);
const transfers = Number(args.includes('--transfers') ? args[args.indexOf('--transfers') + 1] : 100);
const remarks = Number(args.includes('--remarks') ? args[args.indexOf('--remarks') + 1] : 1000);
if (!existsSync(rtHost)) { console.error(`run_block_bench: ${rtHost} missing (run make build)`); process.exit(1); }
const runtimes = peerRuntimes();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : 0; };
const rows = [];
for (const { name, wasm, genesis } of runtimes) {
  if (!existsSync(wasm)) { console.error(`run_block_bench: ${wasm} not found, skipped`); continue; }
  process.stderr.write(`run_block_bench: ${name}, ${transfers} transfers ...\n`);
  const report = JSON.parse(execFileSync(rtHost, ['block', wasm, '--state', await genesis(), '--transfers', `${transfers}`],
    { maxBuffer: 1 << 26 }).toString());
  const applies = report.calls.filter((c) => c.method === 'BlockBuilder_apply_extrinsic').slice(report.inherents);
  const execute = report.calls.find((c) => c.method === 'Core_execute_block');
  let remark = { remarks_ok: 0, remark_ms_median: 0 };
  if (remarks > 0) {
    process.stderr.write(`run_block_bench: ${name}, ${remarks} remarks ...\n`);
    const r = JSON.parse(execFileSync(rtHost, ['block', wasm, '--state', await genesis(), '--transfers', '0', '--remarks', `${remarks}`],
      { maxBuffer: 1 << 26 }).toString());
    const applied = r.calls.filter((c) => c.method === 'BlockBuilder_apply_extrinsic').slice(r.inherents);
    remark = { remarks_ok: r.remarksOk, remark_ms_median: median(applied.map((c) => c.exec_ms)) };
  }
  rows.push({ ...remark, remarks,
    runtime: name, wasm_bytes: rawSize(wasm), transfers, transfers_ok: report.transfersOk,
    transfer_ms_median: median(applies.map((c) => c.exec_ms)),
    apply_heap_peak_max: Math.max(...applies.map((c) => c.heap_peak)),
    execute_block_ms: execute.exec_ms, execute_block_heap_peak: execute.heap_peak, block_bytes: report.blockBytes,
  });
}

const header = ['runtime', 'raw wasm KiB', 'ok/N', 'transfer ms (median)', 'apply heap peak B', 'execute_block ms', 'execute heap peak KiB', 'block B', 'remarks ok/M', 'remark ms (median)'];
const table = rows.map((r) => [r.runtime, (r.wasm_bytes / 1024).toFixed(0), `${r.transfers_ok}/${r.transfers}`,
  r.transfer_ms_median.toFixed(3), `${r.apply_heap_peak_max}`, r.execute_block_ms.toFixed(1),
  (r.execute_block_heap_peak / 1024).toFixed(1), `${r.block_bytes}`, `${r.remarks_ok}/${r.remarks}`, r.remark_ms_median.toFixed(3)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log('\ntimes: execution inside the entry point on wabt\'s interpreter (rt-host); compare runtimes by ratio.');
const out = `${build}/bench/block.json`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ benchmark: 'block', transfers, rows }, null, 2) + '\n');
console.log(`wrote ${out}`);
