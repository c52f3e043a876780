# SPDX-License-Identifier: MIT
"""Completion rules in the spec (gen/completion.py): the checks on what a rule names, and the
Python reading of the rules that marks the examples, against the hand-written fixtures (which the
C decoder is tested against) and on dialogues of its own."""
import collections
import glob
import json
import os
import re
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "gen"))

import completion  # noqa: E402
import loader  # noqa: E402
import model  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")

HEAD = """\
profile: t
document: {file: x.txt, title: T}
dialect: v250
response_times:
  final: {ms: 100, line: 1}
  prompt: {ms: 100, line: 1}
  completion: {ms: 1000, line: 1}
results:
  - {name: OK, kind: final, text: OK, line: 1}
  - {name: ERROR, kind: final, text: ERROR, error: true, line: 1}
params:
  id: {type: int, range: [0, 9], line: 2}
  err: {type: int, line: 3}
  s: {type: string, line: 4}
  wait: {type: int, range: [1, 60], line: 5}
  n: {type: int, default: 3, line: 6}
urcs:
  - {id: DONE, name: DONE, syntax: '<id>,<err>', line: 7}
  - {id: WORD, name: WORD, syntax: '<s>', line: 8}
"""


def build(body, head=HEAD):
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
        f.write(head + textwrap.dedent(body))
        path = f.name
    try:
        return model.build(path, loader.load(path))
    finally:
        os.unlink(path)


def command(completion_yaml, syntax="<id>"):
    return f"""\
commands:
  - name: GO
    line: 10
    forms:
      set:
        line: 11
        syntax: '{syntax}'
        completion: {completion_yaml}
"""


class RuleChecks(unittest.TestCase):
    def fails(self, body, *fragments, head=HEAD):
        with self.assertRaises(loader.SpecError) as cm:
            build(body, head)
        for frag in fragments:
            self.assertIn(frag, str(cm.exception))

    def test_a_rule_resolves_to_indexes(self):
        p = build(command("{line: 12, urc: DONE, match: {id: id}, unless: {id: [0, [7, 9]]}}"))
        (r,) = p.rules
        self.assertEqual((r.cmd.id, r.key_field, r.parts[0].urc.id, r.parts[0].key), ("AT_GO_SET", 0, "DONE", 0))
        self.assertEqual(r.conds, [(0, 0, 0, 1), (0, 7, 9, 1)])
        self.assertEqual(r.ms, 1000, "the profile's completion time")

    def test_the_urc_must_be_one(self):
        self.fails(command("{line: 12, urc: NOPE}"), "'NOPE' is not the id of a URC")
        self.fails(command("{line: 12, urc: OK}"), "'OK' is not the id of a URC")

    def test_a_rule_needs_an_ending_urc(self):
        self.fails(command("{line: 12, progress: [DONE]}"), "no URC ends it")

    def test_match_names_fields_both_sides_have(self):
        self.fails(command("{line: 12, urc: DONE, match: {id: nope}}"), "it has no field <nope>")
        self.fails(command("{line: 12, urc: WORD, match: {id: id}}"), "WORD has no field <id>")
        self.fails(command("{line: 12, urc: DONE, match: {id: NOPE.id}}"), "NOPE is not an answer of it")

    def test_keys_values_and_counts_are_integers(self):
        self.fails(command("{line: 12, urc: WORD, match: {s: s}}", "<s>"), "must be an integer field")
        self.fails(command("{line: 12, ends: [{urc: WORD, values: {s: 1}}]}"), "must be an integer field")

    def test_a_field_time_needs_a_bounded_field(self):
        self.fails(command("{line: 12, urc: DONE, max_response_time: {field: err, unit_ms: 1000}}", "<id>,<err>"),
                   "needs a range")
        p = build(command("{line: 12, urc: DONE, max_response_time: {field: wait, unit_ms: 1000}}", "<id>[,<wait>]"))
        self.assertEqual((p.rules[0].ms_field, p.rules[0].unit_ms), (1, 1000))

    def test_replies_count_needs_a_default(self):
        self.fails(command("{line: 12, urc: DONE, replies: {urc: WORD, count: id}}"), "needs a default")
        p = build(command("{line: 12, urc: DONE, replies: {urc: WORD, count: n}}", "<id>[,<n>]"))
        self.assertEqual((p.rules[0].count_field, p.rules[0].count_default), (1, 3))

    def test_rules_need_the_profiles_completion_time(self):
        head = HEAD.replace("response_times:\n  final: {ms: 100, line: 1}\n  prompt: {ms: 100, line: 1}\n"
                            "  completion: {ms: 1000, line: 1}\n", "")
        self.fails(command("{line: 12, urc: DONE}"), "response_times", head=head)

    def test_an_example_that_says_what_it_completes_must_agree(self):
        body = command("{line: 12, urc: DONE, match: {id: id}}") + """\
examples:
  - title: x
    line: 13
    transcript: "AT+GO=1\\nOK\\n+DONE: 1,0\\n"
    events:
      - {dir: tx, kind: command, name: GO, form: set, fields: {id: 1}}
      - {dir: rx, kind: final, name: OK, completes: GO}
      - {dir: rx, kind: urc, name: DONE, fields: {id: 1, err: 0}}
"""
        p = build(body)
        with self.assertRaises(ValueError) as cm:
            completion.with_completes(p, p.examples[0]["events"])
        self.assertIn("the rules say None", str(cm.exception))


