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

/* A valid message id of prof with field i present (in mm), or 0. */
static int build_with(const atc_profile *prof, uint16_t id, uint8_t i, uint64_t seed)
{
    const atc_msg_desc *d = &prof->msgs[id];
    const atc_shape *shapes = prof->shapes + d->shapes;
    const atc_field_desc *f = &atc_msg_fields(prof, id)[i];
    uint8_t s;
    for (s = 0; s < d->nshapes; s++) {
        mg_src src;
        mg_opts o;
        static uint8_t formats[256];
        if (i >= 32 || !((shapes[s].mask >> i) & 1))
            continue;
        mg_seed(&src, seed + s);
        mg_table_formats(prof, id, formats, sizeof formats);
        o.budget = 4;
        o.wild = 0;
        o.formats = formats;
        if (mg_build(&src, prof, id, shapes[s].mask, &o, &mm) && mg_has(mm.m.bytes, f) && !(f->type & ATC_F_LIST))
            return 1;
    }
    return 0;
}

/* mm (built by build_with) with field i set to value, encoded into enc_wire */
static char enc_wire[8192];
static size_t enc_len;

static atc_err encode_with(uint8_t i, const char *value)
{
    mg_set_str(mm.m.bytes, &mm.fs[i], 0, value, strlen(value));
    enc_len = 0;
    return atc_encode(mm.prof, mm.id, mm.m.bytes, ATC_FRAME_WIRE, enc_wire, sizeof enc_wire, &enc_len);
}

/* ... and what it wrote decodes back to the same message and values */
static int reads_back(char *why, size_t whylen)
{
    mg_rt rt;
    int r = mg_roundtrip(&rt, mm.prof, mm.id, &mm, enc_wire, enc_len, 0);
    snprintf(why, whylen, "%s: %s", mg_rt_name(r), rt.why);
    return r == MG_RT_OK;
}

typedef struct bad {
    atc_type type;
    const char *value;
} bad;

/* Bug 1: atc_encode wrote token, text and test-form (SUPPORTED) values that the line grammar or
 * the field splitter cannot read back: empty, spaces at either end, a comma in a test-form answer,
 * a parenthesis or quote that does not close the value. The property: each such value is refused,
 * or (where the decoder now reads it: the rest of the line is taken as it stands) what is written
 * decodes back to the same value. Spaces at the ends and empty values never read back. */
