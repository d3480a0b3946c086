// SPDX-License-Identifier: Apache-2.0
// Live cross-check of host/trie against smoldot's trie: on every run, fresh pseudo-random storage
// states and ordered lists (vectors/generate.mjs randomRecords, a new seed each time -- printed,
// and settable with RT_TRIE_SEED to replay a failure) go to trie_root_cli (the C++ trie) and to
// @acala-network/chopsticks-executor's calculate_state_root, for state versions 0 and 1; every
// root must agree. RT_TRIE_ROOT_CLI is the path of the built trie_root_cli (ctest sets it);
// RT_TRIE_STATES / RT_TRIE_ORDERED override the batch size (default 400 states, 40 lists).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chopsticksRoots, randomRecords, render } from './vectors/generate.mjs';

const cli = process.env.RT_TRIE_ROOT_CLI;
const seed = Number(process.env.RT_TRIE_SEED ?? Math.floor(Math.random() * 2 ** 31));
const nStates = Number(process.env.RT_TRIE_STATES ?? 400);
const nOrdered = Number(process.env.RT_TRIE_ORDERED ?? 40);

test(`trie_root_cli agrees with chopsticks-executor on fresh random states (RT_TRIE_SEED=${seed})`, async () => {
  assert.ok(cli && existsSync(cli), `RT_TRIE_ROOT_CLI must name the built trie_root_cli (got ${cli})`);
  const records = randomRecords(seed, nStates, nOrdered);
  const run = spawnSync(cli, [], { input: render(records), encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(run.status, 0, `trie_root_cli failed: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, records.length, 'one output line per record');

  let differ = 0;
  for (let i = 0; i < records.length; ++i) {
    const r = records[i];
    const [v0, v1] = await chopsticksRoots(r.entries);
    if (v0 !== v1) ++differ;
    assert.equal(lines[i], `${r.kind} ${r.name} v0=${v0} v1=${v1}`,
      `record ${r.name} (${r.entries.length} entries), seed ${seed}`);
  }
  // The batch exercised state version 1's hashed values, not only inline ones.
  assert.ok(differ > records.length / 4, `only ${differ} records where v0 and v1 roots differ`);
  console.log(`# seed ${seed}: ${nStates} states + ${nOrdered} ordered lists, v0 and v1, all equal`);
});
