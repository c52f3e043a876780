/* The baseline: a hand-written decoder for the quectel_tcpip messages, of the kind firmware
 * engineers write today, decoding into the same generated structs as atc (so both can be
 * compared message by message). It is deliberately ordinary:
 *
 *   - bytes are collected into a line buffer until CR or LF;
 *   - the line is dispatched with a chain of strncmp() on its prefix;
 *   - fields are found by a small comma splitter (quotes and parentheses respected) and converted
 *     with strtol()/sscanf(); strings are views between the quotes;
 *   - a little state: the command last echoed (to tell a test answer "+QIOPEN: (0-11),..." from
 *     the URC "+QIOPEN: 0,0", or +QIRD's data from its counters), the payload length announced by
 *     +QIRD / +QIURC: "recv", and the data phase after AT+QISEND's '>' prompt.
 *
 * Like most firmware parsers it trusts the module: no range checks, no max_len checks, no
 * unescaping of \" inside strings, no transparent mode (CONNECT is reported, the bytes after it
 * are read as lines). The corpus holds only valid messages, so these omissions do not change the
 * decoded messages; they only make the baseline cheaper than a complete decoder would be.
 * bench/bench.c checks that it decodes the corpus into exactly the records atc decodes. */
#include "bench.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atc_quectel_tcpip.h" /* the generated structs and ids */

#define BASE_MAX_LINE 512
#define MAXF 16

enum { BM_LINES, BM_PAYLOAD, BM_PROMPT };
#define NO_PROMPT (-2L)

struct base_parser {
    const base_callbacks *cb;
    void *user;
    int mode;
    int skip_lf;          /* the line before a payload ended in CR: one LF is framing */
    int prompt_space;     /* skip one ' ' after '>' */
    int overflow;
    int pending;          /* id of the command last echoed, -1: none */
    long prompt_len;      /* what the pending command's '>' leads to: NO_PROMPT, -1 (until Ctrl+Z), n */
    unsigned long left;   /* payload bytes still to come */
    size_t len;
    union {
        char b[512];
        double d;
        void *p;
    } m;
    char line[BASE_MAX_LINE + 1];
};

size_t base_parser_size(void)
{
    return sizeof(struct base_parser);
}

void base_init(base_parser *p, const base_callbacks *cb, void *user)
{
    memset(p, 0, sizeof *p);
    p->cb = cb;
    p->user = user;
    p->pending = -1;
    p->prompt_len = NO_PROMPT;
}

/* ---- small helpers ---- */

static void *msg(base_parser *p, size_t size)
{
    memset(p->m.b, 0, size);
    return p->m.b;
}

#define MSG(type) ((type *)msg(p, sizeof(type)))

static void emit(base_parser *p, int id)
{
    p->cb->on_msg(p->user, (uint16_t)id, p->m.b);
}

static void emit_empty(base_parser *p, int id)
{
    memset(p->m.b, 0, 8);
    emit(p, id);
}

/* Split s at commas that are outside quotes and parentheses; NUL-terminates each field. */
static int split(char *s, char **f)
{
    int n = 0, depth = 0, quoted = 0;
    while (*s == ' ')
        s++;
    f[n++] = s;
    for (; *s; s++) {
        if (*s == '"')
            quoted = !quoted;
        else if (!quoted && *s == '(')
            depth++;
        else if (!quoted && *s == ')')
            depth--;
        else if (!quoted && depth == 0 && *s == ',') {
            *s = '\0';
            if (n == MAXF)
                return n;
            while (s[1] == ' ')
                s++;
            f[n++] = s + 1;
        }
    }
    return n;
}

static int32_t num(const char *s)
{
    return (int32_t)strtol(s, NULL, 10);
}

/* a quoted string: the view between the quotes; anything else: the text itself */
static atc_str str(const char *s)
{
    atc_str v;
    size_t n = strlen(s);
    if (n >= 2 && s[0] == '"' && s[n - 1] == '"') {
        v.ptr = s + 1;
        v.len = (uint16_t)(n - 2);
    } else {
        while (n && s[n - 1] == ' ')
            n--;
        v.ptr = s;
        v.len = (uint16_t)n;
    }
    return v;
}

/* a test-form answer value, as written: (0-11), ("TCP","UDP"), "<APN>" */
static atc_str raw(const char *s)
{
    atc_str v;
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        n--;
    v.ptr = s;
    v.len = (uint16_t)n;
    return v;
}

static int is_ipv6(const char *s)
{
    return strchr(s, ':') != NULL;
}

static void start_payload(base_parser *p, int32_t n)
{
    if (n > 0) {
        p->mode = BM_PAYLOAD;
        p->left = (unsigned long)n;
    }
}

/* ---- AT+QICFG: one keyword per setting ---- */

static const char *const qicfg_keys[] = {"transpktsize", "transwaittm", "dataformat", "viewmode",
                                         "udp/sendmode", "udp/readmode", "tcp/accept", "passiveclosed",
                                         "close/mode", "recvind", "tcp/keepalive", "tcp/retranscfg",
                                         "send/auto", "formatcfg", "qisend/timeout", "tcp/delay_ack",
                                         "dns/cache", "tcp/twrecycle", "dns/retry"};
#define NQICFG 19

static int qicfg_key(const char *quoted)
{
    atc_str k = str(quoted);
    int i;
    for (i = 0; i < NQICFG; i++)
        if (strlen(qicfg_keys[i]) == k.len && strncmp(qicfg_keys[i], k.ptr, k.len) == 0)
            return i;
    return -1;
}

