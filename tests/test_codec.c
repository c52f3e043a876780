/* The C API directly: encoders and their refusals, the pending-command context when the module
 * does not echo, line-length limits (the line's bytes, 8 bytes a field and the decoded struct
 * share ATC_MAX_LINE), tolerant decoding of values outside the spec, and payload chunking. */
#include <criterion/criterion.h>
#include <string.h>

#include "quectel_tcpip.h"

/* ---- a recording sink ---- */

typedef struct record {
    int events, data_calls, ends;
    atc_kind kind[16];
    uint16_t id[16];
    atc_err err[16];
    atc_err warn[16];
    uint8_t field[16];
    uint8_t completes[16];
    size_t raw_len[16];
    char data[2048];
    size_t data_len;
    atc_data_end how;
    int32_t first_int; /* first int field of the last event, if any */
} record;

static void rec_event(atc_parser *p, const atc_event *ev)
{
    record *r = (record *)p->user;
    if (r->events < 16) {
        r->kind[r->events] = (atc_kind)ev->kind;
        r->id[r->events] = ev->id;
        r->err[r->events] = ev->error;
        r->warn[r->events] = ev->warning;
        r->field[r->events] = ev->field;
        r->completes[r->events] = ev->completes;
        r->raw_len[r->events] = ev->raw.len;
    }
    r->events++;
    if (ev->desc && ev->kind != ATC_KIND_ERROR) {
        const atc_field_desc *fs = atc_msg_fields(ev->profile, ev->id);
        uint8_t i;
        for (i = 0; i < ev->desc->nfields; i++)
            if (ATC_TYPE_OF(&fs[i]) == ATC_T_INT) {
                memcpy(&r->first_int, (const char *)ev->msg + fs[i].offset, sizeof r->first_int);
                break;
            }
    }
}

static void rec_data(atc_parser *p, atc_dir dir, const char *data, size_t len)
{
    record *r = (record *)p->user;
    (void)dir;
    memcpy(r->data + r->data_len, data, len);
    r->data_len += len;
    r->data_calls++;
}

static void rec_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    record *r = (record *)p->user;
    (void)dir;
    r->ends++;
    r->how = how;
}

static const atc_callbacks rec_cb = {rec_event, rec_data, rec_end};

static void feed_str(atc_parser *p, const char *s)
{
    atc_feed(p, s, strlen(s));
}

/* ---- encoders ---- */

Test(encode, command_with_optionals)
{
    atc_quectel_tcpip_at_qiopen_set m = ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_INIT_ZERO;
    char buf[ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_MAX_LEN];
    size_t len = 0;
    m.context_id = 1;
    m.connect_id = 0;
    m.service_type.ptr = "TCP";
    m.service_type.len = 3;
    m.ip_address.ptr = "112.31.84.164";
    m.ip_address.len = 13;
    m.remote_port = 8305;
    m.has_local_port = true;
    m.local_port = 0;
    m.has_access_mode = true;
    m.access_mode = ATC_QUECTEL_TCPIP_ACCESS_MODE_BUFFER;
    cr_assert_eq(atc_quectel_tcpip_encode_at_qiopen_set(&m, buf, sizeof buf, &len), ATC_OK);
    cr_assert_eq(len, strlen("AT+QIOPEN=1,0,\"TCP\",\"112.31.84.164\",8305,0,0\r"));
    cr_assert(memcmp(buf, "AT+QIOPEN=1,0,\"TCP\",\"112.31.84.164\",8305,0,0\r", len) == 0);
}

