// SPDX-License-Identifier: Apache-2.0
// The committed vectors/chopsticks_roots.txt is what vectors/generate.mjs produces today with the
// installed @acala-network/chopsticks-executor: a stale fixture (generator edited, executor
// upgraded with other roots) fails here instead of silently testing old data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from './vectors/generate.mjs';

const FIXTURE = fileURLToPath(new URL('./vectors/chopsticks_roots.txt', import.meta.url));

test('chopsticks_roots.txt matches generate.mjs (regenerate: node tests/host/trie/vectors/generate.mjs > tests/host/trie/vectors/chopsticks_roots.txt)', async () => {
  const committed = readFileSync(FIXTURE, 'utf8');
  const fresh = await generate();
  assert.equal(committed.length, fresh.length, 'fixture length differs from the generator output');
  assert.ok(committed === fresh, 'fixture content differs from the generator output');
});
