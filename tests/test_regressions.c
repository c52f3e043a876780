/* Codec bugs the fuzzers found (issue 6), one test each; docs/security.md and
 * tests/fuzz/regressions/README.md give the root causes. Where a bug is a class (every token
 * field, every text field), the test walks every profile's tables, so it also holds for profiles
 * added later. The raw crash inputs are replayed by tests/test_fuzz_replay.c. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "profiles.h"
#include "props/msggen.h"

static mg_msg mm;

/* A valid message of d with field i present, or 0. */
static int build_with(const atc_msg_desc *d, uint8_t i, uint64_t seed)
{
    uint8_t s;
    for (s = 0; s < d->nshapes; s++) {
        mg_src src;
        mg_opts o;
        static uint8_t formats[256];
        if (i >= 32 || !((d->shapes[s] >> i) & 1))
            continue;
        mg_seed(&src, seed + s);
        mg_table_formats(d, formats, sizeof formats);
        o.budget = 4;
        o.wild = 0;
        o.formats = formats;
        if (mg_build(&src, d, d->shapes[s], &o, &mm) && mg_has(mm.m.bytes, &d->fields[i]) &&
            !(d->fields[i].flags & ATC_F_LIST))
            return 1;
    }
    return 0;
}

static atc_err encode_with(const atc_msg_desc *d, uint8_t i, const char *value)
{
    char buf[8192];
    size_t len;
    mg_set_str(mm.m.bytes, &d->fields[i], 0, value, strlen(value));
    return atc_encode(d, mm.m.bytes, ATC_FRAME_WIRE, buf, sizeof buf, &len);
}

typedef struct bad {
    atc_type type;
    const char *value;
} bad;

/* Bug 1: atc_encode wrote token, text and test-form (SUPPORTED) values that the line grammar or
 * the field splitter cannot read back: empty, spaces at either end, a comma in a test-form answer,
 * a parenthesis or quote that does not close the value. */
Test(regressions, encoder_refuses_unquoted_values_it_cannot_read_back)
{
    static const bad cases[] = {
        {ATC_T_TOKEN, ""},         {ATC_T_TOKEN, " a"},         {ATC_T_TOKEN, "a "},
        {ATC_T_TOKEN, "(a"},       {ATC_T_TOKEN, "(a)b"},       {ATC_T_SUPPORTED, ""},
        {ATC_T_SUPPORTED, "a,b"},  {ATC_T_SUPPORTED, "(0-1)x"}, {ATC_T_SUPPORTED, "\"a\"b"},
        {ATC_T_SUPPORTED, " (0)"}, {ATC_T_TEXT, " a"},          {ATC_T_TEXT, "a "},
        {ATC_T_TEXT, "\"a\"b"},    {ATC_T_TEXT, "(a"},
    };
    int pi, checked = 0, wrong = 0;
    char first[300] = "";
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            uint8_t i;
            if (!mg_supported(d))
                continue;
            for (i = 0; i < d->nfields; i++) {
                const atc_field_desc *f = &d->fields[i];
                size_t c;
                if (f->nvalues || (f->fmt & (ATC_FMT_IPV4 | ATC_FMT_IPV6)) || !build_with(d, i, 7))
                    continue;
                for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
                    atc_err e;
                    if (cases[c].type != f->type || (f->max_len && strlen(cases[c].value) > f->max_len))
                        continue;
                    e = encode_with(d, i, cases[c].value);
                    checked++;
                    if (e == ATC_OK) {
                        if (!wrong++)
                            snprintf(first, sizeof first, "%s %s field %s = \"%s\" encoded", prof->name, d->name,
                                     f->name, cases[c].value);
                    }
                }
            }
        }
    }
    cr_assert_gt(checked, 0);
    cr_assert_eq(wrong, 0, "%d of %d unreadable values were encoded; first: %s", wrong, checked, first);
}