Test(regressions, encoder_refuses_unquoted_values_it_cannot_read_back)
{
    static const bad cases[] = {
        {ATC_T_TOKEN, ""},         {ATC_T_TOKEN, " a"},         {ATC_T_TOKEN, "a "},
        {ATC_T_TOKEN, "(a"},       {ATC_T_TOKEN, "(a)b"},       {ATC_T_SUPPORTED, ""},
        {ATC_T_SUPPORTED, "a,b"},  {ATC_T_SUPPORTED, "(0-1)x"}, {ATC_T_SUPPORTED, "\"a\"b"},
        {ATC_T_SUPPORTED, " (0)"}, {ATC_T_TEXT, " a"},          {ATC_T_TEXT, "a "},
        {ATC_T_TEXT, "\"a\"b"},    {ATC_T_TEXT, "(a"},
    };
    int pi, checked = 0, wrong = 0, encoded = 0;
    char first[800] = "";
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            const atc_field_desc *fs = atc_msg_fields(prof, id);
            uint8_t i;
            if (!mg_supported(prof, id))
                continue;
            for (i = 0; i < d->nfields; i++) {
                const atc_field_desc *f = &fs[i];
                const atc_field_info *in = mg_info(prof, f);
                size_t c;
                if (mg_nvalues(prof, f) || (in->fmt & (ATC_FMT_IPV4 | ATC_FMT_IPV6)) || !build_with(prof, id, i, 7))
                    continue;
                for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
                    atc_err e;
                    char why[400];
                    const char *v = cases[c].value;
                    size_t n = strlen(v);
                    if (cases[c].type != mg_type(f) || (in->max_len && n > in->max_len))
                        continue;
                    e = encode_with(i, v);
                    checked++;
                    if (e != ATC_OK)
                        continue;
                    encoded++;
                    if ((n == 0 || v[0] == ' ' || v[n - 1] == ' ') || !reads_back(why, sizeof why)) {
                        if (!wrong++)
                            snprintf(first, sizeof first, "%s %s field %s = \"%s\" encoded, and does not read back: %s",
                                     prof->name, atc_msg_name(prof, id), atc_field_name(prof, id, i), v,
                                     n == 0 || v[0] == ' ' || v[n - 1] == ' ' ? "spaces or empty" : why);
                    }
                }
            }
        }
    }
    fprintf(stderr, "regressions: %d values the decoder used not to read back: %d refused, %d written and read back\n",
            checked, checked - encoded, encoded - wrong);
    cr_assert_gt(checked, 0);
    cr_assert_gt(checked - encoded, 0, "none refused");
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
    mg_bind(&mm, prof, id);
    mg_set_str(mm.m.bytes, &mm.fs[0], 0, "a\"b", 3);
    mg_set_str(mm.m.bytes, &mm.fs[1], 0, "c", 1);
    /* (decoded with AT+QLASETPSK? pending: an answer matches only while its command is) */
    r = mg_roundtrip(&rt, prof, id, &mm, wire, sizeof wire - 1, 0);
    cr_assert_eq(r, MG_RT_OK, "the line decodes to psk_id a\"b: %s %s", mg_rt_name(r), rt.why);
    e = atc_encode(prof, id, mm.m.bytes, ATC_FRAME_WIRE, buf, sizeof buf, &len);
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
            const atc_field_desc *fs = atc_msg_fields(prof, id);
            uint8_t i;
            if (!mg_supported(prof, id))
                continue;
            for (i = 0; i < d->nfields; i++) {
                const atc_field_desc *f = &fs[i];
                char buf[8192];
                size_t len;
                atc_err e;
                if (mg_is_int(f) || mg_type(f) == ATC_T_LITERAL || !build_with(prof, id, i, 3))
                    continue;
                mg_set_str(mm.m.bytes, f, 0, NULL, 0);
                e = atc_encode(prof, id, mm.m.bytes, ATC_FRAME_WIRE, buf, sizeof buf, &len);
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
    if (ev->desc && ev->kind == ATC_KIND_RESPONSE && ev->desc->nfields &&
        mg_type(&atc_msg_fields(ev->profile, ev->id)[0]) == ATC_T_TEXT) {
        atc_str s = mg_get_str(ev->msg, &atc_msg_fields(ev->profile, ev->id)[0], 0);
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
 * reported, and the next stream's lines were taken as payload. (The command's echo comes first:
 * an answer matches only while its command is pending.) */
typedef struct fin_rec {
    int events, truncated_errors, truncated_ends, ok;
} fin_rec;

static void fin_event(atc_parser *p, const atc_event *ev)
{
    fin_rec *r = (fin_rec *)p->user;
    r->events++;
    r->truncated_errors += ev->error == ATC_ERR_TRUNCATED;
    r->ok += ev->desc && ev->kind == ATC_KIND_FINAL && strcmp(atc_msg_name(ev->profile, ev->id), "OK") == 0;
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
    atc_feed(&p, "AT+QIRD=0,1500\r\n", 16);
    atc_feed(&p, "+QIRD: 5", 8); /* the input ends right after the header */
    atc_finish(&p);
    cr_assert_eq(r.events, 3, "the echo, the header and the truncation error");
    cr_assert_eq(r.truncated_ends, 1, "the payload is reported truncated by atc_finish");
    cr_assert_eq(r.truncated_errors, 1);
    atc_feed(&p, "OK\r\n", 4); /* the next stream */
    cr_assert_eq(r.ok, 1, "after atc_finish the next line decodes");
}

/* Bug 6: a dynamic field typed as an unquoted token took a quoted value ("") and kept the quotes,
 * which the encoder then refused. The decoder reads a quoted token without its quotes now; what it
 * decodes without a warning (a value outside the spec warns, and the strict encoder may refuse
 * it), the encoder writes. The answers follow their command's echo (they match only then). */
typedef struct reencode_rec {
    int decoded, clean, bad;
    char first[256];
} reencode_rec;

static void reencode_event(atc_parser *p, const atc_event *ev)
{
    reencode_rec *r = (reencode_rec *)p->user;
    char buf[8192];
    size_t len;
    atc_err e;
    if (!ev->desc || ev->kind == ATC_KIND_ERROR || ev->kind == ATC_KIND_UNKNOWN)
        return;
    r->decoded++;
    if (ev->warning != ATC_OK)
        return;
    r->clean++;
    e = atc_encode(ev->profile, ev->id, ev->msg, ATC_FRAME_WIRE, buf, sizeof buf, &len);
    if (e != ATC_OK && !r->bad++)
        snprintf(r->first, sizeof r->first, "%s: %s", atc_msg_name(ev->profile, ev->id), atc_err_name(e));
}

Test(regressions, what_the_decoder_accepts_the_encoder_writes)
{
    static const struct {
        const char *profile, *input;
    } cases[] = {
        {"onenet", "AT+MIPLREADRSP=0,3,1,1,1,5,2,0,\"\",1,0\r\n"},
        {"onenet", "AT+MIPLCONFIG?\r\n+MIPLCONFIG: 5,1,2\"\r\n"},
        {"andlink", "AT+QLASETPSK?\r\n+QLASETPSK: a\"b,c\r\n"},
    };
    static const atc_callbacks cb = {reencode_event, NULL, NULL};
    size_t c;
    int clean = 0;
    for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const atc_profile *prof = atc_tool_profile(cases[c].profile);
        atc_parser p;
        reencode_rec r;
        if (!prof)
            continue;
        memset(&r, 0, sizeof r);
        atc_init(&p, prof, &cb, &r);
        atc_feed(&p, cases[c].input, strlen(cases[c].input));
        atc_finish(&p);
        cr_expect_gt(r.decoded, 0, "%s: %s: nothing decoded", cases[c].profile, cases[c].input);
        cr_expect_eq(r.bad, 0, "%s: %s: decoded without a warning, but the encoder refuses it (%s)", cases[c].profile,
                     cases[c].input, r.first);
        clean += r.clean;
    }
    cr_assert_gt(clean, 0, "no case decoded without a warning: nothing was checked");
}