def ev(kind, name, **fields):
    e = {"dir": "tx" if kind == "command" else "rx", "kind": kind, "name": name}
    if kind == "command":
        e["form"] = "set"
    if fields:
        e["fields"] = fields
    return e


class Marks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.q = model.build(os.path.join(ROOT, "spec/quectel_tcpip.yaml"),
                            loader.load(os.path.join(ROOT, "spec/quectel_tcpip.yaml")))

    def open(self, i):
        return ev("command", "QIOPEN", context_id=1, connect_id=i, service_type="TCP", ip_address="1.2.3.4",
                  remote_port=80)

    def test_several_sockets_each_completed_by_its_own_urc(self):
        evs = [self.open(0), ev("final", "OK"), self.open(1), ev("final", "OK"),
               ev("urc", "QIOPEN", connect_id=1, err=0), ev("urc", "QIOPEN", connect_id=0, err=0),
               ev("urc", "QIOPEN", connect_id=0, err=0)]
        self.assertEqual(completion.mark(self.q, evs), [None, None, None, None, "QIOPEN", "QIOPEN", None])

    def test_a_full_table_awaits_no_more(self):
        evs = []
        for i in range(completion.MAX_AWAIT + 1):
            evs += [self.open(i), ev("final", "OK")]
        evs += [ev("urc", "QIOPEN", connect_id=completion.MAX_AWAIT, err=0), ev("urc", "QIOPEN", connect_id=0, err=0)]
        self.assertEqual(completion.mark(self.q, evs)[-2:], [None, "QIOPEN"])

    def test_the_urc_before_the_ok(self):
        evs = [self.open(0), ev("urc", "QIOPEN", connect_id=0, err=0), ev("final", "OK")]
        self.assertEqual(completion.mark(self.q, evs), [None, "QIOPEN", None])

    def test_an_error_completes_at_once(self):
        evs = [self.open(0), ev("final", "CME_ERROR", err=552), ev("urc", "QIOPEN", connect_id=0, err=0)]
        self.assertEqual(completion.mark(self.q, evs), [None, "QIOPEN", None])

    def test_dnsgip_counts_its_address_lines(self):
        gip = ev("command", "QIDNSGIP", context_id=1, hostname="x")
        head = ev("urc", "QIURC", err=0, ip_count=2, dns_ttl=60)
        head["variant"] = "dnsgip"
        line = ev("urc", "QIURC", host_ip_addr="1.2.3.4")
        line["variant"] = "dnsgip"
        self.assertEqual(completion.mark(self.q, [gip, ev("final", "OK"), head, line, line]),
                         [None, None, None, None, "QIDNSGIP"])


def fixture_cases(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for block in re.findall(r"```jsonl\n(.*?)\n```", text, re.S):
        yield [json.loads(l, object_pairs_hook=collections.OrderedDict) for l in block.splitlines() if l.strip()]


class Fixtures(unittest.TestCase):
    """The hand-written fixtures say what each line completes; the C decoder must print it
    (tests/test_vectors.c) and this reading of the rules must agree."""

    def test_every_fixture_agrees_with_the_rules(self):
        profiles = {}
        n = 0
        for path in sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/*/*.md"))):
            name = path.split(os.sep)[-2]
            if name not in profiles:
                spec = os.path.join(ROOT, "spec", name + ".yaml")
                profiles[name] = model.build(spec, loader.load(spec))
            for events in fixture_cases(path):
                want = [e.get("completes") for e in events]
                self.assertEqual(completion.mark(profiles[name], events), want, path)
                n += sum(1 for w in want if w)
        self.assertGreater(n, 100)


if __name__ == "__main__":
    unittest.main()
