#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Replay the constructs profile's vectors through an atc CLI built with it, both ways, and check
the decode-only cases (any order, aliases, refusals). Usage: check.py ATC VECTORS_DIR"""
import glob
import json
import re
import subprocess
import sys

atc, vectors = sys.argv[1], sys.argv[2]
passed = failed = 0


def run(args, data):
    return subprocess.run([atc] + args, input=data, capture_output=True).stdout


def unnotate(text):
    text = text.replace("<ctrl+Z>", "\x1a").replace("<esc>", "\x1b").replace("<CR>", "\r")
    return re.sub(r"<0x([0-9a-fA-F]{2})>", lambda m: chr(int(m.group(1), 16)), text).encode("latin-1")


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {name}\n{detail}")


for path in sorted(glob.glob(f"{vectors}/*.md")):
    md = open(path, encoding="latin-1").read()
    inp = unnotate(re.search(r"```text\n(.*?)```", md, re.S).group(1))
    exp = re.search(r"```jsonl\n(.*?)```", md, re.S).group(1).encode("latin-1")
    got = run(["decode"], inp)
    check(f"{path}: decodes", got == exp, got.decode("latin-1"))
    enc = run(["encode", "--transcript"], exp)
    check(f"{path}: re-encodes byte for byte", enc == inp, enc.decode("latin-1"))
    wire = run(["encode"], exp)
    check(f"{path}: wire form decodes alike", run(["decode"], wire) == exp)

# decode-only cases: what may come in but is never written that way
cases = [
    (b'AT+PARA="CLEAN",1,"TIMEOUT",2\r', {"kind": "command", "fields": {"timeout": 2, "clean": 1}}),
    (b'AT+PARA="CLEAN",1,"CLEAN",0\r', {"kind": "error", "error": "ATC_ERR_MALFORMED"}),
    # tolerant decoding: a tag the spec does not know, and a list longer than the struct holds,
    # still decode as the command, with a warning (the raw line keeps what was left out)
    (b'AT+PARA="NOPE",1\r', {"kind": "command", "warning": "ATC_ERR_VALUE"}),
    (b'AT+PARA="NOPE",1,"CLEAN",1\r', {"kind": "command", "fields": {"clean": 1}, "warning": "ATC_ERR_VALUE"}),
    (b'AT+PARA="clean",1\r', {"kind": "command", "fields": {"clean": 1}}),
    (b'AT+AUTH="a","b","c","d","e"\r', {"kind": "command", "fields": {"value": ["a", "b", "c", "d"]},
                                          "warning": "ATC_ERR_TOO_LONG"}),
    (b'AT+SUB=1, , ,2\r', {"kind": "command", "fields": {"id": 1, "topic": "", "topic2": "", "qos": 2}}),
    (b"+BLOCK= abc\r\n", {"kind": "urc", "name": "BLOCK", "fields": {"text": "abc"}}),
    (b"AT+SOCKC1=TCPS,1\r", {"kind": "error"}),
    (b"AT+SOCKA4=TCPS,1\r", {"kind": "command", "fields": {"m": "A", "n": 4, "mode": "TCPS", "port": 1},
                              "warning": "ATC_ERR_RANGE"}),
    (b"day:3,hour:16\r\n", {"kind": "unknown"}),          # prefix-less: no meaning without AT+TIME?
    (b"AT+TIME?\r\r\nday:7,hour:1\r\n", {"kind": "response", "fields": {"day": 7, "hour": 1},
                                            "warning": "ATC_ERR_RANGE"}),
    (b"AT+TIME?\r\r\nday:x,hour:1\r\n", {"kind": "unknown"}),  # not its syntax, and no head
]
for data, want in cases:
    lines = [json.loads(l) for l in run(["decode"], data).decode("latin-1").splitlines()]
    last = lines[-1] if lines else {}
    ok = all(last.get(k) == v for k, v in want.items())
    check(f"decode {data!r}", ok, json.dumps(lines))

print(f"constructs: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