/* Bug 7: the encoder wrote IPv4 tokens the decoder refused ("1.", when the grammar wanted a digit
 * after the first dot). The decoder now reads an IPv4 address as digits and dots with at least one
 * dot (runtime/atc_convert.c), so "1." is one: the property is that the two agree. What the encoder
 * writes reads back; what is not digits and dots, or has no dot, both refuse. */
Test(regressions, an_ipv4_token_needs_a_digit_after_its_first_dot)
{
    int pi, checked = 0;
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            const atc_field_desc *fs = atc_msg_fields(prof, id);
            uint8_t i;
            if (!mg_supported(prof, id))
                continue;
            for (i = 0; i < d->nfields; i++) {
                const atc_field_desc *f = &fs[i];
                if (mg_type(f) != ATC_T_TOKEN || !(mg_info(prof, f)->fmt & ATC_FMT_IPV4) || !build_with(prof, id, i, 5))
                    continue;
                static const char *const ok[] = {"1.2.3.4", "1."}, *const bad[] = {"1", "1.x", "a.b.c.d", "1:2"};
                size_t k;
                char why[400];
                for (k = 0; k < sizeof ok / sizeof ok[0]; k++) {
                    cr_expect_eq(encode_with(i, ok[k]), ATC_OK, "%s %s field %s = \"%s\"", prof->name,
                                 atc_msg_name(prof, id), atc_field_name(prof, id, i), ok[k]);
                    cr_expect(reads_back(why, sizeof why), "%s %s field %s = \"%s\": %s", prof->name,
                              atc_msg_name(prof, id), atc_field_name(prof, id, i), ok[k], why);
                }
                for (k = 0; k < sizeof bad / sizeof bad[0]; k++)
                    cr_expect_eq(encode_with(i, bad[k]), ATC_ERR_VALUE, "%s %s field %s = \"%s\"", prof->name,
                                 atc_msg_name(prof, id), atc_field_name(prof, id, i), bad[k]);
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
            if (mg_prefix(prof, id)[0] || d->nfields != 1 || mg_type(&atc_msg_fields(prof, id)[0]) != ATC_T_TEXT ||
                !mg_supported(prof, id) || !build_with(prof, id, 0, 9))
                continue;
            cr_expect_neq(encode_with(0, ""), ATC_OK, "%s %s: an empty line was encoded", prof->name,
                          atc_msg_name(prof, id));
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
    mg_bind(&mm, prof, id);
    mg_set_str(mm.m.bytes, &mm.fs[0], 0, ",x", 2);
    cr_assert_eq(atc_encode(prof, id, mm.m.bytes, ATC_FRAME_WIRE, buf, sizeof buf, &len), ATC_OK);
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
            const atc_field_desc *fs = atc_msg_fields(prof, id);
            uint8_t i;
            if (!mg_supported(prof, id))
                continue;
            for (i = 0; i < d->nfields; i++) {
                const atc_field_desc *f = &fs[i];
                /* (a quoted string may be present and empty: "" reads back as itself) */
                if (!(f->type & ATC_F_EMPTY) || mg_is_int(f) || mg_type(f) == ATC_T_STRING || mg_nvalues(prof, f) ||
                    !build_with(prof, id, i, 11))
                    continue;
                mg_set_has(mm.m.bytes, f, true);
                cr_expect_neq(encode_with(i, ""), ATC_OK, "%s %s field %s: present but empty", prof->name,
                              atc_msg_name(prof, id), atc_field_name(prof, id, i));
                if (mg_type(f) == ATC_T_TEXT)
                    cr_expect_neq(encode_with(i, ",x"), ATC_OK, "%s %s field %s = \",x\"", prof->name,
                                  atc_msg_name(prof, id), atc_field_name(prof, id, i));
                checked++;
            }
        }
    }
    if (!checked)
        cr_skip_test("no field that may be empty in any profile");
}

