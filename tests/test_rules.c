/* SPDX-License-Identifier: MIT */
/* The decoder's rules seen from C, where a JSON fixture cannot reach: firmware that only listens
 * (atc_sent, atc_set_state), which line completes the pending command, warnings and fields. */
#include <criterion/criterion.h>
#include <string.h>

#include "ica.h"
#include "quectel_tcpip.h"
#include "usr_tcp232.h"

typedef struct seen {
    int n;
    uint16_t id[32];
    uint8_t kind[32], completes[32], field[32];
    atc_err warning[32];
    char data[256];
    size_t ndata;
    int ends;
} seen;

static void on_event(atc_parser *p, const atc_event *ev)
{
    seen *s = (seen *)p->user;
    if (s->n < 32) {
        s->id[s->n] = ev->id;
        s->kind[s->n] = ev->kind;
        s->completes[s->n] = ev->completes;
        s->warning[s->n] = ev->warning;
        s->field[s->n] = ev->field;
        s->n++;
    }
}

static void on_data(atc_parser *p, atc_dir dir, const char *data, size_t len)
{
    seen *s = (seen *)p->user;
    (void)dir;
    if (s->ndata + len < sizeof s->data) {
        memcpy(s->data + s->ndata, data, len);
        s->ndata += len;
    }
}

static void on_data_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    (void)dir;
    (void)how;
    ((seen *)p->user)->ends++;
}

static const atc_callbacks cb = {on_event, on_data, on_data_end};

static void feed(atc_parser *p, const char *s)
{
    atc_feed(p, s, strlen(s));
}

static atc_quectel_tcpip_at_qisend_set qisend(int32_t id, int32_t len)
{
    atc_quectel_tcpip_at_qisend_set m = ATC_QUECTEL_TCPIP_AT_QISEND_SET_INIT_ZERO;
    m.connect_id = id;
    m.has_send_length = len >= 0;
    m.send_length = len;
    return m;
}

Test(rules, rx_only_prompt_flow_without_data_echo)
{
    /* echo off, no data echo: the stream holds only the module's bytes */
    atc_parser p;
    seen s;
    atc_quectel_tcpip_at_qisend_set m = qisend(0, 5);
    memset(&s, 0, sizeof s);
    atc_init(&p, &atc_quectel_tcpip_profile, &cb, &s);
    atc_sent(&p, ATC_QUECTEL_TCPIP_AT_QISEND_SET, &m);
    feed(&p, "\r\n> ");
    /* the firmware writes its 5 bytes; the module does not echo them */
    feed(&p, "\r\nSEND OK\r\n");
    cr_assert_eq(s.n, 2);
    cr_assert_eq(s.id[0], ATC_QUECTEL_TCPIP_PROMPT);
    cr_assert_eq(s.id[1], ATC_QUECTEL_TCPIP_SEND_OK, "SEND OK must not be eaten as the host's data");
    cr_assert_eq(s.completes[1], 1);
    cr_assert_eq(s.ndata, 0);
    cr_assert_eq(s.ends, 0);
}

Test(rules, rx_only_prompt_flow_with_data_echo_set)
{
    atc_parser p;
    seen s;
    atc_quectel_tcpip_at_qisend_set m = qisend(1, -1); /* variable length, ended by Ctrl+Z */
    memset(&s, 0, sizeof s);
    atc_init(&p, &atc_quectel_tcpip_profile, &cb, &s);
    atc_set_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_DATA_ECHO, 0, 1);
    cr_assert_eq(atc_get_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_DATA_ECHO, 0), 1);
    atc_sent(&p, ATC_QUECTEL_TCPIP_AT_QISEND_SET, &m);
    feed(&p, "\r\n> hi\x1a\r\nSEND OK\r\n");
    cr_assert_eq(s.ndata, 2);
    cr_assert(memcmp(s.data, "hi", 2) == 0);
    cr_assert_eq(s.ends, 1);
    cr_assert_eq(s.id[s.n - 1], ATC_QUECTEL_TCPIP_SEND_OK);
}

Test(rules, decoded_setting_commands_update_the_state_at_their_ok)
{
    atc_parser p;
    seen s;
    memset(&s, 0, sizeof s);
    atc_init(&p, &atc_quectel_tcpip_profile, &cb, &s);
    cr_assert_eq(atc_get_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_DATA_ECHO, 0),
                 ATC_STATE_UNKNOWN, "the document gives no default");
    cr_assert_eq(atc_get_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_ACCESS_MODE, 3), 0);
    feed(&p, "AT+QIOPEN=1,3,\"TCP\",\"1.2.3.4\",80,0,1\r");
    cr_assert_eq(atc_get_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_ACCESS_MODE, 3), 0,
                 "not before its OK");
    feed(&p, "\r\nOK\r\n");
    cr_assert_eq(atc_get_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_ACCESS_MODE, 3), 1);
    cr_assert_eq(atc_get_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_ACCESS_MODE, 2), 0);
    feed(&p, "AT+QISDE=0\r\r\nERROR\r\n");
    cr_assert_eq(atc_get_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_DATA_ECHO, 0),
                 ATC_STATE_UNKNOWN, "an ERROR changes nothing");
    feed(&p, "AT+QISDE=0\r\r\nOK\r\n");
    cr_assert_eq(atc_get_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_DATA_ECHO, 0), 0);
}