Test(encode, refuses_invalid_values)
{
    atc_quectel_tcpip_at_qiopen_set m = ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_INIT_ZERO;
    char buf[256];
    size_t len;
    m.context_id = 1;
    m.service_type.ptr = "TCP";
    m.service_type.len = 3;
    m.ip_address.ptr = "a";
    m.ip_address.len = 1;
    cr_assert_eq(atc_quectel_tcpip_encode_at_qiopen_set(&m, buf, sizeof buf, &len), ATC_OK);
    m.context_id = 16; /* range 1..15 */
    cr_assert_eq(atc_quectel_tcpip_encode_at_qiopen_set(&m, buf, sizeof buf, &len), ATC_ERR_RANGE);
    m.context_id = 1;
    m.service_type.ptr = "SCTP"; /* not among the document's service types */
    m.service_type.len = 4;
    cr_assert_eq(atc_quectel_tcpip_encode_at_qiopen_set(&m, buf, sizeof buf, &len), ATC_ERR_VALUE);
    m.service_type.ptr = "UDP";
    m.service_type.len = 3;
    m.ip_address.ptr = "a\r\nAT+X";
    m.ip_address.len = 7;
    cr_assert_eq(atc_quectel_tcpip_encode_at_qiopen_set(&m, buf, sizeof buf, &len), ATC_ERR_BAD_CHAR);
    m.ip_address.ptr = "a";
    m.ip_address.len = 1;
    m.has_access_mode = true; /* access_mode without local_port is not a shape of the syntax */
    cr_assert_eq(atc_quectel_tcpip_encode_at_qiopen_set(&m, buf, sizeof buf, &len), ATC_ERR_MISSING);
}

Test(encode, refuses_addresses_the_decoder_would_not_read)
{
    atc_quectel_tcpip_qiact_read m = ATC_QUECTEL_TCPIP_QIACT_READ_INIT_ZERO;
    char buf[128];
    size_t len;
    m.context_id = 1;
    m.context_state = 1;
    m.context_type = 1;
    m.has_ipv4_address = true;
    m.ipv4_address.ptr = "10.7.157.1";
    m.ipv4_address.len = 10;
    cr_assert_eq(atc_quectel_tcpip_encode_qiact_read(&m, buf, sizeof buf, &len), ATC_OK);
    m.ipv4_address.ptr = "example.com"; /* format: ipv4 */
    m.ipv4_address.len = 11;
    cr_assert_eq(atc_quectel_tcpip_encode_qiact_read(&m, buf, sizeof buf, &len), ATC_ERR_VALUE);
}

Test(encode, refuses_overlong_strings)
{
    atc_quectel_tcpip_at_qicsgp_set m = ATC_QUECTEL_TCPIP_AT_QICSGP_SET_INIT_ZERO;
    char name[200], buf[600];
    size_t len;
    memset(name, 'u', sizeof name);
    m.context_id = 1;
    m.has_context_type = m.has_apn = m.has_username = m.has_password = true;
    m.context_type = 1;
    m.apn.ptr = "CMNET";
    m.apn.len = 5;
    m.username.ptr = name;
    m.username.len = 127; /* max_len 127 */
    m.password.ptr = "";
    cr_assert_eq(atc_quectel_tcpip_encode_at_qicsgp_set(&m, buf, sizeof buf, &len), ATC_OK);
    m.username.len = 128;
    cr_assert_eq(atc_quectel_tcpip_encode_at_qicsgp_set(&m, buf, sizeof buf, &len), ATC_ERR_TOO_LONG);
}

Test(encode, escapes_quotes_and_backslashes)
{
    atc_quectel_tcpip_at_qicsgp_set m = ATC_QUECTEL_TCPIP_AT_QICSGP_SET_INIT_ZERO;
    char buf[128];
    size_t len;
    const char *want = "AT+QICSGP=1,1,\"a\\\"b\\\\c\"\r";
    m.context_id = 1;
    m.has_context_type = m.has_apn = true;
    m.context_type = 1;
    m.apn.ptr = "a\"b\\c";
    m.apn.len = 5;
    cr_assert_eq(atc_quectel_tcpip_encode_at_qicsgp_set(&m, buf, sizeof buf, &len), ATC_OK);
    cr_assert_eq(len, strlen(want));
    cr_assert(memcmp(buf, want, len) == 0);
}