/* Two codes of an error table may share their text (27.007 9.2: Congestion, codes 122 and 157).
 * The encoder used to write the text for either; it reads back as the first. The property: a
 * code given with a text that an earlier code shares is written as its number and reads back as
 * that code. */
Test(regressions, a_verbose_text_two_codes_share_is_written_as_the_number)
{
    int pi, checked = 0;
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            const atc_field_desc *fs = atc_msg_fields(prof, id);
            uint8_t i, k;
            if (!mg_supported(prof, id))
                continue;
            for (i = 0; i < d->nfields; i++) {
                const atc_field_info *in = mg_info(prof, &fs[i]);
                if (!mg_verbose(prof, &fs[i]))
                    continue;
                for (k = 0; k < in->nvalues && k < in->nranges; k++) {
                    const char *txt = atc_field_value(prof, &fs[i], k);
                    atc_str ts = atc_str_make(txt, (uint16_t)strlen(txt));
                    int64_t first, lo, hi;
                    char why[512], want[32];
                    mg_range(prof, &fs[i], k, &lo, &hi);
                    if (!mg_verbose_code(prof, &fs[i], ts, &first) || first == lo || !build_with(prof, id, i, 5))
                        continue;
                    mg_set_int(mm.m.bytes, &fs[i], 0, lo);
                    mg_set_text(mm.m.bytes, &fs[i], txt, strlen(txt));
                    enc_len = 0;
                    cr_assert_eq(atc_encode(prof, id, mm.m.bytes, ATC_FRAME_WIRE, enc_wire, sizeof enc_wire, &enc_len),
                                 ATC_OK, "%s %s: code %lld with its text \"%s\"", prof->name, atc_msg_name(prof, id),
                                 (long long)lo, txt);
                    snprintf(want, sizeof want, " %lld", (long long)lo);
                    enc_wire[enc_len < sizeof enc_wire ? enc_len : sizeof enc_wire - 1] = '\0';
                    cr_expect(strstr(enc_wire, want) != NULL && strstr(enc_wire, txt) == NULL,
                              "%s %s: code %lld written as \"%.*s\"", prof->name, atc_msg_name(prof, id), (long long)lo,
                              (int)enc_len, enc_wire);
                    mg_set_text(mm.m.bytes, &fs[i], NULL, 0); /* what reads back: the number alone */
                    cr_expect(reads_back(why, sizeof why), "%s %s code %lld: %s", prof->name, atc_msg_name(prof, id),
                              (long long)lo, why);
                    checked++;
                }
            }
        }
    }
    if (!checked)
        cr_skip_test("no error table with a shared text in any profile");
}