/* The set commands, the query answers and the test answers of QICFG all list their values in
 * order. A set command's struct is its has_ flags (up to four), then its ints from offset 4; the
 * answers are ints, the test answers atc_str views. send/auto has a string. */
typedef struct opt_ints {
    bool has[4];
    int32_t v[4];
} opt_ints;
#define BASE_CHECK(name, cond) typedef char base_check_##name[(cond) ? 1 : -1]
BASE_CHECK(keepalive_has, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, has_probe_cnt) ==
                              offsetof(opt_ints, has) + 3 * sizeof(bool));
BASE_CHECK(keepalive_set, offsetof(atc_quectel_tcpip_at_qicfg_set_tcp_keepalive, probe_cnt) == offsetof(opt_ints, v[3]));
BASE_CHECK(transpktsize_set, offsetof(atc_quectel_tcpip_at_qicfg_set_transpktsize, trans_pkt_size) == offsetof(opt_ints, v));
BASE_CHECK(dns_retry_set, offsetof(atc_quectel_tcpip_at_qicfg_set_dns_retry, retry_timeout) == offsetof(opt_ints, v[1]));
BASE_CHECK(keepalive_ints, offsetof(atc_quectel_tcpip_qicfg_tcp_keepalive, probe_cnt) == 3 * sizeof(int32_t));
BASE_CHECK(keepalive_test, offsetof(atc_quectel_tcpip_qicfg_test_tcp_keepalive, probe_cnt) == 3 * sizeof(atc_str));

static int qicfg_command(base_parser *p, char **f, int n)
{
    int k = qicfg_key(f[0]), i;
    if (k < 0)
        return 0;
    if (k == 12) { /* send/auto: connectID, period, msg_auto, first_send */
        atc_quectel_tcpip_at_qicfg_set_send_auto *m = MSG(atc_quectel_tcpip_at_qicfg_set_send_auto);
        if (n > 1)
            m->has_connect_id = true, m->connect_id = num(f[1]);
        if (n > 2)
            m->has_period = true, m->period = num(f[2]);
        if (n > 3)
            m->has_msg_auto = true, m->msg_auto = str(f[3]);
        if (n > 4)
            m->has_first_send = true, m->first_send = num(f[4]);
    } else {
        opt_ints *v = (opt_ints *)msg(p, sizeof(opt_ints));
        for (i = 1; i < n && i <= 4; i++) {
            v->has[i - 1] = true;
            v->v[i - 1] = num(f[i]);
        }
    }
    return ATC_QUECTEL_TCPIP_AT_QICFG_SET_TRANSPKTSIZE + k;
}

static int qicfg_response(base_parser *p, char **f, int n)
{
    int k = qicfg_key(f[0]), i;
    if (k < 0)
        return -1;
    if (p->pending == ATC_QUECTEL_TCPIP_AT_QICFG_TEST) {
        atc_str *v = (atc_str *)msg(p, 4 * sizeof(atc_str));
        for (i = 1; i < n && i <= 4; i++)
            v[i - 1] = raw(f[i]);
        return ATC_QUECTEL_TCPIP_QICFG_TEST_TRANSPKTSIZE + k;
    }
    if (k == 12) {
        atc_quectel_tcpip_qicfg_send_auto *m = MSG(atc_quectel_tcpip_qicfg_send_auto);
        if (n != 5)
            return -1;
        m->connect_id = num(f[1]);
        m->period = num(f[2]);
        m->msg_auto = str(f[3]);
        m->first_send = num(f[4]);
    } else {
        int32_t *v = (int32_t *)msg(p, 4 * sizeof(int32_t));
        for (i = 1; i < n && i <= 4; i++)
            v[i - 1] = num(f[i]);
    }
    return ATC_QUECTEL_TCPIP_QICFG_TRANSPKTSIZE + k;
}

/* ---- command echoes ---- */

typedef struct cmd_forms {
    const char *name;
    int test, read, exec; /* ids, -1: no such form */
} cmd_forms;

static const cmd_forms forms[] = {
    {"QICFG", ATC_QUECTEL_TCPIP_AT_QICFG_TEST, -1, -1},
    {"QICSGP", ATC_QUECTEL_TCPIP_AT_QICSGP_TEST, -1, -1},
    {"QIACT", ATC_QUECTEL_TCPIP_AT_QIACT_TEST, ATC_QUECTEL_TCPIP_AT_QIACT_READ, -1},
    {"QIDEACT", ATC_QUECTEL_TCPIP_AT_QIDEACT_TEST, -1, -1},
    {"QIACTEX", ATC_QUECTEL_TCPIP_AT_QIACTEX_TEST, ATC_QUECTEL_TCPIP_AT_QIACTEX_READ, -1},
    {"QIDEACTEX", ATC_QUECTEL_TCPIP_AT_QIDEACTEX_TEST, -1, -1},
    {"QIOPEN", ATC_QUECTEL_TCPIP_AT_QIOPEN_TEST, -1, -1},
    {"QICLOSE", ATC_QUECTEL_TCPIP_AT_QICLOSE_TEST, -1, -1},
    {"QISTATE", ATC_QUECTEL_TCPIP_AT_QISTATE_TEST, ATC_QUECTEL_TCPIP_AT_QISTATE_READ, ATC_QUECTEL_TCPIP_AT_QISTATE_EXEC},
    {"QISEND", ATC_QUECTEL_TCPIP_AT_QISEND_TEST, -1, -1},
    {"QIRD", ATC_QUECTEL_TCPIP_AT_QIRD_TEST, -1, -1},
    {"QISENDEX", ATC_QUECTEL_TCPIP_AT_QISENDEX_TEST, -1, -1},
    {"QISWTMD", ATC_QUECTEL_TCPIP_AT_QISWTMD_TEST, -1, -1},
    {"QPING", ATC_QUECTEL_TCPIP_AT_QPING_TEST, -1, -1},
    {"QNTP", ATC_QUECTEL_TCPIP_AT_QNTP_TEST, ATC_QUECTEL_TCPIP_AT_QNTP_READ, -1},
    {"QNTPT", ATC_QUECTEL_TCPIP_AT_QNTP_TEST, ATC_QUECTEL_TCPIP_AT_QNTP_READ, -1},
    {"QNTTP", ATC_QUECTEL_TCPIP_AT_QNTP_TEST, ATC_QUECTEL_TCPIP_AT_QNTP_READ, -1},
    {"QIDNSCFG", ATC_QUECTEL_TCPIP_AT_QIDNSCFG_TEST, -1, -1},
    {"QIDNSGIP", ATC_QUECTEL_TCPIP_AT_QIDNSGIP_TEST, -1, -1},
    {"QISDE", ATC_QUECTEL_TCPIP_AT_QISDE_TEST, ATC_QUECTEL_TCPIP_AT_QISDE_READ, -1},
    {"QIGETERROR", ATC_QUECTEL_TCPIP_AT_QIGETERROR_TEST, -1, ATC_QUECTEL_TCPIP_AT_QIGETERROR_EXEC},
};