Test(encode, buffer_one_byte_short_is_refused_without_overrun)
{
    atc_quectel_tcpip_qiurc_recv_push m = ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH_INIT_ZERO;
    char buf[64];
    size_t need = 0, len;
    m.connect_id = 3;
    m.current_recv_length = 1500;
    cr_assert_eq(atc_quectel_tcpip_encode_qiurc_recv_push(&m, NULL, 0, &need), ATC_OK);
    cr_assert_eq(need, strlen("\r\n+QIURC: \"recv\",3,1500\r\n"));
    cr_assert_leq(need, ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH_MAX_LEN);
    memset(buf, '#', sizeof buf);
    cr_assert_eq(atc_quectel_tcpip_encode_qiurc_recv_push(&m, buf, need - 1, &len), ATC_ERR_NO_SPACE);
    cr_assert_eq(buf[need - 1], '#', "wrote past the end of the buffer");
    cr_assert_eq(atc_quectel_tcpip_encode_qiurc_recv_push(&m, buf, need, &len), ATC_OK);
    cr_assert(memcmp(buf, "\r\n+QIURC: \"recv\",3,1500\r\n", need) == 0);
}

/* ---- decoding through the API ---- */

Test(decode, prompt_and_payload_without_echo)
{
    atc_parser p;
    record r;
    atc_quectel_tcpip_at_qisend_set cmd = ATC_QUECTEL_TCPIP_AT_QISEND_SET_INIT_ZERO;
    memset(&r, 0, sizeof r);
    atc_init(&p, &atc_quectel_tcpip_profile, &rec_cb, &r);
    cmd.connect_id = 0;
    cmd.has_send_length = true;
    cmd.send_length = 4;
    atc_sent(&p, ATC_QUECTEL_TCPIP_AT_QISEND_SET, &cmd); /* ATE0: the module echoes no command */
    /* atc_sent means the stream is the module's: the host's data after '>' is in it only if the
     * module echoes data (AT+QISDE=1, session state DATA_ECHO; unknown counts as not) */
    atc_set_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_DATA_ECHO, 0, 1);
    cr_assert_eq(atc_get_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_DATA_ECHO, 0), 1);
    feed_str(&p, "\r\n> ");
    feed_str(&p, "te");
    feed_str(&p, "st\r\nSEND OK\r\n");
    cr_assert_eq(r.events, 2);
    cr_assert_eq(r.id[0], ATC_QUECTEL_TCPIP_PROMPT);
    cr_assert_eq(r.id[1], ATC_QUECTEL_TCPIP_SEND_OK);
    cr_assert_eq(r.completes[1], 1);
    cr_assert_eq(r.data_len, 4);
    cr_assert(memcmp(r.data, "test", 4) == 0);
    cr_assert_eq(r.data_calls, 2, "payload split across feeds arrives in two pieces");
    cr_assert_eq(r.how, ATC_DATA_COMPLETE);
}

Test(decode, prompt_data_not_in_a_stream_without_data_echo)
{
    atc_parser p;
    record r;
    atc_quectel_tcpip_at_qisend_set cmd = ATC_QUECTEL_TCPIP_AT_QISEND_SET_INIT_ZERO;
    memset(&r, 0, sizeof r);
    atc_init(&p, &atc_quectel_tcpip_profile, &rec_cb, &r);
    cmd.connect_id = 0;
    cmd.has_send_length = true;
    cmd.send_length = 4;
    atc_sent(&p, ATC_QUECTEL_TCPIP_AT_QISEND_SET, &cmd);
    atc_set_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_DATA_ECHO, 0, 0); /* AT+QISDE=0 */
    feed_str(&p, "\r\n> \r\nSEND OK\r\n");
    cr_assert_eq(r.events, 2);
    cr_assert_eq(r.id[0], ATC_QUECTEL_TCPIP_PROMPT);
    cr_assert_eq(r.id[1], ATC_QUECTEL_TCPIP_SEND_OK, "the module's result right after its prompt");
    cr_assert_eq(r.data_len, 0);
    cr_assert_eq(r.ends, 0);
}