/* Commands joined by ';' (V.250 5.2.1): "AT+A=x;+B=1" is two commands. A bare value (token,
 * text) holding ";+" in a command of such a profile would read back as two, so the encoder
 * refuses it; a ';' alone is written and reads back as the value. */
Test(regressions, a_bare_value_that_would_join_commands_is_refused)
{
    int pi, refused = 0, kept = 0;
    char why[512];
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        if (!(prof->flags & ATC_P_JOINED))
            continue;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            const atc_field_desc *fs = atc_msg_fields(prof, id);
            uint8_t i;
            if (d->kind != ATC_KIND_COMMAND || !mg_supported(prof, id))
                continue;
            for (i = 0; i < d->nfields; i++) {
                atc_type t = mg_type(&fs[i]);
                if ((t != ATC_T_TOKEN && t != ATC_T_TEXT) || mg_nvalues(prof, &fs[i]) ||
                    mg_info(prof, &fs[i])->fmt || !build_with(prof, id, i, 21))
                    continue;
                cr_expect_eq(encode_with(i, "a;+b"), ATC_ERR_BAD_CHAR, "%s %s field %s = \"a;+b\"", prof->name,
                             atc_msg_name(prof, id), atc_field_name(prof, id, i));
                refused++;
                if (encode_with(i, "a;b") == ATC_OK) {
                    cr_expect(reads_back(why, sizeof why), "%s %s field %s = \"a;b\": %s", prof->name,
                              atc_msg_name(prof, id), atc_field_name(prof, id, i), why);
                    kept++;
                }
            }
        }
    }
    cr_expect_gt(refused, 0, "no bare command value in a V.250 profile");
    cr_expect_gt(kept, 0, "no bare command value written with a ';'");
}

/* Replace every "QQQ" of enc_wire by rep; the line in `line`, its length returned. */
static size_t wire_with(const char *rep, char *line, size_t cap)
{
    size_t k, o = 0, rn = strlen(rep);
    for (k = 0; k < enc_len && o + rn + 1 < cap; k++) {
        if (k + 3 <= enc_len && memcmp(enc_wire + k, "QQQ", 3) == 0) {
            memcpy(line + o, rep, rn);
            o += rn;
            k += 2;
        } else {
            line[o++] = enc_wire[k];
        }
    }
    return o;
}

/* Bugs 15 and 16: a token field (typed so by the spec or by another field, <valueType>) never
 * holds a comma or starts with a quote on the wire. The decoder reads such a value (quoted, or a
 * quoted string with text after it) with a warning; the encoder refuses it, and a space at either
 * end, also for a value typed by another field. */
Test(regressions, a_token_the_encoder_cannot_write_decodes_with_a_warning)
{
    int pi, refused = 0, warned = 0;
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            const atc_field_desc *fs = atc_msg_fields(prof, id);
            uint8_t i;
            if (!mg_supported(prof, id))
                continue;
            for (i = 0; i < d->nfields; i++) {
                mg_rt rt;
                if (mg_nvalues(prof, &fs[i]) && mg_type(&fs[i]) != ATC_T_DYNAMIC)
                    continue;
                if (!build_with(prof, id, i, 33) || atc_field_type(prof, id, i, mm.m.bytes) != ATC_T_TOKEN ||
                    mg_info(prof, &fs[i])->fmt)
                    continue;
                cr_expect_eq(encode_with(i, " x"), ATC_ERR_BAD_CHAR, "%s %s field %s = \" x\"", prof->name,
                             atc_msg_name(prof, id), atc_field_name(prof, id, i));
                cr_expect_eq(encode_with(i, "a,b"), ATC_ERR_BAD_CHAR, "%s %s field %s = \"a,b\"", prof->name,
                             atc_msg_name(prof, id), atc_field_name(prof, id, i));
                refused++;
                /* the same message with the token written "a,b" (quoted): a warning on it */
                mg_set_str(mm.m.bytes, &mm.fs[i], 0, "QQQ", 3);
                enc_len = 0;
                if (atc_encode(prof, id, mm.m.bytes, ATC_FRAME_WIRE, enc_wire, sizeof enc_wire, &enc_len) != ATC_OK)
                    continue;
                {
                    char line[8192];
                    size_t o = wire_with("\"a,b\"", line, sizeof line);
                    mg_roundtrip_ex(&rt, prof, prof, id, &mm, line, o, 0, 1);
                    if (rt.got == id && rt.events == 1) {
                        cr_expect(rt.got_warn == ATC_ERR_VALUE && rt.got_field == i,
                                  "%s %s field %s read as \"a,b\": warning %s on field %u", prof->name,
                                  atc_msg_name(prof, id), atc_field_name(prof, id, i), atc_err_name(rt.got_warn),
                                  rt.got_field);
                        warned++;
                    }
                }
            }
        }
    }
    cr_expect_gt(refused, 0, "no token field in any profile");
    cr_expect_gt(warned, 0, "no token read back");
}

