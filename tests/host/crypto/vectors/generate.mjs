// SPDX-License-Identifier: Apache-2.0
// Writes vectors.txt next to this file: signatures, keys and derivations made by
// @polkadot/util-crypto (14.0.3, schnorrkel via @polkadot/wasm-crypto) for host/crypto's tests
// (tests/host/crypto/vectors_test.cpp). Re-run after changing it:
//   node tests/host/crypto/vectors/generate.mjs
// sr25519 signatures are randomized, so the file holds whatever this run drew; ed25519 and ecdsa
// (RFC 6979) are deterministic and the C++ side must reproduce them byte for byte.
//
// Record formats (hex with 0x, one record per line, '#' starts a comment):
//   entropy <phrase-as-words-joined-by-_> <entropy>
//   mini <entropy> <password|-> <seed32>
//   pbkdf2 <password> <salt> <rounds> <out64>
//   dev <scheme> <suri> <public>
//   sign <scheme> <seed32> <message> <signature>          (deterministic schemes only)
//   sig <scheme> <public> <message> <signature> <valid|invalid> <note>
//   derive_public sr25519 <public> <chain-code> <soft-derived-public>
//   recover <signature65> <digest32> <compressed-public>
import { writeFileSync } from 'node:fs';
import { pbkdf2Sync } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { u8aToHex, stringToU8a, u8aConcat } from '@polkadot/util';
import {
  cryptoWaitReady, mnemonicToEntropy, mnemonicToMiniSecret, keyExtractSuri, keyFromPath,
  sr25519PairFromSeed, sr25519Sign, sr25519Verify, sr25519DerivePublic,
  ed25519PairFromSeed, ed25519Sign, ed25519Verify,
  secp256k1PairFromSeed, secp256k1Sign, secp256k1Verify, secp256k1Recover, blake2AsU8a,
} from '@polkadot/util-crypto';

await cryptoWaitReady();

const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
const out = [];
const hex = (u8) => u8aToHex(u8);
const line = (...fields) => out.push(fields.join(' '));

// --- mnemonic → seed ---
const entropy = mnemonicToEntropy(DEV_PHRASE);
line('entropy', DEV_PHRASE.replaceAll(' ', '_'), hex(entropy));
for (const password of ['', 'password', 'Substrate']) {
  line('mini', hex(entropy), password || '-', hex(mnemonicToMiniSecret(DEV_PHRASE, password)));
}
for (const [p, s, c] of [['password', 'salt', 1], ['password', 'salt', 2], ['password', 'salt', 4096]]) {
  line('pbkdf2', hex(stringToU8a(p)), hex(stringToU8a(s)), c, '0x' + pbkdf2Sync(p, s, c, 64, 'sha512').toString('hex'));
}

// --- dev accounts and derivation paths ---
const rootSeed = mnemonicToMiniSecret(DEV_PHRASE);
const fromSeed = { sr25519: sr25519PairFromSeed, ed25519: ed25519PairFromSeed, ecdsa: secp256k1PairFromSeed };
const names = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
const paths = {
  sr25519: [...names.map((n) => `//${n}`), '//Alice/soft', '//Alice//stash', '/1', '//1//2/3',
    '//a-name-long-enough-to-be-hashed-by-blake2b', '//Alice///password'],
  ed25519: [...names.map((n) => `//${n}`), '//Alice//stash', '//42', '//a-name-long-enough-to-be-hashed-by-blake2b'],
  ecdsa: [...names.map((n) => `//${n}`), '//Alice//stash', '//42'],
};
for (const [scheme, list] of Object.entries(paths)) {
  for (const suri of list) {
    const { path, password } = keyExtractSuri(DEV_PHRASE + suri);
    const root = fromSeed[scheme](mnemonicToMiniSecret(DEV_PHRASE, password));
    const pair = keyFromPath(root, path, scheme);
    line('dev', scheme, suri, hex(pair.publicKey));
  }
}

// --- signatures ---
const seeds = [rootSeed, ...[1, 2, 3].map((i) => blake2AsU8a(stringToU8a(`host/crypto vector seed ${i}`)))];
const messages = [
  new Uint8Array(), stringToU8a('hello'), blake2AsU8a(stringToU8a('32 bytes')),
  new Uint8Array(200).map((_, i) => i), new Uint8Array(1000).map((_, i) => (i * 7) & 255),
];
const flip = (u8, index, bit = 1) => { const c = u8.slice(); c[index] ^= bit; return c; };