Test(decode, pending_command_decides_response_or_urc)
{
    atc_parser p;
    record r;
    atc_quectel_tcpip_at_qiactex_read cmd = ATC_QUECTEL_TCPIP_AT_QIACTEX_READ_INIT_ZERO;
    memset(&r, 0, sizeof r);
    atc_init(&p, &atc_quectel_tcpip_profile, &rec_cb, &r);
    atc_sent(&p, ATC_QUECTEL_TCPIP_AT_QIACTEX_READ, &cmd);
    feed_str(&p, "\r\n+QIACTEX: 1,1,1,\"10.0.0.1\"\r\n\r\nOK\r\n");
    feed_str(&p, "\r\n+QIACTEX: 1,0,1,\"10.0.0.1\"\r\n"); /* after OK: the async result */
    cr_assert_eq(r.events, 3);
    cr_assert_eq(r.kind[0], ATC_KIND_RESPONSE);
    cr_assert_eq(r.id[0], ATC_QUECTEL_TCPIP_QIACTEX_READ);
    cr_assert_eq(r.completes[0], 0, "an answer does not end the command");
    cr_assert_eq(r.kind[1], ATC_KIND_FINAL);
    cr_assert_eq(r.completes[1], 1, "its OK does");
    cr_assert_eq(r.kind[2], ATC_KIND_URC);
    cr_assert_eq(r.id[2], ATC_QUECTEL_TCPIP_QIACTEX);
    cr_assert_eq(r.completes[2], 0);
}

/* A response matches only while the command form it answers is pending (atc_sent, or the
 * command's echo); otherwise it is ATC_ERR_CONTEXT, and the final result ends the command. */
Test(decode, a_response_without_its_command_pending_is_a_context_error)
{
    atc_parser p;
    record r;
    memset(&r, 0, sizeof r);
    atc_init(&p, &atc_quectel_tcpip_profile, &rec_cb, &r);
    feed_str(&p, "\r\n+QIRD: 5\r\n"); /* nothing pending */
    cr_assert_eq(r.events, 1);
    cr_assert_eq(r.kind[0], ATC_KIND_ERROR);
    cr_assert_eq(r.err[0], ATC_ERR_CONTEXT, "got %s", atc_err_name(r.err[0]));
    cr_assert_eq(r.data_len, 0, "no payload without its header");
    feed_str(&p, "AT+QIRD=0,1500\r\n\r\n+QIRD: 2\r\nhi\r\nOK\r\n"); /* the echo makes it pending */
    cr_assert_eq(r.events, 4);
    cr_assert_eq(r.kind[1], ATC_KIND_COMMAND);
    cr_assert_eq(r.id[2], ATC_QUECTEL_TCPIP_QIRD_DATA);
    cr_assert_eq(r.data_len, 2);
    cr_assert_eq(r.id[3], ATC_QUECTEL_TCPIP_OK);
    cr_assert_eq(r.completes[3], 1);
    feed_str(&p, "\r\n+QIRD: 5\r\n"); /* the OK ended it */
    cr_assert_eq(r.events, 5);
    cr_assert_eq(r.err[4], ATC_ERR_CONTEXT);
}

/* Syntax decides the message, values do not: a value outside the spec decodes, with a warning
 * naming the field (built with ATC_STRICT_VALUES=1, runtime and test alike, it is an error of
 * that message instead: cc -DATC_STRICT_VALUES=1 tests/test_codec.c runtime/... generated/...). */