/* Bug 2: the grammar reads a quote inside a token (a"b), the encoder refused to write it again. */
Test(regressions, a_decoded_token_with_a_quote_encodes_again)
{
    const atc_profile *prof = atc_tool_profile("andlink");
    static const char wire[] = "\r\n+QLASETPSK: a\"b,c\r\n";
    char buf[64];
    size_t len = 0;
    uint16_t id;
    atc_err e;
    mg_rt rt;
    int r;
    if (!prof)
        cr_skip_test("no andlink profile");
    id = atc_find_msg(prof, ATC_KIND_RESPONSE, "QLASETPSK", NULL, ATC_FORM_NONE, ATC_NO_MSG);
    cr_assert_neq(id, ATC_NO_MSG);
    memset(&mm, 0, sizeof mm);
    mm.d = &prof->msgs[id];
    mg_set_str(mm.m.bytes, &mm.d->fields[0], 0, "a\"b", 3);
    mg_set_str(mm.m.bytes, &mm.d->fields[1], 0, "c", 1);
    r = mg_roundtrip(&rt, prof, id, &mm, wire, sizeof wire - 1, 0);
    cr_assert_eq(r, MG_RT_OK, "the line decodes to psk_id a\"b: %s %s", mg_rt_name(r), rt.why);
    e = atc_encode(mm.d, mm.m.bytes, ATC_FRAME_WIRE, buf, sizeof buf, &len);
    cr_assert_eq(e, ATC_OK, "the decoded value is refused by the encoder: %s", atc_err_name(e));
    cr_assert(len == sizeof wire - 1 && memcmp(buf, wire, len) == 0);
}

/* Bug 3: with an empty string left as {NULL, 0} (what _INIT_ZERO leaves), the encoder computed
 * NULL + 0 and passed NULL to memcmp (undefined behaviour; make test-sanitize aborts on it). */
Test(regressions, empty_string_views_left_null_are_not_used_as_pointers)
{
    int pi, checked = 0;
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            uint8_t i;
            if (!mg_supported(d))
                continue;
            for (i = 0; i < d->nfields; i++) {
                const atc_field_desc *f = &d->fields[i];
                char buf[8192];
                size_t len;
                atc_err e;
                if (mg_is_int(f) || f->type == ATC_T_LITERAL || !build_with(d, i, 3))
                    continue;
                mg_set_str(mm.m.bytes, f, 0, NULL, 0);
                e = atc_encode(d, mm.m.bytes, ATC_FRAME_WIRE, buf, sizeof buf, &len);
                (void)e; /* refused or not: what matters is no UB (sanitizers) */
                checked++;
            }
        }
    }
    cr_assert_gt(checked, 0);
}

/* Bug 4: a line without prefix (ICA's AT+CGMI answer, USR's help lines) took its fields from the
 * machine's mark, which another alternative had moved: "OKIDATA Corp" decoded as "IDATA Corp". */
typedef struct text_rec {
    char text[64];
    int n;
} text_rec;

static void text_event(atc_parser *p, const atc_event *ev)
{
    text_rec *r = (text_rec *)p->user;
    if (ev->desc && ev->kind == ATC_KIND_RESPONSE && ev->desc->nfields && ev->desc->fields[0].type == ATC_T_TEXT) {
        atc_str s = mg_get_str(ev->msg, &ev->desc->fields[0], 0);
        snprintf(r->text, sizeof r->text, "%.*s", (int)s.len, s.ptr);
        r->n++;
    }
}

Test(regressions, a_text_line_without_prefix_keeps_its_first_characters)
{
    const atc_profile *prof = atc_tool_profile("ica");
    static const atc_callbacks cb = {text_event, NULL, NULL};
    static const char in[] = "AT+CGMI\r\nOKIDATA Corp\r\nOK\r\n";
    atc_parser p;
    text_rec r;
    if (!prof || atc_find_msg(prof, ATC_KIND_COMMAND, "CGMI", NULL, ATC_FORM_EXEC, ATC_NO_MSG) == ATC_NO_MSG)
        cr_skip_test("no ica profile with AT+CGMI");
    memset(&r, 0, sizeof r);
    atc_init(&p, prof, &cb, &r);
    atc_feed(&p, in, sizeof in - 1);
    atc_finish(&p);
    cr_assert_eq(r.n, 1);
    cr_assert_str_eq(r.text, "OKIDATA Corp");
}