for (const [si, seed] of seeds.entries()) {
  const sr = sr25519PairFromSeed(seed);
  const ed = ed25519PairFromSeed(seed);
  const ec = secp256k1PairFromSeed(seed);
  for (const [mi, msg] of messages.entries()) {
    const srSig = sr25519Sign(msg, sr);
    if (!sr25519Verify(msg, srSig, sr.publicKey)) throw new Error('sr25519 self-check');
    line('sig', 'sr25519', hex(sr.publicKey), hex(msg), hex(srSig), 'valid', `seed${si}_msg${mi}`);

    const edSig = ed25519Sign(msg, ed);
    if (!ed25519Verify(msg, edSig, ed.publicKey)) throw new Error('ed25519 self-check');
    line('sign', 'ed25519', hex(seed), hex(msg), hex(edSig));
    line('sig', 'ed25519', hex(ed.publicKey), hex(msg), hex(edSig), 'valid', `seed${si}_msg${mi}`);

    const ecSig = secp256k1Sign(msg, ec, 'blake2');
    if (!secp256k1Verify(msg, ecSig, ec.publicKey, 'blake2')) throw new Error('ecdsa self-check');
    line('sign', 'ecdsa', hex(seed), hex(msg), hex(ecSig));
    line('sig', 'ecdsa', hex(ec.publicKey), hex(msg), hex(ecSig), 'valid', `seed${si}_msg${mi}`);
    const digest = blake2AsU8a(msg);
    line('recover', hex(ecSig), hex(digest), hex(secp256k1Recover(digest, ecSig, ecSig[64], 'blake2')));

    if (si === 0 && mi === 1) {
      // Invalid: another message, a flipped bit in R or in s, another key, and per scheme quirks.
      const other = stringToU8a('hellp');
      const otherKey = { sr25519: sr25519PairFromSeed(seeds[1]).publicKey,
        ed25519: ed25519PairFromSeed(seeds[1]).publicKey, ecdsa: secp256k1PairFromSeed(seeds[1]).publicKey };
      for (const [scheme, sig, pub] of [['sr25519', srSig, sr.publicKey], ['ed25519', edSig, ed.publicKey], ['ecdsa', ecSig, ec.publicKey]]) {
        line('sig', scheme, hex(pub), hex(other), hex(sig), 'invalid', 'other_message');
        line('sig', scheme, hex(pub), hex(msg), hex(flip(sig, 3)), 'invalid', 'flipped_R');
        line('sig', scheme, hex(pub), hex(msg), hex(flip(sig, 40)), 'invalid', 'flipped_s');
        line('sig', scheme, hex(otherKey[scheme]), hex(msg), hex(sig), 'invalid', 'other_key');
      }
      line('sig', 'sr25519', hex(sr.publicKey), hex(msg), hex(flip(srSig, 63, 0x80)), 'invalid', 'marker_bit_cleared');
      line('sig', 'ecdsa', hex(ec.publicKey), hex(msg), hex(flip(ecSig, 64, 1)), 'invalid', 'other_recovery_id');
      const v27 = ecSig.slice(); v27[64] += 27;
      line('sig', 'ecdsa', hex(ec.publicKey), hex(msg), hex(v27), 'invalid', 'v_27_not_accepted_by_verify');
      line('sig', 'ed25519', hex(ed.publicKey), hex(msg), hex(u8aConcat(edSig.slice(0, 32), new Uint8Array(32).fill(0xff))), 'invalid', 's_not_canonical');
    }
  }
  // Soft public derivation (sr25519DerivePublic = schnorrkel PublicKey::derived_key_simple(cc, [])).
  const cc = blake2AsU8a(stringToU8a(`chain code ${si}`));
  line('derive_public', 'sr25519', hex(sr.publicKey), hex(cc), hex(sr25519DerivePublic(sr.publicKey, cc)));
}

const file = join(dirname(fileURLToPath(import.meta.url)), 'vectors.txt');
writeFileSync(file, [
  '# Generated by tests/host/crypto/vectors/generate.mjs with @polkadot/util-crypto 14.0.3; do not edit.',
  ...out, ''].join('\n'));
console.log(`wrote ${out.length} records to ${file}`);