static int set_command(base_parser *p, const char *name, char *args)
{
    char *f[MAXF];
    int n = split(args, f);
    if (!strcmp(name, "QIRD")) {
        atc_quectel_tcpip_at_qird_set *m = MSG(atc_quectel_tcpip_at_qird_set);
        m->connect_id = num(f[0]);
        if (n > 1)
            m->has_read_length = true, m->read_length = num(f[1]);
        return ATC_QUECTEL_TCPIP_AT_QIRD_SET;
    }
    if (!strcmp(name, "QISEND")) {
        atc_quectel_tcpip_at_qisend_set *m = MSG(atc_quectel_tcpip_at_qisend_set);
        m->connect_id = num(f[0]);
        p->prompt_len = -1;
        if (n > 1) {
            m->has_send_length = true;
            m->send_length = num(f[1]);
            p->prompt_len = m->send_length == 0 ? NO_PROMPT : m->send_length;
        }
        if (n > 3) {
            m->has_remote_ip = true, m->remote_ip = str(f[2]);
            m->has_remote_port = true, m->remote_port = num(f[3]);
        }
        return ATC_QUECTEL_TCPIP_AT_QISEND_SET;
    }
    if (!strcmp(name, "QICFG"))
        return qicfg_command(p, f, n);
    if (!strcmp(name, "QIOPEN")) {
        atc_quectel_tcpip_at_qiopen_set *m = MSG(atc_quectel_tcpip_at_qiopen_set);
        if (n < 5)
            return -1;
        m->context_id = num(f[0]);
        m->connect_id = num(f[1]);
        m->service_type = str(f[2]);
        m->ip_address = str(f[3]);
        m->remote_port = num(f[4]);
        if (n > 5)
            m->has_local_port = true, m->local_port = num(f[5]);
        if (n > 6)
            m->has_access_mode = true, m->access_mode = num(f[6]);
        if (n > 7)
            m->has_tcp_client_max_num = true, m->tcp_client_max_num = num(f[7]);
        return ATC_QUECTEL_TCPIP_AT_QIOPEN_SET;
    }
    if (!strcmp(name, "QICLOSE")) {
        atc_quectel_tcpip_at_qiclose_set *m = MSG(atc_quectel_tcpip_at_qiclose_set);
        m->connect_id = num(f[0]);
        if (n > 1)
            m->has_timeout = true, m->timeout = num(f[1]);
        return ATC_QUECTEL_TCPIP_AT_QICLOSE_SET;
    }
    if (!strcmp(name, "QISTATE")) {
        atc_quectel_tcpip_at_qistate_set *m = MSG(atc_quectel_tcpip_at_qistate_set);
        if (n != 2)
            return -1;
        m->query_type = num(f[0]);
        m->id = num(f[1]);
        return ATC_QUECTEL_TCPIP_AT_QISTATE_SET;
    }
    if (!strcmp(name, "QICSGP")) {
        atc_quectel_tcpip_at_qicsgp_set *m = MSG(atc_quectel_tcpip_at_qicsgp_set);
        m->context_id = num(f[0]);
        if (n >= 3) {
            m->has_context_type = true, m->context_type = num(f[1]);
            m->has_apn = true, m->apn = str(f[2]);
        }
        if (n == 4)
            m->has_authentication = true, m->authentication = num(f[3]);
        if (n >= 5) {
            m->has_username = true, m->username = str(f[3]);
            m->has_password = true, m->password = str(f[4]);
        }
        if (n == 6)
            m->has_authentication = true, m->authentication = num(f[5]);
        return ATC_QUECTEL_TCPIP_AT_QICSGP_SET;
    }
    if (!strcmp(name, "QIACT") || !strcmp(name, "QIDEACT") || !strcmp(name, "QIDEACTEX")) {
        atc_quectel_tcpip_at_qiact_set *m = MSG(atc_quectel_tcpip_at_qiact_set);
        m->context_id = num(f[0]);
        return name[2] == 'A' ? ATC_QUECTEL_TCPIP_AT_QIACT_SET
               : name[7] == 'E' ? ATC_QUECTEL_TCPIP_AT_QIDEACTEX_SET
                                : ATC_QUECTEL_TCPIP_AT_QIDEACT_SET;
    }
    if (!strcmp(name, "QIACTEX")) {
        atc_quectel_tcpip_at_qiactex_set *m = MSG(atc_quectel_tcpip_at_qiactex_set);
        m->context_id = num(f[0]);
        if (n > 1)
            m->has_view_mode = true, m->view_mode = num(f[1]);
        return ATC_QUECTEL_TCPIP_AT_QIACTEX_SET;
    }
    if (!strcmp(name, "QISENDEX")) {
        atc_quectel_tcpip_at_qisendex_set *m = MSG(atc_quectel_tcpip_at_qisendex_set);
        if (n != 2)
            return -1;
        m->connect_id = num(f[0]);
        m->hex_string = str(f[1]);
        return ATC_QUECTEL_TCPIP_AT_QISENDEX_SET;
    }
    if (!strcmp(name, "QISWTMD")) {
        atc_quectel_tcpip_at_qiswtmd_set *m = MSG(atc_quectel_tcpip_at_qiswtmd_set);
        if (n != 2)
            return -1;
        m->connect_id = num(f[0]);
        m->access_mode = num(f[1]);
        return ATC_QUECTEL_TCPIP_AT_QISWTMD_SET;
    }
    if (!strcmp(name, "QPING")) {
        atc_quectel_tcpip_at_qping_set *m = MSG(atc_quectel_tcpip_at_qping_set);
        if (n < 2)
            return -1;
        m->context_id = num(f[0]);
        m->host = str(f[1]);
        if (n > 2)
            m->has_timeout = true, m->timeout = num(f[2]);
        if (n > 3)
            m->has_ping_num = true, m->ping_num = num(f[3]);
        return ATC_QUECTEL_TCPIP_AT_QPING_SET;
    }
    if (!strcmp(name, "QNTP") || !strcmp(name, "QNTPT") || !strcmp(name, "QNTTP")) {
        atc_quectel_tcpip_at_qntp_set *m = MSG(atc_quectel_tcpip_at_qntp_set);
        if (n < 2)
            return -1;
        m->context_id = num(f[0]);
        m->server = str(f[1]);
        if (n > 2)
            m->has_port = true, m->port = num(f[2]);
        if (n > 3)
            m->has_auto_set_time = true, m->auto_set_time = num(f[3]);
        return ATC_QUECTEL_TCPIP_AT_QNTP_SET;
    }
    if (!strcmp(name, "QIDNSCFG")) {
        atc_quectel_tcpip_at_qidnscfg_set *m = MSG(atc_quectel_tcpip_at_qidnscfg_set);
        m->context_id = num(f[0]);
        if (n > 1)
            m->has_pri_dns_addr = true, m->pri_dns_addr = str(f[1]);
        if (n > 2)
            m->has_sec_dns_addr = true, m->sec_dns_addr = str(f[2]);
        return ATC_QUECTEL_TCPIP_AT_QIDNSCFG_SET;
    }
    if (!strcmp(name, "QIDNSGIP")) {
        atc_quectel_tcpip_at_qidnsgip_set *m = MSG(atc_quectel_tcpip_at_qidnsgip_set);
        if (n != 2)
            return -1;
        m->context_id = num(f[0]);
        m->hostname = str(f[1]);
        return ATC_QUECTEL_TCPIP_AT_QIDNSGIP_SET;
    }
    if (!strcmp(name, "QISDE")) {
        atc_quectel_tcpip_at_qisde_set *m = MSG(atc_quectel_tcpip_at_qisde_set);
        m->echo = num(f[0]);
        return ATC_QUECTEL_TCPIP_AT_QISDE_SET;
    }
    return -1;
}