/* Bug 5: atc_finish() fed the last line its missing line end; when that line announced a payload
 * (+QIRD: 5 at the end of the input) the parser was left in payload mode: the truncation was not
 * reported, and the next stream's lines were taken as payload. */
typedef struct fin_rec {
    int events, truncated_errors, truncated_ends, ok;
} fin_rec;

static void fin_event(atc_parser *p, const atc_event *ev)
{
    fin_rec *r = (fin_rec *)p->user;
    r->events++;
    r->truncated_errors += ev->error == ATC_ERR_TRUNCATED;
    r->ok += ev->desc && ev->kind == ATC_KIND_FINAL && strcmp(ev->desc->name, "OK") == 0;
}

static void fin_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    fin_rec *r = (fin_rec *)p->user;
    (void)dir;
    r->truncated_ends += how == ATC_DATA_TRUNCATED;
}

Test(regressions, finish_ends_a_payload_the_last_line_announced)
{
    const atc_profile *prof = atc_tool_profile("quectel_tcpip");
    static const atc_callbacks cb = {fin_event, NULL, fin_end};
    atc_parser p;
    fin_rec r;
    cr_assert_not_null(prof);
    memset(&r, 0, sizeof r);
    atc_init(&p, prof, &cb, &r);
    atc_feed(&p, "+QIRD: 5", 8); /* the input ends right after the header */
    atc_finish(&p);
    cr_assert_eq(r.truncated_ends, 1, "the payload is reported truncated by atc_finish");
    cr_assert_eq(r.truncated_errors, 1);
    atc_feed(&p, "OK\r\n", 4); /* the next stream */
    cr_assert_eq(r.ok, 1, "after atc_finish the next line decodes");
}

/* Bug 6: a dynamic field typed as an unquoted token took a quoted value ("") and kept the quotes,
 * which the encoder then refused. It is a malformed line now. */
static void reencode_event(atc_parser *p, const atc_event *ev)
{
    int *bad = (int *)p->user;
    char buf[8192];
    size_t len;
    if (ev->desc && ev->kind != ATC_KIND_ERROR && ev->kind != ATC_KIND_UNKNOWN &&
        atc_encode(ev->desc, ev->msg, ATC_FRAME_WIRE, buf, sizeof buf, &len) != ATC_OK)
        (*bad)++;
}

Test(regressions, what_the_decoder_accepts_the_encoder_writes)
{
    static const struct {
        const char *profile, *input;
    } cases[] = {
        {"onenet", "AT+MIPLREADRSP=0,3,1,1,1,5,2,0,\"\",1,0\r\n"},
        {"onenet", "AT+MIPLCONFIG?\r\n+MIPLCONFIG: 5,1,2\"\r\n"},
        {"andlink", "+QLASETPSK: a\"b,c\r\n"},
    };
    static const atc_callbacks cb = {reencode_event, NULL, NULL};
    size_t c;
    for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const atc_profile *prof = atc_tool_profile(cases[c].profile);
        atc_parser p;
        int bad = 0;
        if (!prof)
            continue;
        atc_init(&p, prof, &cb, &bad);
        atc_feed(&p, cases[c].input, strlen(cases[c].input));
        atc_finish(&p);
        cr_expect_eq(bad, 0, "%s: %s: decoded, but the encoder refuses it", cases[c].profile, cases[c].input);
    }
}

/* Bug 7: an IPv4 token must have a digit after its first dot (ipv4_tok = [0-9]+ '.' [0-9.]+); the
 * encoder wrote "1." which the decoder refuses. */