/* Bug 18: an answer without a head (USR's AT+H help lines, ICA's AT+CGMI text) is tried after the
 * URCs and results, so a text that is one of them reads as that message. The encoder refuses it;
 * other texts are written. */
Test(regressions, a_headless_answer_that_reads_as_a_result_is_refused)
{
    int pi, refused = 0;
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id, r;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            const atc_field_desc *fs = atc_msg_fields(prof, id);
            if (d->kind != ATC_KIND_RESPONSE || prof->text[prof->prefixes[id]] || !d->nfields ||
                mg_type(&fs[0]) != ATC_T_TEXT || !mg_supported(prof, id) || !build_with(prof, id, 0, 7))
                continue;
            for (r = 0; r < prof->nmsgs; r++) {
                const char *text = prof->text + prof->prefixes[r];
                if ((prof->msgs[r].kind != ATC_KIND_FINAL && prof->msgs[r].kind != ATC_KIND_INTERMEDIATE) ||
                    prof->msgs[r].nfields || !text[0] || strchr(text, ' ') || strchr(text, ','))
                    continue;
                cr_expect_eq(encode_with(0, text), ATC_ERR_VALUE, "%s %s written as the result %s", prof->name,
                             atc_msg_name(prof, id), text);
                refused++;
            }
            cr_expect_eq(encode_with(0, "help text"), ATC_OK, "%s %s: an ordinary text", prof->name,
                         atc_msg_name(prof, id));
            /* bug 29: a 0xFF before a line is noise to the decoder */
            cr_expect_eq(encode_with(0, "\xffOF"), ATC_ERR_BAD_CHAR, "%s %s: a text beginning with 0xFF", prof->name,
                         atc_msg_name(prof, id));
        }
    }
    cr_expect_gt(refused, 0, "no answer without a head in any profile");
}

/* Bug 22: a test-form answer's item that starts with a quote it does not close (`"TIMEOUTA="iE`)
 * or a parenthesis it does not close is not what the encoder can write: it decodes with a
 * warning on that item, and the encoder refuses it. */
Test(regressions, a_supported_item_with_an_unclosed_quote_decodes_with_a_warning)
{
    int pi, refused = 0, warned = 0;
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_field_desc *fs = atc_msg_fields(prof, id);
            uint8_t i;
            if (!mg_supported(prof, id))
                continue;
            for (i = 0; i < prof->msgs[id].nfields; i++) {
                static const char *const bad[] = {"\"x=\"y", "(0-1"};
                unsigned b;
                if (mg_type(&fs[i]) != ATC_T_SUPPORTED || !build_with(prof, id, i, 5))
                    continue;
                for (b = 0; b < 2; b++) {
                    mg_rt rt;
                    char line[8192];
                    size_t n;
                    cr_expect_neq(encode_with(i, bad[b]), ATC_OK, "%s %s field %s = %s", prof->name,
                                  atc_msg_name(prof, id), atc_field_name(prof, id, i), bad[b]);
                    refused++;
                    if (encode_with(i, "QQQ") != ATC_OK)
                        continue;
                    n = wire_with(bad[b], line, sizeof line);
                    mg_roundtrip_ex(&rt, prof, prof, id, &mm, line, n, 0, 1);
                    if (rt.got == id && rt.events == 1) {
                        /* an error of its message, or the message with a warning */
                        cr_expect(rt.got_err != ATC_OK || rt.got_warn != ATC_OK,
                                  "%s %s field %s read as %s without a warning: %.*s", prof->name,
                                  atc_msg_name(prof, id), atc_field_name(prof, id, i), bad[b], (int)n, line);
                        warned++;
                    }
                }
            }
        }
    }
    cr_expect_gt(refused, 0, "no test-form answer in any profile");
    cr_expect_gt(warned, 0, "no test-form answer read back");
}