/* "AT+NAME=?", "AT+NAME?", "AT+NAME", "AT+NAME=args" */
static int command(base_parser *p, char *s)
{
    char name[16];
    size_t n = 0;
    size_t i;
    int id = -1;
    while (s[n] && s[n] != '=' && s[n] != '?' && n < sizeof name - 1) {
        name[n] = s[n];
        n++;
    }
    name[n] = '\0';
    s += n;
    p->prompt_len = NO_PROMPT;
    if (s[0] == '=' && s[1] != '?') {
        id = set_command(p, name, s + 1);
    } else {
        for (i = 0; i < sizeof forms / sizeof *forms; i++)
            if (!strcmp(forms[i].name, name)) {
                id = !strcmp(s, "=?") ? forms[i].test : !strcmp(s, "?") ? forms[i].read : *s == '\0' ? forms[i].exec : -1;
                break;
            }
        if (id >= 0)
            memset(p->m.b, 0, 8);
    }
    if (id < 0)
        return 0;
    p->pending = id;
    emit(p, id);
    return 1;
}

/* ---- module lines ---- */

static int qiurc(base_parser *p, char *s)
{
    char *f[MAXF];
    int n, a;
    if (sscanf(s, "\"closed\",%d", &a) == 1) {
        MSG(atc_quectel_tcpip_qiurc_closed)->connect_id = a;
        emit(p, ATC_QUECTEL_TCPIP_QIURC_CLOSED);
        return 1;
    }
    if (sscanf(s, "\"pdpdeact\",%d", &a) == 1) {
        MSG(atc_quectel_tcpip_qiurc_pdpdeact)->context_id = a;
        emit(p, ATC_QUECTEL_TCPIP_QIURC_PDPDEACT);
        return 1;
    }
    n = split(s, f);
    if (!strcmp(f[0], "\"recv\"")) {
        if (n == 2) {
            MSG(atc_quectel_tcpip_qiurc_recv)->connect_id = num(f[1]);
            emit(p, ATC_QUECTEL_TCPIP_QIURC_RECV);
        } else if (n == 3) {
            atc_quectel_tcpip_qiurc_recv_push *m = MSG(atc_quectel_tcpip_qiurc_recv_push);
            m->connect_id = num(f[1]);
            m->current_recv_length = num(f[2]);
            emit(p, ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH);
            start_payload(p, m->current_recv_length);
        } else if (n == 5) {
            atc_quectel_tcpip_qiurc_recv_udp *m = MSG(atc_quectel_tcpip_qiurc_recv_udp);
            m->connect_id = num(f[1]);
            m->current_recv_length = num(f[2]);
            m->remote_ip = str(f[3]);
            m->remote_port = num(f[4]);
            emit(p, ATC_QUECTEL_TCPIP_QIURC_RECV_UDP);
            start_payload(p, m->current_recv_length);
        } else {
            return 0;
        }
        return 1;
    }
    if (!strcmp(f[0], "\"incoming\"") && n == 5) {
        atc_quectel_tcpip_qiurc_incoming *m = MSG(atc_quectel_tcpip_qiurc_incoming);
        m->connect_id = num(f[1]);
        m->server_id = num(f[2]);
        m->remote_ip = str(f[3]);
        m->remote_port = num(f[4]);
        emit(p, ATC_QUECTEL_TCPIP_QIURC_INCOMING);
        return 1;
    }
    if (!strcmp(f[0], "\"incoming full\"") && n == 1) {
        emit_empty(p, ATC_QUECTEL_TCPIP_QIURC_INCOMING_FULL);
        return 1;
    }
    if (!strcmp(f[0], "\"dnsgip\"")) {
        if (n == 2 && f[1][0] == '"') {
            MSG(atc_quectel_tcpip_qiurc_dnsgip_ip)->host_ip_addr = str(f[1]);
            emit(p, ATC_QUECTEL_TCPIP_QIURC_DNSGIP_IP);
        } else {
            atc_quectel_tcpip_qiurc_dnsgip *m = MSG(atc_quectel_tcpip_qiurc_dnsgip);
            m->err = num(f[1]);
            if (n == 4) {
                m->has_ip_count = true, m->ip_count = num(f[2]);
                m->has_dns_ttl = true, m->dns_ttl = num(f[3]);
            }
            emit(p, ATC_QUECTEL_TCPIP_QIURC_DNSGIP);
        }
        return 1;
    }
    return 0;
}