Test(regressions, an_ipv4_token_needs_a_digit_after_its_first_dot)
{
    int pi, checked = 0;
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            uint8_t i;
            if (!mg_supported(d))
                continue;
            for (i = 0; i < d->nfields; i++) {
                const atc_field_desc *f = &d->fields[i];
                if (f->type != ATC_T_TOKEN || !(f->fmt & ATC_FMT_IPV4) || !build_with(d, i, 5))
                    continue;
                cr_expect_eq(encode_with(d, i, "1.2.3.4"), ATC_OK, "%s %s", prof->name, d->name);
                cr_expect_eq(encode_with(d, i, "1."), ATC_ERR_VALUE, "%s %s field %s = \"1.\"", prof->name, d->name,
                             f->name);
                checked++;
            }
        }
    }
    cr_assert_gt(checked, 0, "no IPv4 token field in any profile");
}

/* Bug 8: a message whose whole line is empty (a text line without prefix, left empty) was
 * encoded as a bare line end, which decodes as nothing. */
Test(regressions, an_empty_line_is_not_a_message)
{
    int pi, checked = 0;
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            if (d->prefix[0] || d->nfields != 1 || d->fields[0].type != ATC_T_TEXT || !mg_supported(d) ||
                !build_with(d, 0, 9))
                continue;
            cr_expect_neq(encode_with(d, 0, ""), ATC_OK, "%s %s: an empty line was encoded", prof->name, d->name);
            checked++;
        }
    }
    if (!checked)
        cr_skip_test("no text line without prefix in any profile");
}

/* Bug 9: the rest of the line (TEXT) kept the space after the prefix when its first value was
 * empty: "+MIPLVER: ,x" decoded as " ,x". */
Test(regressions, a_text_beginning_with_a_comma_reads_back)
{
    const atc_profile *prof = atc_tool_profile("onenet");
    uint16_t id;
    mg_rt rt;
    char buf[256];
    size_t len = 0;
    int r;
    if (!prof)
        cr_skip_test("no onenet profile");
    id = atc_find_msg(prof, ATC_KIND_RESPONSE, "MIPLVER", NULL, ATC_FORM_NONE, ATC_NO_MSG);
    cr_assert_neq(id, ATC_NO_MSG);
    memset(&mm, 0, sizeof mm);
    mm.d = &prof->msgs[id];
    mg_set_str(mm.m.bytes, &mm.d->fields[0], 0, ",x", 2);
    cr_assert_eq(atc_encode(mm.d, mm.m.bytes, ATC_FRAME_WIRE, buf, sizeof buf, &len), ATC_OK);
    r = mg_roundtrip(&rt, prof, id, &mm, buf, len, 0);
    cr_assert_eq(r, MG_RT_OK, "%s: %s", mg_rt_name(r), rt.why);
}

/* Bug 10: a field that may be empty (ATC_F_EMPTY) written present but empty reads back absent,
 * and one whose text starts with a comma reads as empty plus one value more. */
Test(regressions, a_value_that_may_be_empty_is_written_absent_not_empty)
{
    int pi, checked = 0;
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            uint8_t i;
            if (!mg_supported(d))
                continue;
            for (i = 0; i < d->nfields; i++) {
                const atc_field_desc *f = &d->fields[i];
                if (!(f->flags & ATC_F_EMPTY) || mg_is_int(f) || f->nvalues || !build_with(d, i, 11))
                    continue;
                mg_set_has(mm.m.bytes, f, true);
                cr_expect_neq(encode_with(d, i, ""), ATC_OK, "%s %s field %s: present but empty", prof->name,
                              d->name, f->name);
                if (f->type == ATC_T_TEXT)
                    cr_expect_neq(encode_with(d, i, ",x"), ATC_OK, "%s %s field %s = \",x\"", prof->name, d->name,
                                  f->name);
                checked++;
            }
        }
    }
    if (!checked)
        cr_skip_test("no field that may be empty in any profile");
}