/* Bug 23: a text field (the rest of the line) with more than 255 commas, as USR's answer to
 * AT+ALIPUB? with many topics, reads back whole: the count of line fields a shape read was a
 * byte, and a shape that takes any number of them was skipped past 255. */
Test(regressions, a_text_with_hundreds_of_commas_reads_back)
{
    int pi, tried = 0;
    static char value[1024];
    unsigned k;
    for (k = 0; k < 300; k++)
        memcpy(value + 2 * k, "1,", 2);
    value[599] = '\0';
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            const atc_field_desc *fs = atc_msg_fields(prof, id);
            char why[512];
            uint8_t last;
            if (!d->nfields || !mg_supported(prof, id))
                continue;
            last = (uint8_t)(d->nfields - 1);
            if (mg_type(&fs[last]) != ATC_T_TEXT || !build_with(prof, id, last, 9))
                continue;
            if (encode_with(last, value) != ATC_OK || mg_fit(prof, id, enc_wire, enc_len) != MG_FITS)
                continue;
            cr_expect(reads_back(why, sizeof why), "%s %s: %s", prof->name, atc_msg_name(prof, id), why);
            tried++;
        }
    }
    cr_expect_gt(tried, 0, "no text field in any profile");
}

/* Bug 24: while a command whose answers have no head is pending (USR's AT+H), a line that is the
 * head of a URC or result without its fields (`+ERR`, whose code is glued: +ERR3) was read as
 * an answer line, a message the encoder refuses to write so (bug 18). It is an error of the
 * result (or that URC), never the text answer: the decoder and the encoder agree on which
 * texts read as reports. */
typedef struct head_rec {
    uint16_t headless;
    int as_text, events;
} head_rec;

static void head_event(atc_parser *p, const atc_event *ev)
{
    head_rec *r = (head_rec *)p->user;
    r->events++;
    if (ev->kind != ATC_KIND_ERROR && ev->id == r->headless)
        r->as_text++;
}

Test(regressions, a_report_head_without_its_fields_is_not_an_answer_line)
{
    static const atc_callbacks cb = {head_event, NULL, NULL};
    int pi, tried = 0;
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id, r;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            if (d->kind != ATC_KIND_RESPONSE || prof->text[prof->prefixes[id]] || !d->nfields ||
                mg_type(&atc_msg_fields(prof, id)[0]) != ATC_T_TEXT || !d->nanswers)
                continue;
            for (r = 0; r < prof->nmsgs; r++) {
                const char *text = prof->text + prof->prefixes[r];
                char line[128];
                atc_parser p;
                head_rec rec;
                size_t n = strlen(text);
                if ((prof->msgs[r].kind != ATC_KIND_FINAL && prof->msgs[r].kind != ATC_KIND_URC &&
                     prof->msgs[r].kind != ATC_KIND_RESPONSE) ||
                    !prof->msgs[r].nfields || !n || n + 3 > sizeof line)
                    continue;
                while (n && (text[n - 1] == ' ' || text[n - 1] == ':' || text[n - 1] == '='))
                    n--; /* the head alone: "+ERR", "+CME ERROR" */
                if (!n || memchr(text, ',', n) || !atc__reads_as_report(prof, text, (unsigned)n))
                    continue; /* (a line the encoder would write as the answer's text) */
                memcpy(line, text, n);
                memcpy(line + n, "\r\n", 2);
                memset(&rec, 0, sizeof rec);
                rec.headless = id;
                atc_init(&p, prof, &cb, &rec);
                mg_context(&p, prof, id);
                atc_feed(&p, line, n + 2);
                cr_expect_eq(rec.as_text, 0, "%s: %.*s read as the answer %s", prof->name, (int)n, line,
                             atc_msg_name(prof, id));
                tried++;
            }
        }
    }
    cr_expect_gt(tried, 0, "no answer without a head in any profile");
}

