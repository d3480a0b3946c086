// SPDX-License-Identifier: Apache-2.0
// The committed vectors/util_crypto.txt is what vectors/generate.mjs produces today with the
// installed @polkadot/util-crypto: a stale fixture (generator edited, package upgraded with other
// results) fails here instead of silently testing old data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from './vectors/generate.mjs';

const FIXTURE = fileURLToPath(new URL('./vectors/util_crypto.txt', import.meta.url));

test('util_crypto.txt matches generate.mjs (regenerate: node tests/host/hashing/vectors/generate.mjs > tests/host/hashing/vectors/util_crypto.txt)', () => {
  const committed = readFileSync(FIXTURE, 'utf8');
  const fresh = generate();
  assert.equal(committed.length, fresh.length, 'fixture length differs from the generator output');
  assert.ok(committed === fresh, 'fixture content differs from the generator output');
});