static int qird(base_parser *p, char *s)
{
    char *f[MAXF];
    int n;
    if (p->pending == ATC_QUECTEL_TCPIP_AT_QIRD_TEST) {
        atc_quectel_tcpip_qird_test *m = MSG(atc_quectel_tcpip_qird_test);
        n = split(s, f);
        if (n != 2)
            return 0;
        m->connect_id = raw(f[0]);
        m->read_length = raw(f[1]);
        emit(p, ATC_QUECTEL_TCPIP_QIRD_TEST);
        return 1;
    }
    n = split(s, f);
    if (n == 1) {
        atc_quectel_tcpip_qird_data *m = MSG(atc_quectel_tcpip_qird_data);
        m->read_actual_length = num(f[0]);
        emit(p, ATC_QUECTEL_TCPIP_QIRD_DATA);
        start_payload(p, m->read_actual_length);
    } else if (n == 3 && f[1][0] == '"') {
        atc_quectel_tcpip_qird_udp *m = MSG(atc_quectel_tcpip_qird_udp);
        m->read_actual_length = num(f[0]);
        m->remote_ip = str(f[1]);
        m->remote_port = num(f[2]);
        emit(p, ATC_QUECTEL_TCPIP_QIRD_UDP);
        start_payload(p, m->read_actual_length);
    } else if (n == 3) {
        atc_quectel_tcpip_qird_query *m = MSG(atc_quectel_tcpip_qird_query);
        m->total_receive_length = num(f[0]);
        m->have_read_length = num(f[1]);
        m->unread_length = num(f[2]);
        emit(p, ATC_QUECTEL_TCPIP_QIRD_QUERY);
    } else {
        return 0;
    }
    return 1;
}

/* +QIACT: and +QIACTEX: (read) share the layout: id, state, type [, ipv4] [, ipv6] */
static void context_line(base_parser *p, char **f, int n, int id)
{
    atc_quectel_tcpip_qiact_read *m = MSG(atc_quectel_tcpip_qiact_read);
    int i;
    m->context_id = num(f[0]);
    m->context_state = num(f[1]);
    m->context_type = num(f[2]);
    for (i = 3; i < n; i++) {
        if (is_ipv6(f[i]))
            m->has_ipv6_address = true, m->ipv6_address = str(f[i]);
        else
            m->has_ipv4_address = true, m->ipv4_address = str(f[i]);
    }
    emit(p, id);
}

/* test answers: every value as written */
static int test_answer(base_parser *p, char *s, int id, int nfields)
{
    char *f[MAXF];
    atc_str *v;
    int n = split(s, f), i;
    if (n != nfields)
        return 0;
    v = (atc_str *)msg(p, (size_t)nfields * sizeof(atc_str));
    for (i = 0; i < n; i++)
        v[i] = raw(f[i]);
    emit(p, id);
    return 1;
}

#define PENDING(x) (p->pending == ATC_QUECTEL_TCPIP_AT_##x)

