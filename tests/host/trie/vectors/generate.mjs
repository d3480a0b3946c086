// SPDX-License-Identifier: Apache-2.0
// Generates chopsticks_roots.txt: pseudo-random storage states and ordered lists with their trie
// roots for state versions 0 and 1, computed by smoldot's trie through
// @acala-network/chopsticks-executor's calculate_state_root(entries, trie_version). The C++ trie
// (host/trie/) is checked against it by tests/host/trie/fixture_test.cpp; live_crosscheck.test.mjs
// reuses randomRecords() with a fresh seed on every run.
//
// Deterministic: a fixed-seed PRNG supplies the states, so re-running it reproduces the committed
// fixture byte for byte (the ctest host.trie.js checks this). Run from the repo root:
//   node tests/host/trie/vectors/generate.mjs > tests/host/trie/vectors/chopsticks_roots.txt
import { pathToFileURL } from 'node:url';
import { calculate_state_root } from '@acala-network/chopsticks-executor';
import { compactToU8a, u8aToHex } from '@polkadot/util';

/** mulberry32: a tiny deterministic PRNG (not for anything but test data). */
export function prng (seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one PRNG. */
function tools (rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
  const pick = (xs) => xs[int(0, xs.length - 1)];
  const bytes = (n) => Uint8Array.from({ length: n }, () => int(0, 255));
  const concat = (...parts) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) { out.set(p, o); o += p.length; }
    return out;
  };
  return { int, pick, bytes, concat };
}

/** A value: empty, short, exactly at the state-version-1 threshold (32/33/34), or long (to 100;
 * the lengths matter, a hashed value's content does not change the node layout). */
function randomValue (t) {
  const r = t.int(0, 99);
  if (r < 8) return new Uint8Array(0);
  if (r < 55) return t.bytes(t.int(1, 16));
  if (r < 70) return t.bytes(t.int(17, 31));
  if (r < 85) return t.bytes(t.pick([32, 33, 34]));
  if (r < 97) return t.bytes(t.int(35, 48));
  return t.bytes(t.int(49, 100));
}

/** `count` distinct keys in one of several shapes that stress different node layouts. */
function randomKeys (t, count) {
  const keys = new Map();
  const add = (k) => { if (keys.size < count) keys.set(u8aToHex(k), k); };
  const shape = t.int(0, 5);
  // FRAME-like: a few 32-byte pallet/item prefixes, then a hashed-key suffix.
  const prefixes = Array.from({ length: t.int(1, 4) }, () => t.bytes(32));
  let guard = 0;
  while (keys.size < count && guard++ < count * 50) {
    switch (shape) {
      case 0: // random keys 0..40 bytes, including the empty key
        add(t.bytes(t.int(0, 40)));
        break;
      case 1: // FRAME storage maps: prefix + 16/32-byte hash + optional raw key
        add(t.concat(t.pick(prefixes), t.bytes(t.pick([0, 8, 16, 32])), t.bytes(t.int(0, 4))));
        break;
      case 2: { // prefix chains: a key and several of its prefixes (branches with values)
        const k = t.bytes(t.int(1, 24));
        add(k);
        add(k.slice(0, t.int(0, k.length)));
        break;
      }
      case 3: { // keys differing in one nibble (odd-length shared prefixes)
        const k = t.bytes(t.int(1, 12));
        add(k);
        const j = t.int(0, k.length - 1);
        const k2 = k.slice();
        k2[j] ^= t.pick([0x01, 0x0f, 0x10, 0xf0]);
        add(k2);
        break;
      }
      case 4: // long common prefixes: partial keys over 62 nibbles (header continuation bytes)
        add(t.concat(t.pick(prefixes), t.pick(prefixes).slice(0, t.int(0, 32)), t.bytes(t.int(0, 3))));
        break;
      default: // a mix of everything, few distinct first nibbles
        add(t.concat(Uint8Array.of(t.int(0, 2) * 0x11), t.bytes(t.int(0, 20))));
        break;
    }
  }
  return [...keys.values()];
}