/* Bug 25: a line of spaces while such an answer was pending was read as the answer with an empty
 * text, which the encoder cannot write (an empty line is framing); it is unknown. */
Test(regressions, a_line_of_spaces_is_not_an_answer_line)
{
    static const atc_callbacks cb = {head_event, NULL, NULL};
    int pi, tried = 0;
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            atc_parser p;
            head_rec rec;
            if (d->kind != ATC_KIND_RESPONSE || prof->text[prof->prefixes[id]] || !d->nfields || !d->nanswers)
                continue;
            memset(&rec, 0, sizeof rec);
            rec.headless = id;
            atc_init(&p, prof, &cb, &rec);
            mg_context(&p, prof, id);
            atc_feed(&p, "   \r\n", 5);
            cr_expect_eq(rec.as_text, 0, "%s: a line of spaces read as the answer %s", prof->name, atc_msg_name(prof, id));
            cr_expect_eq(rec.events, 1, "%s: a line of spaces while %s is pending: one event", prof->name,
                         atc_msg_name(prof, id));
            tried++;
        }
    }
    cr_expect_gt(tried, 0, "no answer without a head in any profile");
}

/* Bug 26: a bare first value that begins with '=' right after a head ending in '=' (+OK==;=) is
 * read with a warning (AT+MQTTLWTCFG==/will, a slip of the writer); the encoder refuses it. */
Test(regressions, a_bare_value_that_doubles_the_heads_equals_is_refused)
{
    int pi, refused = 0;
    for (pi = 0; atc_tool_profiles[pi]; pi++) {
        const atc_profile *prof = atc_tool_profiles[pi];
        uint16_t id;
        for (id = 0; id < prof->nmsgs; id++) {
            const atc_msg_desc *d = &prof->msgs[id];
            const char *head = prof->text + prof->prefixes[id];
            size_t hn = strlen(head);
            uint8_t i = d->nindex;
            atc_type t;
            if (d->nindex || !hn || head[hn - 1] != '=' || i >= d->nfields || !mg_supported(prof, id) ||
                !build_with(prof, id, i, 11))
                continue;
            t = atc_field_type(prof, id, i, mm.m.bytes);
            if ((t != ATC_T_TOKEN && t != ATC_T_TEXT) || mg_nvalues(prof, &atc_msg_fields(prof, id)[i]) ||
                mg_info(prof, &atc_msg_fields(prof, id)[i])->fmt || mg_info(prof, &atc_msg_fields(prof, id)[i])->label)
                continue;
            cr_expect_eq(encode_with(i, "=x"), ATC_ERR_BAD_CHAR, "%s %s: its first value \"=x\"", prof->name,
                         atc_msg_name(prof, id));
            refused++;
        }
    }
    cr_expect_gt(refused, 0, "no head ending in '=' with a bare first value");
}

/* Bug 27: a text that is the rest of the line kept the spaces before it when the line's first
 * field was empty ("   ,AT+SOCKBK" as a line of AT+H's help): spaces around it are not kept. */
Test(regressions, a_text_keeps_no_spaces_before_it)
{
    const atc_profile *prof = atc_tool_profile("usr_tcp232");
    static const atc_callbacks cb = {text_event, NULL, NULL};
    static const char in[] = "AT+H\r\r\n   ,AT+SOCKB\r\n";
    atc_parser p;
    text_rec r;
    if (!prof || atc_find_msg(prof, ATC_KIND_COMMAND, "H", NULL, ATC_FORM_EXEC, ATC_NO_MSG) == ATC_NO_MSG)
        cr_skip_test("no usr_tcp232 profile with AT+H");
    memset(&r, 0, sizeof r);
    atc_init(&p, prof, &cb, &r);
    atc_feed(&p, in, sizeof in - 1);
    atc_finish(&p);
    cr_assert_eq(r.n, 1);
    cr_assert_str_eq(r.text, ",AT+SOCKB");
}