static int response(base_parser *p, char *s)
{
    char *f[MAXF];
    int n, a, b;
    if (!strncmp(s, "+QIURC: ", 8))
        return qiurc(p, s + 8);
    if (!strncmp(s, "+QIRD: ", 7))
        return qird(p, s + 7);
    if (!strncmp(s, "+QISTATE: ", 10)) {
        atc_quectel_tcpip_qistate *m;
        n = split(s + 10, f);
        if (n != 10)
            return 0;
        m = MSG(atc_quectel_tcpip_qistate);
        m->connect_id = num(f[0]);
        m->service_type = str(f[1]);
        m->ip_address = str(f[2]);
        m->remote_port = num(f[3]);
        m->local_port = num(f[4]);
        m->socket_state = num(f[5]);
        m->context_id = num(f[6]);
        m->server_id = num(f[7]);
        m->access_mode = num(f[8]);
        m->at_port = str(f[9]);
        emit(p, ATC_QUECTEL_TCPIP_QISTATE);
        return 1;
    }
    if (!strncmp(s, "+QISEND: ", 9)) {
        atc_quectel_tcpip_qisend_query *m;
        int c;
        if (PENDING(QISEND_TEST))
            return test_answer(p, s + 9, ATC_QUECTEL_TCPIP_QISEND_TEST, 2);
        m = MSG(atc_quectel_tcpip_qisend_query);
        if (sscanf(s + 9, "%d,%d,%d", &a, &b, &c) != 3)
            return 0;
        m->total_send_length = a;
        m->acked_bytes = b;
        m->unacked_bytes = c;
        emit(p, ATC_QUECTEL_TCPIP_QISEND_QUERY);
        return 1;
    }
    if (!strncmp(s, "+QIOPEN: ", 9)) {
        if (PENDING(QIOPEN_TEST))
            return test_answer(p, s + 9, ATC_QUECTEL_TCPIP_QIOPEN_TEST, 8);
        if (sscanf(s + 9, "%d,%d", &a, &b) != 2)
            return 0;
        MSG(atc_quectel_tcpip_qiopen)->connect_id = a;
        ((atc_quectel_tcpip_qiopen *)p->m.b)->err = b;
        emit(p, ATC_QUECTEL_TCPIP_QIOPEN);
        return 1;
    }
    if (!strncmp(s, "+QPING: ", 8)) {
        if (PENDING(QPING_TEST))
            return test_answer(p, s + 8, ATC_QUECTEL_TCPIP_QPING_TEST, 4);
        n = split(s + 8, f);
        if (n == 1 || n == 5) {
            atc_quectel_tcpip_qping *m = MSG(atc_quectel_tcpip_qping);
            m->result = num(f[0]);
            if (n == 5) {
                m->has_ip_address = true, m->ip_address = str(f[1]);
                m->has_bytes = true, m->bytes = num(f[2]);
                m->has_time = true, m->time = num(f[3]);
                m->has_ttl = true, m->ttl = num(f[4]);
            }
            emit(p, ATC_QUECTEL_TCPIP_QPING);
            return 1;
        }
        if (n == 7) {
            atc_quectel_tcpip_qping_summary *m = MSG(atc_quectel_tcpip_qping_summary);
            m->fin_result = num(f[0]);
            m->has_sent = true, m->sent = num(f[1]);
            m->has_rcvd = true, m->rcvd = num(f[2]);
            m->has_lost = true, m->lost = num(f[3]);
            m->has_min = true, m->min = num(f[4]);
            m->has_max = true, m->max = num(f[5]);
            m->has_avg = true, m->avg = num(f[6]);
            emit(p, ATC_QUECTEL_TCPIP_QPING_SUMMARY);
            return 1;
        }
        return 0;
    }
    if (!strncmp(s, "+QIACTEX: ", 10)) {
        if (PENDING(QIACTEX_TEST))
            return test_answer(p, s + 10, ATC_QUECTEL_TCPIP_QIACTEX_TEST, 2);
        n = split(s + 10, f);
        if (PENDING(QIACTEX_READ) && n >= 3) {
            context_line(p, f, n, ATC_QUECTEL_TCPIP_QIACTEX_READ);
        } else {
            atc_quectel_tcpip_qiactex *m = MSG(atc_quectel_tcpip_qiactex);
            int i;
            m->context_id = num(f[0]);
            m->err = num(f[1]);
            if (n > 2)
                m->has_context_type = true, m->context_type = num(f[2]);
            for (i = 3; i < n; i++) {
                if (is_ipv6(f[i]))
                    m->has_ipv6_address = true, m->ipv6_address = str(f[i]);
                else
                    m->has_ipv4_address = true, m->ipv4_address = str(f[i]);
            }
            emit(p, ATC_QUECTEL_TCPIP_QIACTEX);
        }
        return 1;
    }
    if (!strncmp(s, "+QIACT: ", 8)) {
        if (PENDING(QIACT_TEST))
            return test_answer(p, s + 8, ATC_QUECTEL_TCPIP_QIACT_TEST, 1);
        n = split(s + 8, f);
        if (n < 3)
            return 0;
        context_line(p, f, n, ATC_QUECTEL_TCPIP_QIACT_READ);
        return 1;
    }
    if (!strncmp(s, "+QIDEACTEX: ", 12)) {
        if (PENDING(QIDEACTEX_TEST))
            return test_answer(p, s + 12, ATC_QUECTEL_TCPIP_QIDEACTEX_TEST, 1);
        if (sscanf(s + 12, "%d,%d", &a, &b) != 2)
            return 0;
        MSG(atc_quectel_tcpip_qideactex)->context_id = a;
        ((atc_quectel_tcpip_qideactex *)p->m.b)->err = b;
        emit(p, ATC_QUECTEL_TCPIP_QIDEACTEX);
        return 1;
    }
    if (!strncmp(s, "+QIDEACT: ", 10))
        return test_answer(p, s + 10, ATC_QUECTEL_TCPIP_QIDEACT_TEST, 1);
    if (!strncmp(s, "+QICFG: ", 8)) {
        int id;
        n = split(s + 8, f);
        id = qicfg_response(p, f, n);
        if (id < 0)
            return 0;
        emit(p, id);
        return 1;
    }
    if (!strncmp(s, "+QICSGP: ", 9)) {
        atc_quectel_tcpip_qicsgp_query *m;
        if (PENDING(QICSGP_TEST))
            return test_answer(p, s + 9, ATC_QUECTEL_TCPIP_QICSGP_TEST, 6);
        n = split(s + 9, f);
        if (n != 5)
            return 0;
        m = MSG(atc_quectel_tcpip_qicsgp_query);
        m->context_type = num(f[0]);
        m->apn = str(f[1]);
        m->username = str(f[2]);
        m->password = str(f[3]);
        m->authentication = num(f[4]);
        emit(p, ATC_QUECTEL_TCPIP_QICSGP_QUERY);
        return 1;
    }
    if (!strncmp(s, "+QICLOSE: ", 10))
        return test_answer(p, s + 10, ATC_QUECTEL_TCPIP_QICLOSE_TEST, 2);
    if (!strncmp(s, "+QISENDEX: ", 11)) {
        atc_quectel_tcpip_qisendex_view *m;
        int c;
        if (PENDING(QISENDEX_TEST))
            return test_answer(p, s + 11, ATC_QUECTEL_TCPIP_QISENDEX_TEST, 2);
        if (sscanf(s + 11, "%d,%d,%d", &a, &b, &c) != 3)
            return 0;
        m = MSG(atc_quectel_tcpip_qisendex_view);
        m->connect_id = a;
        m->status = b;
        m->free_size = c;
        emit(p, ATC_QUECTEL_TCPIP_QISENDEX_VIEW);
        return 1;
    }
    if (!strncmp(s, "+QISWTMD: ", 10))
        return test_answer(p, s + 10, ATC_QUECTEL_TCPIP_QISWTMD_TEST, 2);
    if (!strncmp(s, "+QNTP: ", 7) || !strncmp(s, "+QNTPT: ", 8) || !strncmp(s, "+QNTTP: ", 8)) {
        s += s[5] == ':' ? 7 : 8;
        if (PENDING(QNTP_TEST))
            return test_answer(p, s, ATC_QUECTEL_TCPIP_QNTP_TEST, 4);
        n = split(s, f);
        if (f[0][0] == '"' && n == 2) {
            atc_quectel_tcpip_qntp_read *m = MSG(atc_quectel_tcpip_qntp_read);
            m->server = str(f[0]);
            m->port = num(f[1]);
            emit(p, ATC_QUECTEL_TCPIP_QNTP_READ);
        } else {
            atc_quectel_tcpip_qntp *m = MSG(atc_quectel_tcpip_qntp);
            m->err = num(f[0]);
            if (n > 1)
                m->has_time = true, m->time = str(f[1]);
            emit(p, ATC_QUECTEL_TCPIP_QNTP);
        }
        return 1;
    }
    if (!strncmp(s, "+QIDNSCFG: ", 11)) {
        if (PENDING(QIDNSCFG_TEST))
            return test_answer(p, s + 11, ATC_QUECTEL_TCPIP_QIDNSCFG_TEST, 3);
        n = split(s + 11, f);
        if (n == 5) {
            atc_quectel_tcpip_qidnscfg_ipv4v6 *m = MSG(atc_quectel_tcpip_qidnscfg_ipv4v6);
            m->context_id = num(f[0]);
            m->ipv4_pri_dns_addr = str(f[1]);
            m->ipv4_sec_dns_addr = str(f[2]);
            m->ipv6_pri_dns_addr = str(f[3]);
            m->ipv6_sec_dns_addr = str(f[4]);
            emit(p, ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4V6);
        } else if (n == 3 && is_ipv6(f[1])) {
            atc_quectel_tcpip_qidnscfg_ipv6 *m = MSG(atc_quectel_tcpip_qidnscfg_ipv6);
            m->context_id = num(f[0]);
            m->ipv6_pri_dns_addr = str(f[1]);
            m->ipv6_sec_dns_addr = str(f[2]);
            emit(p, ATC_QUECTEL_TCPIP_QIDNSCFG_IPV6);
        } else if (n == 3) {
            atc_quectel_tcpip_qidnscfg_ipv4 *m = MSG(atc_quectel_tcpip_qidnscfg_ipv4);
            m->context_id = num(f[0]);
            m->ipv4_pri_dns_addr = str(f[1]);
            m->ipv4_sec_dns_addr = str(f[2]);
            emit(p, ATC_QUECTEL_TCPIP_QIDNSCFG_IPV4);
        } else {
            return 0;
        }
        return 1;
    }
    if (!strncmp(s, "+QIDNSGIP: ", 11))
        return test_answer(p, s + 11, ATC_QUECTEL_TCPIP_QIDNSGIP_TEST, 2);
    if (!strncmp(s, "+QISDE: ", 8)) {
        if (PENDING(QISDE_TEST))
            return test_answer(p, s + 8, ATC_QUECTEL_TCPIP_QISDE_TEST, 1);
        if (sscanf(s + 8, "%d", &a) != 1)
            return 0;
        MSG(atc_quectel_tcpip_qisde_read)->echo = a;
        emit(p, ATC_QUECTEL_TCPIP_QISDE_READ);
        return 1;
    }
    if (!strncmp(s, "+QIGETERROR: ", 13)) {
        atc_quectel_tcpip_qigeterror *m = MSG(atc_quectel_tcpip_qigeterror);
        char *comma = strchr(s + 13, ',');
        if (!comma)
            return 0;
        *comma = '\0';
        m->err = num(s + 13);
        m->err_code_description = str(comma + 1);
        emit(p, ATC_QUECTEL_TCPIP_QIGETERROR);
        return 1;
    }
    if (!strncmp(s, "+CME ERROR: ", 12)) {
        if (sscanf(s + 12, "%d", &a) != 1)
            return 0;
        MSG(atc_quectel_tcpip_cme_error)->err = a;
        emit(p, ATC_QUECTEL_TCPIP_CME_ERROR);
        p->pending = -1;
        p->prompt_len = NO_PROMPT;
        return 1;
    }
    if (!strncmp(s, "+CMS ERROR: ", 12)) {
        if (sscanf(s + 12, "%d", &a) != 1)
            return 0;
        MSG(atc_quectel_tcpip_cms_error)->err = a;
        emit(p, ATC_QUECTEL_TCPIP_CMS_ERROR);
        p->pending = -1;
        p->prompt_len = NO_PROMPT;
        return 1;
    }
    return 0;
}

