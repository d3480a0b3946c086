// SPDX-License-Identifier: Apache-2.0
// The committed vectors/*.hex and *.expect are what vectors/generate.mjs produces today from the
// peer runtimes with the installed @acala-network/chopsticks-executor and @polkadot/types: a stale
// fixture (generator edited, a package upgraded with another reading) fails here instead of
// silently testing old data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generate } from './vectors/generate.mjs';

test('vectors/ match generate.mjs (regenerate: node tests/host/metadata/vectors/generate.mjs)', async () => {
  const fresh = await generate();
  for (const [name, text] of Object.entries(fresh)) {
    const committed = readFileSync(new URL(`./vectors/${name}`, import.meta.url), 'utf8');
    assert.equal(committed.length, text.length, `${name}: length differs from the generator output`);
    assert.ok(committed === text, `${name}: content differs from the generator output`);
  }
});
