# SPDX-License-Identifier: MIT
"""The generator's own checks: schema errors with file:line, and the model's semantic checks
(duplicate names, ambiguous variants, unreachable optionals, undefined parameters)."""
import glob
import os
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "gen"))

import atcgen  # noqa: E402
import conflicts  # noqa: E402
import loader  # noqa: E402
import model  # noqa: E402

HEAD = """\
profile: t
document: {file: x.txt, title: T}
dialect: v250
results:
  - {name: OK, kind: final, text: OK, line: 1}
params:
  a: {type: int, range: [0, 9], line: 2}
  b: {type: int, line: 3}
  s: {type: string, line: 4}
  v4: {type: string, format: ipv4, line: 5}
  v6: {type: string, format: ipv6, line: 6}
"""


def build(body):
    """Load and check a spec made of HEAD plus body; returns the profile."""
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
        f.write(HEAD + textwrap.dedent(body))
        path = f.name
    try:
        return model.build(path, loader.load(path)), path
    finally:
        os.unlink(path)


class SpecChecks(unittest.TestCase):
    def fails(self, body, *fragments):
        with self.assertRaises(loader.SpecError) as cm:
            build(body)
        for frag in fragments:
            self.assertIn(frag, str(cm.exception))
        return cm.exception

    def test_schema_errors_name_file_and_line(self):
        e = self.fails("""\
            commands:
              - name: X
                line: 1
                forms: {set: {line: 2, syntax: '<a>', colour: red}}
            """, "Additional properties")
        self.assertEqual(e.line, 15)  # the line of the set form's mapping
        self.assertRegex(str(e), r"\.yaml:15: ")

    def test_duplicate_yaml_keys_are_refused(self):
        self.fails("""\
            commands:
              - name: X
                name: Y
                line: 1
                forms: {exec: {line: 2}}
            """, "duplicate key 'name'")

    def test_undefined_parameter(self):
        e = self.fails("urcs:\n  - {name: U, syntax: '<nope>', line: 7}\n", "<nope> is not defined")
        self.assertEqual(e.line, 13, "the line in the spec file, not the document line of the entry")

    def test_checks_report_spec_file_lines(self):
        e = self.fails("urcs:\n  - {name: U, syntax: '<a>', line: 700}\n  - {name: U, syntax: '<s>', line: 800}\n",
                       "duplicate message id U (first at line 13)")
        self.assertEqual(e.line, 14)

    def test_command_variants_may_be_chosen_by_a_fixed_value(self):
        prof, _ = build("""\
            commands:
              - name: C
                line: 1
                forms:
                  set:
                    line: 2
                    variants:
                      - {variant: first, syntax: '<a=1>,<b>', line: 3}
                      - {variant: second, syntax: '<a=2>,<s>', line: 4}
            """)
        self.assertEqual(prof.by_id["AT_C_SET_FIRST"].fields[0].ranges, [(1, 1)])
        self.fails("""\
            commands:
              - {name: C, line: 1, forms: {set: {line: 2, variants: [{variant: x, syntax: '<a>', line: 3}]}}}
            """, "neither a keyword")

    def test_names_are_not_keywords_and_do_not_run_words_together(self):
        self.fails("urcs:\n  - {name: U, syntax: '<class>', line: 7, params: {class: {type: int, line: 9}}}\n",
                   "C or C++ keyword")
        self.fails("urcs:\n  - {name: U, syntax: '<currentrecvlength>', line: 7,"
                   " params: {currentrecvlength: {type: int, line: 9}}}\n", "runs words together")
        build("urcs:\n  - {name: U, syntax: '<currentrecvlength>', line: 7,"
              " params: {currentrecvlength: {name: current_recv_length, type: int, line: 9}}}\n")
        for word in ("hostname", "username", "password", "manufacturer", "authentication"):
            self.assertFalse(model.run_together(word), word)
        for word in ("currentrecvlength", "flowctrl"):   # USR's <flowctrl> (AT+UART)
            self.assertTrue(model.run_together(word), word)

    def test_two_value_lists_under_one_name_need_an_enum_name(self):
        body = """\
            urcs:
              - {name: U, syntax: '<m>', line: 7, params: {m: {type: int, values: {0: a, 1: b}, line: 8}}}
              - {name: V, syntax: '<m>', line: 9, params: {m: {type: int, values: {0: c}, line: 10}}}
            """
        prof, _ = build(body)
        with self.assertRaises(loader.SpecError) as cm:
            atcgen.Emitter(prof, "")
        self.assertIn("give one an enum: name", str(cm.exception))
        prof, _ = build(body.replace("{0: c}, line: 10", "{0: c}, enum: v_m, line: 10"))
        names = sorted(e["name"] for e in atcgen.Emitter(prof, "").enums)
        self.assertEqual(names, ["m", "v_m"])

    def test_verbose_error_codes_belong_to_results(self):
        # a string where a URC's code stands would read as an error text, not as the URC that has
        # a string there (+QIURC: "dnsgip",<err> against +QIURC: "dnsgip",<hostIPAddr>)
        self.fails("""\
            urcs:
              - {name: U, syntax: '<e>', line: 7, params: {e: {type: int, verbose: true, line: 9}}}
            """, "is verbose:")

    def test_duplicate_message_ids(self):
        self.fails("""\
            urcs:
              - {name: U, syntax: '<a>', line: 7}
              - {name: U, syntax: '<s>', line: 8}
            """, "duplicate message id U")

    def test_unreachable_optional(self):
        self.fails("urcs:\n  - {name: U, syntax: '<a>[,<b>][,<b>]', line: 7}\n", "field name 'b' appears twice")
        self.fails("urcs:\n  - {name: U, syntax: '<a>[,<a2>][,<b>]', line: 7, params: {a2: {type: int, line: 1}}}\n",
                   "optional fields cannot be told apart")

    def test_formats_make_adjacent_optionals_reachable(self):
        prof, _ = build("urcs:\n  - {name: U, syntax: '<a>[,<v4>][,<v6>]', line: 7}\n")
        self.assertEqual(len(prof.by_id["U"].shapes), 4)

    def test_ambiguous_variants_need_acknowledging(self):
        body = """\
            urcs:
              - {id: U1, name: U, syntax: '<a>,<b>', line: 7}
              - {id: U2, name: U, syntax: '<b>,<a>', line: 8%s}
            """
        self.fails(body % "", "U2 cannot be told apart from U1")
        prof, _ = build(body % ", ambiguous_with: [U1]")
        self.assertIn("U2", prof.by_id)

    def test_responses_to_different_commands_are_told_apart_by_context(self):
        prof, _ = build("""\
            commands:
              - {name: C, line: 1, forms: {read: {line: 2}, test: {line: 3}}}
            responses:
              - {id: R1, name: C, answers: [C.read], syntax: '<a>', line: 7}
              - {id: R2, name: C, answers: [C.test], syntax: '<a>', line: 8}
            """)
        self.assertEqual(prof.by_id["R1"].answer_ids, [prof.by_id["AT_C_READ"].index])

    def test_answers_must_name_a_command_form(self):
        self.fails("responses:\n  - {name: R, answers: [C.read], syntax: '<a>', line: 7}\n",
                   "answers C.read, which no command form defines")

    def test_fixed_value_must_be_in_range(self):
        self.fails("urcs:\n  - {name: U, syntax: '<a=12>', line: 7}\n", "outside the parameter's range")

    def test_payload_length_must_be_an_integer_field(self):
        self.fails("urcs:\n  - {name: U, syntax: '<a>', payload: {length: s}, line: 7}\n",
                   "payload length <s> is not a field")

    def test_variant_must_be_a_keyword_of_the_syntax(self):
        self.fails("urcs:\n  - {name: U, variant: recv, syntax: '\"closed\",<a>', line: 7}\n",
                   "variant 'recv' is not a keyword")

    def test_syntax_expansion(self):
        tree = model.parse_syntax("<a>[,<b>,<c>[,<d>]][,<e>]", self.fail)
        self.assertEqual(model.expand(tree),
                         [[0], [0, 4], [0, 1, 2], [0, 1, 2, 3], [0, 1, 2, 4], [0, 1, 2, 3, 4]])

    def test_snake_case_names(self):
        self.assertEqual(model.snake("contextID"), "context_id")
        self.assertEqual(model.snake("IPv4_address"), "ipv4_address")
        self.assertEqual(model.snake("Freesize"), "freesize")