Test(decode, values_outside_the_spec_decode_with_a_warning)
{
    atc_parser p;
    record r;
    memset(&r, 0, sizeof r);
    atc_init(&p, &atc_quectel_tcpip_profile, &rec_cb, &r);
    feed_str(&p, "\r\n+QIURC: \"closed\",12\r\n"); /* connectID 0..11 */
    cr_assert_eq(r.events, 1);
    cr_assert_eq(r.id[0], ATC_QUECTEL_TCPIP_QIURC_CLOSED);
    cr_assert_eq(r.field[0], 1, "the field after the keyword");
#if ATC_STRICT_VALUES
    cr_assert_eq(r.kind[0], ATC_KIND_ERROR);
    cr_assert_eq(r.err[0], ATC_ERR_RANGE, "got %s", atc_err_name(r.err[0]));
#else
    cr_assert_eq(r.kind[0], ATC_KIND_URC);
    cr_assert_eq(r.first_int, 12, "the value is kept");
    cr_assert_eq(r.warn[0], ATC_ERR_RANGE, "got %s", atc_err_name(r.warn[0]));
#endif
    feed_str(&p, "\r\n+QIURC: \"closed\",3\r\n");
    cr_assert_eq(r.kind[1], ATC_KIND_URC);
    cr_assert_eq(r.warn[1], ATC_OK);
    cr_assert_eq(r.field[1], ATC_NO_FIELD);
    feed_str(&p, "\r\n+QIURC: \"closed\",3,9\r\n"); /* a field more than the syntax has */
    cr_assert_eq(r.id[2], ATC_QUECTEL_TCPIP_QIURC_CLOSED);
#if ATC_STRICT_VALUES
    cr_assert_eq(r.kind[2], ATC_KIND_ERROR); /* (extra fields were MALFORMED before the tolerant decoder) */
    cr_assert(r.err[2] == ATC_ERR_EXTRA || r.err[2] == ATC_ERR_MALFORMED, "got %s", atc_err_name(r.err[2]));
#else
    cr_assert_eq(r.kind[2], ATC_KIND_URC);
    cr_assert_eq(r.warn[2], ATC_ERR_EXTRA, "got %s", atc_err_name(r.warn[2]));
#endif
    feed_str(&p, "\r\n+QIURC: \"closed\",x\r\n"); /* a non-number where one is due: syntax */
    cr_assert_eq(r.kind[3], ATC_KIND_ERROR);
    cr_assert_eq(r.err[3], ATC_ERR_MALFORMED, "got %s", atc_err_name(r.err[3]));
    cr_assert_eq(r.warn[3], ATC_OK);
}

Test(decode, overlong_line_is_an_error_and_the_next_line_decodes)
{
    atc_parser p;
    record r;
    size_t i;
    memset(&r, 0, sizeof r);
    atc_init(&p, &atc_quectel_tcpip_profile, &rec_cb, &r);
    feed_str(&p, "+QIURC: \"closed\",");
    for (i = 0; i < 3 * ATC_MAX_LINE; i++)
        atc_feed(&p, "1", 1);
    feed_str(&p, "\r\nOK\r\n");
    cr_assert_eq(r.events, 2);
    cr_assert_eq(r.kind[0], ATC_KIND_ERROR);
    cr_assert_eq(r.err[0], ATC_ERR_LINE_TOO_LONG);
    cr_assert_leq(r.raw_len[0], ATC_MAX_LINE, "what is kept of the line fits the buffer");
    cr_assert_eq(r.id[0], ATC_QUECTEL_TCPIP_QIURC_CLOSED, "the error names the message its prefix announced");
    cr_assert_eq(r.id[1], ATC_QUECTEL_TCPIP_OK);
}

/* The longest line that fits: ATC_MAX_LINE holds the line's bytes, 8 bytes for each of its fields
 * (+QIURC, "closed", the number: 3) and the decoded struct; up to 7 bytes go to aligning the
 * struct. A line that long decodes, fed whole or byte by byte; one byte more than the room is
 * ATC_ERR_LINE_TOO_LONG, naming its message. (The line alone used to have all of ATC_MAX_LINE.) */