/** Number of entries: mostly small, some up to 200. */
function randomCount (t) {
  const r = t.int(0, 99);
  if (r < 20) return t.int(1, 3);
  if (r < 85) return t.int(4, 20);
  if (r < 95) return t.int(21, 60);
  return t.int(61, 200);
}

const hex = (u8) => u8aToHex(u8);
const byKey = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Roots of `entries` ([hexKey, hexValue][]) for versions 0 and 1, from chopsticks-executor. */
export async function chopsticksRoots (entries) {
  return [await calculate_state_root(entries, 0), await calculate_state_root(entries, 1)];
}

/**
 * `nStates` storage states and `nOrdered` ordered lists, as records
 *   { kind: 'state' | 'ordered', name, entries: [hexKey, hexValue][] (sorted), values?: hex[] }
 * The first records are fixed corner cases: the empty state, one key, the empty key, a key of
 * 200 bytes (a 400-nibble partial key), values of 32/33 bytes at the root.
 */
export function randomRecords (seed, nStates, nOrdered) {
  const t = tools(prng(seed));
  const records = [];
  const state = (name, pairs) => {
    const entries = pairs.map(([k, v]) => [hex(k), hex(v)]).sort(byKey);
    records.push({ kind: 'state', name, entries });
  };
  state('empty', []);
  state('single', [[t.bytes(4), t.bytes(5)]]);
  state('empty-key', [[new Uint8Array(0), t.bytes(3)]]);
  state('empty-key-long-value', [[new Uint8Array(0), t.bytes(40)], [t.bytes(2), t.bytes(33)]]);
  state('long-key', [[t.bytes(200), t.bytes(33)], [t.bytes(1), new Uint8Array(0)]]);
  state('value-32-33', [[Uint8Array.of(0x12), t.bytes(32)], [Uint8Array.of(0x13), t.bytes(33)]]);
  for (let i = records.length; i < nStates; ++i) {
    const keys = randomKeys(t, randomCount(t));
    state(`s${i}`, keys.map((k) => [k, randomValue(t)]));
  }
  for (let i = 0; i < nOrdered; ++i) {
    const n = i === 0 ? 0 : i === 1 ? 1 : t.pick([t.int(2, 20), t.int(2, 20), t.int(60, 70), t.int(100, 130)]);
    const values = Array.from({ length: n }, () => hex(randomValue(t)));
    const entries = values.map((v, j) => [hex(compactToU8a(j)), v]).sort(byKey);
    records.push({ kind: 'ordered', name: `o${i}`, entries, values });
  }
  return records;
}

const HEADER = `# Trie roots generated by tests/host/trie/vectors/generate.mjs with
# @acala-network/chopsticks-executor calculate_state_root(entries, trie_version) (smoldot's trie).
# Do not edit: regenerate with
#   node tests/host/trie/vectors/generate.mjs > tests/host/trie/vectors/chopsticks_roots.txt
#
# Records, each a header line followed by its items, one per line:
#   state <name> v0=<root> v1=<root>      then "<key> <value>" lines (sorted by key)
#   ordered <name> v0=<root> v1=<root>    then "<value>" lines, item i has key Compact<u32>(i)
# All bytes are 0x-prefixed lowercase hex ("0x" = empty). Lines starting with '#' are comments.`;

/** Renders records (with roots, when given) in the fixture format. */
export function render (records, roots) {
  const lines = [];
  records.forEach((r, i) => {
    const tail = roots ? ` v0=${roots[i][0]} v1=${roots[i][1]}` : '';
    lines.push(`${r.kind} ${r.name}${tail}`);
    if (r.kind === 'state') for (const [k, v] of r.entries) lines.push(`${k} ${v}`);
    else for (const v of r.values) lines.push(v);
  });
  return lines.join('\n') + '\n';
}

/** Seed and sizes of the committed fixture. */
export const FIXTURE = { seed: 0x7219e5, states: 110, ordered: 12 };

/** The fixture text. */
export async function generate () {
  const records = randomRecords(FIXTURE.seed, FIXTURE.states, FIXTURE.ordered);
  const roots = [];
  for (const r of records) roots.push(await chopsticksRoots(r.entries));
  return HEADER + '\n' + render(records, roots);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(await generate());
}
