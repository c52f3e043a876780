# SPDX-License-Identifier: MIT
"""The hash of line heads, the same as atc__hash() in runtime/atc_util.c: the head's length, its
first four and last four bytes with bit 5 cleared (so letters match without regard to case)."""

M = 0xFFFFFFFF
FOLD = 0xDF


def _word(bs):
    w = 0
    for i, b in enumerate(bs):
        w |= (b & FOLD) << (8 * i)
    return w


def hash_bytes(u, seed):
    n = len(u)
    a = _word(u[:4])
    b = _word(u[n - 4:]) if n > 4 else 0
    h = ((seed * 0x9E3779B1) & M) ^ ((n * 0x85EBCA6B) & M)
    h ^= (a * 0xC2B2AE35) & M
    h = ((h << 13) | (h >> 19)) & M
    h ^= (b * 0x27D4EB2F) & M
    h ^= h >> 15
    h = (h * 0x2C1B3C6D) & M
    h ^= h >> 16
    return h


def hash_head(text, seed):
    return hash_bytes(text.encode("latin-1"), seed)