static void final(base_parser *p, int id)
{
    emit_empty(p, id);
    p->pending = -1;
    p->prompt_len = NO_PROMPT;
}

static void line(base_parser *p)
{
    char *s = p->line;
    int done = 0;
    s[p->len] = '\0';
    if (s[0] == 'A' && s[1] == 'T' && s[2] == '+')
        done = command(p, s + 3);
    else if (s[0] == '+')
        done = response(p, s);
    else if (!strcmp(s, "OK"))
        final(p, ATC_QUECTEL_TCPIP_OK), done = 1;
    else if (!strcmp(s, "ERROR"))
        final(p, ATC_QUECTEL_TCPIP_ERROR), done = 1;
    else if (!strcmp(s, "SEND OK"))
        final(p, ATC_QUECTEL_TCPIP_SEND_OK), done = 1;
    else if (!strcmp(s, "SEND FAIL"))
        final(p, ATC_QUECTEL_TCPIP_SEND_FAIL), done = 1;
    else if (!strcmp(s, "NO CARRIER"))
        final(p, ATC_QUECTEL_TCPIP_NO_CARRIER), done = 1;
    else if (!strcmp(s, "CONNECT"))
        emit_empty(p, ATC_QUECTEL_TCPIP_CONNECT), done = 1;
    if (!done)
        p->cb->on_unknown(p->user, p->line, p->len);
}

