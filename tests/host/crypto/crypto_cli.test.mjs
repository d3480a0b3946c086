// SPDX-License-Identifier: Apache-2.0
// Live cross-check of host/crypto against @polkadot/util-crypto through crypto-cli (built from
// tests/host/crypto/crypto_cli.cpp; ctest passes its path in RT_CRYPTO_CLI): the C++ side signs and
// @polkadot/util-crypto verifies, and the other way round, for sr25519, ed25519 and ecdsa
// (blake2-hashed, as Substrate); public keys from seeds and secret URIs agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { u8aToHex, hexToU8a, stringToU8a } from '@polkadot/util';
import {
  cryptoWaitReady, mnemonicToMiniSecret, keyExtractSuri, keyFromPath, blake2AsU8a, randomAsU8a,
  sr25519PairFromSeed, sr25519Sign, sr25519Verify,
  ed25519PairFromSeed, ed25519Sign, ed25519Verify,
  secp256k1PairFromSeed, secp256k1Sign, secp256k1Verify,
} from '@polkadot/util-crypto';

const cli = process.env.RT_CRYPTO_CLI;
if (!cli) throw new Error('RT_CRYPTO_CLI must point at the crypto-cli executable');
await cryptoWaitReady();

const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
const run = (...args) => execFileSync(cli, args, { encoding: 'utf8' }).trim();

const schemes = {
  sr25519: {
    pair: sr25519PairFromSeed,
    sign: (msg, pair) => sr25519Sign(msg, pair),
    verify: (msg, sig, pub) => sr25519Verify(msg, sig, pub),
  },
  ed25519: {
    pair: ed25519PairFromSeed,
    sign: (msg, pair) => ed25519Sign(msg, pair),
    verify: (msg, sig, pub) => ed25519Verify(msg, sig, pub),
  },
  ecdsa: {
    pair: secp256k1PairFromSeed,
    sign: (msg, pair) => secp256k1Sign(msg, pair, 'blake2'),
    verify: (msg, sig, pub) => secp256k1Verify(msg, sig, pub, 'blake2'),
  },
};

const seeds = [mnemonicToMiniSecret(DEV_PHRASE), randomAsU8a(32), randomAsU8a(32)];
const messages = [new Uint8Array(), stringToU8a('hello from the host'), randomAsU8a(300)];
const flip = (u8, i) => { const c = u8.slice(); c[i] ^= 1; return c; };

for (const [name, s] of Object.entries(schemes)) {
  test(`${name}: public keys from seeds agree`, () => {
    for (const seed of seeds) {
      assert.equal(run('pub', name, u8aToHex(seed)), u8aToHex(s.pair(seed).publicKey));
    }
  });

  test(`${name}: dev accounts from secret URIs agree`, () => {
    for (const suri of ['//Alice', '//Bob', '//Ferdie', '//Alice//stash']) {
      const { path } = keyExtractSuri(DEV_PHRASE + suri);
      const expected = keyFromPath(s.pair(mnemonicToMiniSecret(DEV_PHRASE)), path, name).publicKey;
      assert.equal(run('uri', name, suri), u8aToHex(expected));
    }
  });

  test(`${name}: C++ signs, @polkadot/util-crypto verifies`, () => {
    for (const seed of seeds) {
      const pub = s.pair(seed).publicKey;
      for (const msg of messages) {
        const sig = hexToU8a(run('sign', name, u8aToHex(seed), u8aToHex(msg)));
        assert.ok(s.verify(msg, sig, pub), `${name} signature by C++ rejected`);
        assert.ok(!s.verify(flip(msg.length ? msg : new Uint8Array(1), 0), sig, pub));
        if (name !== 'sr25519') {  // deterministic schemes: identical bytes
          assert.equal(u8aToHex(sig), u8aToHex(s.sign(msg, s.pair(seed))));
        }
      }
    }
  });

  test(`${name}: @polkadot/util-crypto signs, C++ verifies`, () => {
    for (const seed of seeds) {
      const pair = s.pair(seed);
      for (const msg of messages) {
        const sig = s.sign(msg, pair);
        const args = [u8aToHex(pair.publicKey), u8aToHex(msg)];
        assert.equal(run('verify', name, ...args, u8aToHex(sig)), 'true');
        assert.equal(run('verify', name, ...args, u8aToHex(flip(sig, 5))), 'false');
        assert.equal(run('verify', name, u8aToHex(pair.publicKey), u8aToHex(blake2AsU8a(msg)),
          u8aToHex(sig)), 'false');
      }
    }
  });
}

test('crypto-cli rejects bad arguments with status 2', () => {
  assert.throws(() => run('sign', 'sr25519', '0x12', '0x'), (e) => e.status === 2);
  assert.throws(() => run('pub', 'rsa', '0x' + '00'.repeat(32)), (e) => e.status === 2);
});