class Conflicts(unittest.TestCase):
    def test_lines_two_profiles_read_differently_are_reported(self):
        a, _ = build("urcs:\n  - {name: U, syntax: '<a>,<b>', line: 7}\n  - {name: V, syntax: '<a>', line: 8}\n")
        b, _ = build("urcs:\n  - {name: U, syntax: '<s>,<b>', line: 9}\n  - {name: V, syntax: '<a>', line: 10}\n"
                     "  - {name: W, syntax: '<a>', line: 11}\n")
        self.assertEqual(conflicts.find([a, a]), [])
        rows = conflicts.find([a, b])
        # +U: <a>,<b> (ints) and +U: <s>,<b> (a string first) cannot read the same line: no conflict.
        self.assertEqual(rows, [])
        c, _ = build("urcs:\n  - {name: U, syntax: '<b>,<a>', line: 12}\n")
        rows = conflicts.find([a, c])
        self.assertEqual([(r[1].id, r[3].id) for r in rows], [("U", "U")])
        text, _ = conflicts.report([a, c])
        # each number says which file it is in: the document's line, not the spec's
        self.assertIn("| t | `U` | document line 7 | `+U: <a>,<b>` | vs | t | `U` | document line 12 | `+U: <b>,<a>` |",
                      text)
        self.assertEqual(conflicts.where(rows[0][1]), "document line 7")


class RealSpecs(unittest.TestCase):
    def test_every_spec_passes_its_checks(self):
        root = os.path.join(os.path.dirname(__file__), "..", "..", "spec")
        specs = sorted(glob.glob(os.path.join(root, "*.yaml")))
        self.assertTrue(specs)
        for path in specs:
            with self.subTest(spec=os.path.basename(path)):
                model.build(path, loader.load(path))


if __name__ == "__main__":
    unittest.main()