void base_feed(base_parser *p, const char *data, size_t len)
{
    const char *end = data + len;
    while (data < end) {
        if (p->mode == BM_PAYLOAD) {
            size_t n = (size_t)(end - data);
            if (p->skip_lf) {
                p->skip_lf = 0;
                if (*data == '\n') {
                    data++;
                    continue;
                }
            }
            if (n > p->left)
                n = p->left;
            p->cb->on_data(p->user, data, n);
            data += n;
            p->left -= n;
            if (p->left == 0) {
                p->mode = BM_LINES;
                p->cb->on_data_end(p->user, ATC_DIR_RX, ATC_DATA_COMPLETE);
            }
        } else if (p->mode == BM_PROMPT) {
            if (p->prompt_space) {
                p->prompt_space = 0;
                if (*data == ' ') {
                    data++;
                    continue;
                }
            }
            if (p->prompt_len >= 0) {
                size_t n = (size_t)(end - data);
                if (n > p->left)
                    n = p->left;
                if (n)
                    p->cb->on_data(p->user, data, n);
                data += n;
                p->left -= n;
                if (p->left == 0) {
                    p->mode = BM_LINES;
                    p->pending = -1;
                    p->prompt_len = NO_PROMPT;
                    p->cb->on_data_end(p->user, ATC_DIR_TX, ATC_DATA_COMPLETE);
                }
            } else {
                const char *q = data;
                while (q < end && *q != 0x1a && *q != 0x1b)
                    q++;
                if (q > data)
                    p->cb->on_data(p->user, data, (size_t)(q - data));
                data = q;
                if (q < end) {
                    int how = *q == 0x1a ? ATC_DATA_SUBMIT : ATC_DATA_CANCEL;
                    p->mode = BM_LINES;
                    p->pending = -1;
                    p->prompt_len = NO_PROMPT;
                    p->cb->on_data_end(p->user, ATC_DIR_TX, how);
                    data++;
                }
            }
        } else {
            char c = *data++;
            if (c == '\r' || c == '\n') {
                if (p->len) {
                    p->skip_lf = c == '\r';
                    if (!p->overflow)
                        line(p);
                    p->len = 0;
                    p->overflow = 0;
                }
            } else if (p->len == 0 && c == '>' && p->prompt_len != NO_PROMPT) {
                emit_empty(p, ATC_QUECTEL_TCPIP_PROMPT);
                p->mode = BM_PROMPT;
                p->prompt_space = 1;
                p->left = p->prompt_len > 0 ? (unsigned long)p->prompt_len : 0;
            } else if (p->len < BASE_MAX_LINE) {
                p->line[p->len++] = c;
            } else {
                p->overflow = 1;
            }
        }
    }
}

void base_finish(base_parser *p)
{
    if (p->mode == BM_LINES && p->len) {
        if (!p->overflow)
            line(p);
        p->len = 0;
    } else if (p->mode != BM_LINES) {
        p->cb->on_data_end(p->user, p->mode == BM_PAYLOAD ? ATC_DIR_RX : ATC_DIR_TX, ATC_DATA_TRUNCATED);
        p->mode = BM_LINES;
    }
    p->pending = -1;
    p->prompt_len = NO_PROMPT;
}