static void closed_line(char *line, size_t n)
{
    const char *head = "+QIURC: \"closed\",";
    size_t h = strlen(head);
    memcpy(line, head, h);
    memset(line + h, ' ', n - h - 1);
    line[n - 1] = '7';
    line[n] = '\r';
    line[n + 1] = '\n';
}

Test(decode, line_of_the_longest_length_that_fits_decodes)
{
    static char line[ATC_MAX_LINE + 2];
    size_t room = ATC_MAX_LINE - 3 * 8 - sizeof(atc_quectel_tcpip_qiurc_closed);
    size_t sizes[2], k, i;
    int byte_by_byte;
    sizes[0] = room - 7;
    sizes[1] = room + 1;
    for (k = 0; k < 2; k++)
        for (byte_by_byte = 0; byte_by_byte < 2; byte_by_byte++) {
            atc_parser p;
            record r;
            memset(&r, 0, sizeof r);
            closed_line(line, sizes[k]);
            atc_init(&p, &atc_quectel_tcpip_profile, &rec_cb, &r);
            if (byte_by_byte)
                for (i = 0; i < sizes[k] + 2; i++)
                    atc_feed(&p, line + i, 1);
            else
                atc_feed(&p, line, sizes[k] + 2);
            cr_assert_eq(r.events, 1);
            if (k == 0) {
                cr_assert_eq(r.kind[0], ATC_KIND_URC, "%zu bytes (%s): %s", sizes[k], byte_by_byte ? "in pieces" : "whole",
                             atc_err_name(r.err[0]));
                cr_assert_eq(r.first_int, 7);
                cr_assert_eq(r.raw_len[0], sizes[k]);
            } else {
                cr_assert_eq(r.kind[0], ATC_KIND_ERROR, "%zu bytes (%s)", sizes[k], byte_by_byte ? "in pieces" : "whole");
                cr_assert_eq(r.err[0], ATC_ERR_LINE_TOO_LONG, "%zu bytes: %s", sizes[k], atc_err_name(r.err[0]));
                cr_assert_eq(r.id[0], ATC_QUECTEL_TCPIP_QIURC_CLOSED);
            }
        }
}

Test(decode, line_flood_without_terminator_keeps_bounded_state)
{
    atc_parser p;
    record r;
    char junk[1000];
    int i;
    memset(&r, 0, sizeof r);
    memset(junk, 'x', sizeof junk);
    atc_init(&p, &atc_quectel_tcpip_profile, &rec_cb, &r);
    for (i = 0; i < 1000; i++)
        atc_feed(&p, junk, sizeof junk);
    cr_assert_eq(r.events, 0);
    feed_str(&p, "\r\n\r\n+QIURC: \"incoming full\"\r\n");
    cr_assert_eq(r.events, 2);
    cr_assert_eq(r.err[0], ATC_ERR_LINE_TOO_LONG);
    /* the parser keeps at most ATC_MAX_LINE of it (it reports what it kept) */
    cr_assert_leq(r.raw_len[0], ATC_MAX_LINE);
    cr_assert_eq(r.id[1], ATC_QUECTEL_TCPIP_QIURC_INCOMING_FULL);
}

Test(decode, float_text_and_value)
{
    atc_str s;
    s.ptr = "-170.25";
    s.len = 7;
    cr_assert_float_eq(atc_parse_float(s), -170.25, 1e-9);
    s.ptr = "1.88";
    s.len = 4;
    cr_assert_float_eq(atc_parse_float(s), 1.88, 1e-9);
    s.ptr = "42";
    s.len = 2;
    cr_assert_float_eq(atc_parse_float(s), 42.0, 1e-9);
}

Test(decode, error_table_descriptions)
{
    cr_assert_str_eq(atc_quectel_tcpip_cme_text(565), "DNS parse failed");
    cr_assert_null(atc_quectel_tcpip_cme_text(549));
    cr_assert_str_eq(atc_err_name(ATC_ERR_RANGE), "ATC_ERR_RANGE");
}