Test(rules, rx_only_buffer_mode_recvind_set_by_the_firmware)
{
    /* firmware that configured the module itself tells the decoder; the URC then carries no data */
    atc_parser p;
    seen s;
    memset(&s, 0, sizeof s);
    atc_init(&p, &atc_quectel_tcpip_profile, &cb, &s);
    atc_set_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_RECVIND, 0, 1);
    feed(&p, "\r\n+QIURC: \"recv\",0,4\r\n\r\nOK\r\n");
    cr_assert_eq(s.n, 2);
    cr_assert_eq(s.id[0], ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH);
    cr_assert_eq(s.id[1], ATC_QUECTEL_TCPIP_OK, "the 4 bytes after the URC are lines, not data");
    cr_assert_eq(s.ndata, 0);
}

Test(rules, a_warning_names_its_field)
{
    atc_parser p;
    seen s;
    memset(&s, 0, sizeof s);
    atc_init(&p, &atc_quectel_tcpip_profile, &cb, &s);
    feed(&p, "+QIOPEN: 12,0\r\n");
    cr_assert_eq(s.n, 1);
    cr_assert_eq(s.kind[0], ATC_KIND_URC);
    cr_assert_eq(s.warning[0], ATC_ERR_RANGE);
    cr_assert_str_eq(atc_field_name(&atc_quectel_tcpip_profile, s.id[0], s.field[0]), "connect_id");
}

Test(rules, a_report_with_its_own_ok_does_not_complete_the_command)
{
    atc_parser p;
    seen s;
    memset(&s, 0, sizeof s);
    atc_init(&p, &atc_ica_profile, &cb, &s);
    feed(&p, "AT+IMQTTSUB=\"/t\",1\r\r\n+IMQTTRCVPUB:7,\"/t\",2,\"ab\"\r\nOK\r\n+IMQTTSUB:5\r\nOK\r\n"
             "+IMQTTRCVPUB:8,\"/t\",2,\"cd\"\r\nOK\r\n+IMQTTSUB:5,1\r\n");
    cr_assert_eq(s.n, 8);
    cr_assert_eq(s.id[2], ATC_ICA_OK);
    cr_assert_eq(s.completes[2], 0, "the report's OK");
    cr_assert_eq(s.kind[3], ATC_KIND_RESPONSE, "the command still pending: its answer matches");
    cr_assert_str_eq(atc_msg_name(&atc_ica_profile, s.id[3]), "IMQTTSUB");
    cr_assert_eq(s.completes[4], 0, "the command's OK: it awaits the +IMQTTSUB:<packet_id>,<status> URC");
    cr_assert_eq(s.completes[6], 0, "another report's OK");
    cr_assert_eq(s.id[7], ATC_ICA_IMQTTSUB);
    cr_assert_eq(s.completes[7], 1, "the URC with the packet id the answer gave completes it");
}

Test(rules, usr_passthrough_set_by_the_firmware)
{
    /* a device that just powered up passes data through: firmware says so */
    atc_parser p;
    seen s;
    memset(&s, 0, sizeof s);
    atc_init(&p, &atc_usr_tcp232_profile, &cb, &s);
    atc_set_state(&p, &atc_usr_tcp232_profile, ATC_USR_TCP232_STATE_PASSTHROUGH, 0, 1);
    feed(&p, "+OK\r\n");
    cr_assert_eq(s.n, 0, "+OK in passthrough is data");
    cr_assert_eq(s.ndata, 5);
    /* the firmware sends +++ itself: the stream has only the module's a and +ok */
    {
        atc_usr_tcp232_at_escape_exec esc = ATC_USR_TCP232_AT_ESCAPE_EXEC_INIT_ZERO;
        atc_set_state(&p, &atc_usr_tcp232_profile, ATC_USR_TCP232_STATE_PASSTHROUGH, 0, 0);
        atc_sent(&p, ATC_USR_TCP232_AT_ESCAPE_EXEC, &esc);
    }
    feed(&p, "a+ok\r\n");
    cr_assert_eq(s.n, 2);
    cr_assert_eq(s.id[0], ATC_USR_TCP232_CONFIRM);
    cr_assert_eq(s.id[1], ATC_USR_TCP232_OK);
    cr_assert_eq(atc_get_state(&p, &atc_usr_tcp232_profile, ATC_USR_TCP232_STATE_PASSTHROUGH, 0), 0);
    feed(&p, "AT+E\r\n+OK=ON\r\n");
    cr_assert_eq(s.id[s.n - 1], ATC_USR_TCP232_E_READ_RSP);
}
