#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Instruction profile of one runtime call, from rt-host's wabt trace.

  RT_TRACE=/tmp/t.txt RT_TRACE_METHOD=BlockBuilder_apply_extrinsic RT_TRACE_SKIP=3 \\
      build/native/bin/rt-host block NAMED.wasm --state GENESIS --transfers 3
  tools/profile/trace_profile.py /tmp/t.txt NAMED.wasm [--callers SUBSTRING] [--top N]

NAMED.wasm is the runtime as rt-host ran it but with its name section (wasm-opt-pass without
--strip, on the linked module). Prints instructions per function (self), calls per function,
and with --callers the call chains (3 frames) into the functions whose name contains SUBSTRING.
"""
import argparse
import bisect
import collections
import re
import subprocess


def names_of(wasm):
    out = subprocess.run(['wasm-objdump', '-x', '-j', 'Function', wasm], capture_output=True, text=True).stdout
    names = {}
    for line in out.splitlines():
        m = re.match(r'\s*- func\[(\d+)\] sig=\d+ <(.*)>', line)
        if m:
            names[int(m.group(1))] = m.group(2)
    imports = subprocess.run(['wasm-objdump', '-x', '-j', 'Import', wasm], capture_output=True, text=True).stdout
    return names, sum(1 for line in imports.splitlines() if 'func[' in line)


def demangle(symbols):
    return subprocess.run(['c++filt'], input='\n'.join(symbols), capture_output=True, text=True).stdout.splitlines()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('trace')
    ap.add_argument('wasm')
    ap.add_argument('--callers')
    ap.add_argument('--top', type=int, default=30)
    a = ap.parse_args()
    funcs = [tuple(map(int, line.split())) for line in open(a.trace + '.funcs')]
    names, nimports = names_of(a.wasm)
    offsets = sorted((o, i) for i, o in funcs)
    keys = [o for o, _ in offsets]
    starts = {o: i for i, o in funcs}
    label = lambda i: names.get(i + nimports, f'func{i + nimports}')
    self_count, entries, chains = collections.Counter(), collections.Counter(), collections.Counter()
    stack = {}
    for line in open(a.trace):
        m = re.match(r'#(\d+)\. +(\d+):', line)
        if not m:
            continue
        depth, pc = int(m.group(1)), int(m.group(2))
        f = offsets[bisect.bisect_right(keys, pc) - 1][1]
        self_count[f] += 1
        stack[depth] = f
        if pc in starts:
            entries[f] += 1
            if a.callers and a.callers in label(f):
                chains[tuple(stack.get(depth - k) for k in (1, 2, 3))] += 1
    total = sum(self_count.values())
    print(f'{total} instructions')
    rows = self_count.most_common(a.top)
    for (f, c), n in zip(rows, demangle([label(f) for f, _ in rows])):
        print(f'{c:9d} {100 * c / total:5.1f}%  {entries[f]:6d} calls  {n[:140]}')
    if a.callers:
        print(f'--- chains into *{a.callers}*')
        for chain, c in chains.most_common(a.top):
            print(f'{c:6d}  ' + '  <-  '.join(n[:60] for n in demangle([label(f) for f in chain if f is not None])))


if __name__ == '__main__':
    main()
