/* SPDX-License-Identifier: MIT */
/* The command engine against the simulated module (tests/sim): every completion rule of every
 * profile, the stages' timeouts, error endings, the prompt flow with and without data echo, URCs
 * inside answers, a queue, cancels, restarts, and the same outcome for every chunking of the
 * module's bytes. Time is simulated: no test waits. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <string.h>

#include "andlink.h"
#include "basic.h"
#include "ica.h"
#include "onenet.h"
#include "quectel_tcpip.h"
#include "sim/atc_sim.h"
#include "usr_tcp232.h"

/* ---- the rig: an engine, the simulated module, and a trace of what the engine reported ---- */

#define RIG_CMDS 4

typedef struct rig {
    atc_engine e;
    atc_sim sim;
    atc_cmd *queue[4];
    char line[4096];
    atc_cmd cmd[RIG_CMDS];
    atc_parser decoder[RIG_CMDS]; /* the command structs, decoded from their text (strings point into it) */
    union {
        char bytes[1024];
        void *align;
    } msg[RIG_CMDS];
    char text[RIG_CMDS][4096];
    char trace[4096];
    int data_open;                /* the trace's last item is payload bytes */
    int dones;
    atc_done last;
    int write_fails;
} rig;

static void put(rig *r, const char *s)
{
    size_t n = strlen(r->trace);
    snprintf(r->trace + n, sizeof r->trace - n, "%s%s", n ? " " : "", s);
    r->data_open = 0;
}

static void put_event(rig *r, const char *what, const atc_event *ev)
{
    char item[128];
    const char *v = ev->desc ? atc_msg_variant(ev->profile, ev->id) : NULL;
    snprintf(item, sizeof item, "%s:%s%s%s", what, ev->desc ? atc_msg_name(ev->profile, ev->id) : "?",
             v ? "/" : "", v ? v : "");
    put(r, item);
}

static void put_data(rig *r, const char *what, const char *data, size_t len)
{
    size_t n = strlen(r->trace);
    if (!r->data_open) {
        snprintf(r->trace + n, sizeof r->trace - n, "%s%s:", n ? " " : "", what);
        n = strlen(r->trace);
    }
    if (n + len < sizeof r->trace) {
        memcpy(r->trace + n, data, len);
        r->trace[n + len] = '\0';
    }
    r->data_open = 1;
}

static int rig_write(atc_engine *e, const char *data, size_t len)
{
    rig *r = (rig *)e->user;
    if (r->write_fails)
        return -1;
    atc_sim_host(&r->sim, data, len);
    return 0;
}

static void rig_urc(atc_engine *e, const atc_event *ev)
{
    put_event((rig *)e->user, "urc", ev);
}

static void rig_data(atc_engine *e, const char *data, size_t len)
{
    put_data((rig *)e->user, "data", data, len);
}

static void cmd_event(atc_engine *e, atc_cmd *c, const atc_event *ev)
{
    (void)c;
    put_event((rig *)e->user, "ev", ev);
}

static void cmd_data(atc_engine *e, atc_cmd *c, const char *data, size_t len)
{
    (void)c;
    put_data((rig *)e->user, "cdata", data, len);
}

static const char *const outcome_names[] = {"OK", "URC", "ERROR", "TIMEOUT", "CANCELLED", "RESTARTED", "REFUSED"};
static const char *const stage_names[] = {"IDLE", "QUEUED", "PROMPT", "FINAL", "URC"};

static void cmd_done(atc_engine *e, atc_cmd *c, const atc_done *d)
{
    rig *r = (rig *)e->user;
    char item[160];
    int n = snprintf(item, sizeof item, "done:%s@%s", outcome_names[d->how], stage_names[d->stage]);
    (void)c;
    if (d->ev) {
        const char *v = atc_msg_variant(d->ev->profile, d->ev->id);
        n += snprintf(item + n, sizeof item - (size_t)n, ":%s%s%s", atc_msg_name(d->ev->profile, d->ev->id),
                      v ? "/" : "", v ? v : "");
    }
    if (d->code != -1)
        n += snprintf(item + n, sizeof item - (size_t)n, "#%ld", (long)d->code);
    if (d->text.len)
        snprintf(item + n, sizeof item - (size_t)n, "(%.*s)", (int)d->text.len, d->text.ptr);
    put(r, item);
    r->dones++;
    r->last = *d;
}

static const atc_engine_callbacks rig_cb = {rig_write, rig_urc, rig_data};

static void rig_init(rig *r, const atc_profile *prof, const char *script)
{
    atc_engine_config cfg;
    const atc_profile *profiles[1];
    memset(r, 0, sizeof *r);
    profiles[0] = prof;
    cfg.profiles = profiles;
    cfg.nprofiles = 1;
    cfg.cb = &rig_cb;
    cfg.queue = r->queue;
    cfg.queue_len = 4;
    cfg.line = r->line;
    cfg.line_len = sizeof r->line;
    cfg.user = r;
    cr_assert_eq(atc_engine_init(&r->e, &cfg), 0);
    atc_sim_init(&r->sim, prof, script);
}

static void decoded(atc_parser *p, const atc_event *ev)
{
    rig *r = (rig *)p->user;
    int i = (int)(p - r->decoder);
    cr_assert(ev->kind == ATC_KIND_COMMAND && ev->desc, "not a command: %.*s", (int)ev->raw.len, ev->raw.ptr);
    cr_assert(ev->desc->size <= sizeof r->msg[i].bytes);
    memcpy(r->msg[i].bytes, ev->msg, ev->desc->size);
    r->cmd[i].profile = ev->profile;
    r->cmd[i].id = ev->id;
}

static const atc_callbacks decoder_cb = {decoded, NULL, NULL};

/* Command slot i: the command `line` (as the host writes it, without its CR) and its payload. */
static atc_cmd *rig_cmd(rig *r, int i, const char *line, const char *data)
{
    atc_cmd *c = &r->cmd[i];
    snprintf(r->text[i], sizeof r->text[i], "%s\r", line);
    memset(c, 0, sizeof *c);
    c->id = ATC_NO_MSG;
    atc_init(&r->decoder[i], r->e.parser.profiles[0], &decoder_cb, r);
    atc_feed(&r->decoder[i], r->text[i], strlen(r->text[i]));
    cr_assert_neq(c->id, ATC_NO_MSG, "%s does not decode", line);
    c->profile = NULL;
    c->msg = r->msg[i].bytes;
    c->data = data;
    c->data_len = data ? strlen(data) : 0;
    c->on_event = cmd_event;
    c->on_data = cmd_data;
    c->on_done = cmd_done;
    return c;
}

static void rig_check_sim(rig *r)
{
    cr_assert_str_empty(r->sim.error, "simulated module: %s", r->sim.error);
}

/* ---- every completion rule of every profile, and the other ways a command ends ---- */

typedef struct scenario {
    const char *name;
    const atc_profile *profile;
    const char *setup;            /* a state to set first: "state index value" (or NULL) */
    const char *cmds[3];          /* the commands, queued at once */
    const char *data[3];          /* their payloads */
    const char *script;           /* the module */
    uint32_t run_ms;              /* how long to run */
    const char *trace;            /* what the engine must report */
} scenario;

#define Q &atc_quectel_tcpip_profile
#define ICA &atc_ica_profile
#define ONENET &atc_onenet_profile
#define ANDLINK &atc_andlink_profile
#define USR &atc_usr_tcp232_profile
#define BASIC &atc_basic_profile

static const scenario scenarios[] = {
    /* --- quectel_tcpip */
    {"QIACTEX completes with +QIACTEX of its context", Q, NULL, {"AT+QIACTEX=1"}, {NULL},
     "AT+QIACTEX=1\nOK\n@50 +QIACTEX: 2,0\n@50 +QIACTEX: 1,0\n", 1000,
     "urc:QIACTEX done:URC@URC:QIACTEX"},
    {"QIDEACTEX completes with +QIDEACTEX", Q, NULL, {"AT+QIDEACTEX=1"}, {NULL},
     "AT+QIDEACTEX=1\nOK\n@20 +QIDEACTEX: 1,0\n", 1000, "done:URC@URC:QIDEACTEX"},
    {"QIOPEN completes with +QIOPEN of its connectID", Q, NULL, {"AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,0"}, {NULL},
     "AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,0\nOK\n@100 +QIOPEN: 1,0\n@10 +QIOPEN: 0,0\n", 1000,
     "urc:QIOPEN done:URC@URC:QIOPEN"},
    {"QIOPEN in transparent mode completes with CONNECT", Q, NULL, {"AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,2"}, {NULL},
     "AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,2\n@10 CONNECT\n@10 raw hello\n", 1000,
     "done:OK@FINAL:CONNECT data:hello"},
    {"QICLOSE with close/mode 1 completes with +QIURC: \"closed\"", Q, "close_mode", {"AT+QICLOSE=0"}, {NULL},
     "AT+QICLOSE=0\nOK\n@30 +QIURC: \"closed\",1\n@30 +QIURC: \"closed\",0\n", 1000,
     "urc:QIURC/closed done:URC@URC:QIURC/closed"},
    {"QICLOSE with close/mode not known completes at its OK", Q, NULL, {"AT+QICLOSE=0"}, {NULL},
     "AT+QICLOSE=0\nOK\n@30 +QIURC: \"closed\",0\n", 1000, "done:OK@FINAL:OK urc:QIURC/closed"},
    {"QICLOSE after AT+QICFG=\"close/mode\",1", Q, NULL,
     {"AT+QICFG=\"close/mode\",1", "AT+QICLOSE=0"}, {NULL, NULL},
     "AT+QICFG=\"close/mode\",1\nOK\nAT+QICLOSE=0\nOK\n@30 +QIURC: \"closed\",0\n", 1000,
     "done:OK@FINAL:OK done:URC@URC:QIURC/closed"},
    {"QPING: the replies, then the summary", Q, NULL, {"AT+QPING=1,\"www.baidu.com\""}, {NULL},
     "AT+QPING=1,\"www.baidu.com\"\nOK\n@200 +QPING: 0,\"61.135.169.125\",32,192,255\n"
     "@200 +QPING: 0,\"61.135.169.125\",32,240,255\n@200 +QPING: 0,\"61.135.169.125\",32,241,255\n"
     "@200 +QPING: 0,\"61.135.169.125\",32,479,255\n@10 +QPING: 0,4,4,0,192,479,353\n", 2000,
     "ev:QPING ev:QPING ev:QPING ev:QPING done:URC@URC:QPING"},
    {"QPING: a summary that is an error code alone ends it after <pingnum> replies", Q, NULL,
     {"AT+QPING=1,\"x\",4,1"}, {NULL}, "AT+QPING=1,\"x\",4,1\nOK\n@100 +QPING: 569\n@100 +QPING: 561\n", 1000,
     "ev:QPING done:URC@URC:QPING"},
    {"QNTP completes with +QNTP", Q, NULL, {"AT+QNTP=1,\"202.112.10.36\",123"}, {NULL},
     "AT+QNTP=1,\"202.112.10.36\",123\nOK\n@500 +QNTP: 0,\"2019/09/09,01:32:42+32\"\n", 1000, "done:URC@URC:QNTP"},
    {"QIDNSGIP: the header, then <IP_count> address lines", Q, NULL, {"AT+QIDNSGIP=1,\"www.x.com\""}, {NULL},
     "AT+QIDNSGIP=1,\"www.x.com\"\nOK\n@100 +QIURC: \"dnsgip\",0,2,600\n+QIURC: \"dnsgip\",\"1.2.3.4\"\n"
     "+QIURC: \"dnsgip\",\"5.6.7.8\"\n", 1000,
     "ev:QIURC/dnsgip ev:QIURC/dnsgip done:URC@URC:QIURC/dnsgip"},
    {"QIDNSGIP: an error is the header alone", Q, NULL, {"AT+QIDNSGIP=1,\"adadsadsqwda\""}, {NULL},
     "AT+QIDNSGIP=1,\"adadsadsqwda\"\nOK\n@100 +QIURC: \"dnsgip\",565\n", 1000, "done:URC@URC:QIURC/dnsgip"},
    /* --- ica */
    {"IMQTTAUTH completes with +IMQTTAUTH:OK", ICA, NULL, {"AT+IMQTTAUTH=\"pk\",\"dn\",\"ds\""}, {NULL},
     "AT+IMQTTAUTH=\"pk\",\"dn\",\"ds\"\nOK\n@100 +IMQTTAUTH:FAIL\n", 1000, "done:URC@URC:IMQTTAUTH/FAIL"},
    {"IMQTTAUTH with AUTHMODE 0 completes at its OK", ICA, NULL,
     {"AT+IMQTTPARA=\"AUTHMODE\",0", "AT+IMQTTAUTH=\"pk\""}, {NULL, NULL},
     "AT+IMQTTPARA=\"AUTHMODE\",0\nOK\nAT+IMQTTAUTH=\"pk\"\nOK\n", 1000, "done:OK@FINAL:OK done:OK@FINAL:OK"},
    {"IMQTTPUB completes with the URC of the packet id its answer gave", ICA, NULL, {"AT+IMQTTPUB=\"/t\",1,\"hi\""},
     {NULL}, "AT+IMQTTPUB=\"/t\",1,\"hi\"\n+IMQTTPUB:24761\nOK\n@50 +IMQTTPUB:24760,0\n@50 +IMQTTPUB:24761,0\n", 1000,
     "ev:IMQTTPUB urc:IMQTTPUB done:URC@URC:IMQTTPUB"},
    {"IMQTTPUB: a fragment but the last completes at its OK", ICA, NULL, {"AT+IMQTTPUB=\"/t\",1,\"hi\",0,1"}, {NULL},
     "AT+IMQTTPUB=\"/t\",1,\"hi\",0,1\nOK\n", 1000, "done:OK@FINAL:OK"},
    {"IMQTTPUBIN: OK, the data, the packet id, the URC", ICA, NULL, {"AT+IMQTTPUBIN=\"/t\",1,5"}, {"\x11\"3\xaa\xba"},
     "AT+IMQTTPUBIN=\"/t\",1,5\nOK\n<< <0x11><0x22><0x33><0xAA><0xBA>\n+IMQTTPUBIN:24761\nOK\n@50 +IMQTTPUBIN:24761,0\n",
     1000, "ev:IMQTTPUBIN done:URC@URC:IMQTTPUBIN"},
    {"IMQTTPUBIN with <msg_len> 0: '>', the data up to +++", ICA, NULL, {"AT+IMQTTPUBIN=\"/t\",1,0"}, {"abc"},
     "AT+IMQTTPUBIN=\"/t\",1,0\n> abc+++\n+IMQTTPUBIN:7\nOK\n@50 +IMQTTPUBIN:7,0\n", 1000,
     "ev:IMQTTPUBIN done:URC@URC:IMQTTPUBIN"},
    {"IMQTTSUB completes with +IMQTTSUB:<packet_id>,<status>", ICA, NULL, {"AT+IMQTTSUB=\"/t\",2"}, {NULL},
     "AT+IMQTTSUB=\"/t\",2\n+IMQTTSUB:24761\nOK\n@50 +IMQTTSUB:24761,1\n", 1000, "ev:IMQTTSUB done:URC@URC:IMQTTSUB"},
    {"IMQTTUNSUB completes with +IMQTTUNSUB:<packet_id>,<status>", ICA, NULL, {"AT+IMQTTUNSUB=\"/t\""}, {NULL},
     "AT+IMQTTUNSUB=\"/t\"\n+IMQTTUNSUB:24761\nOK\n@50 +IMQTTUNSUB:24761,0\n", 1000,
     "ev:IMQTTUNSUB done:URC@URC:IMQTTUNSUB"},
    {"ICOAPAUTH completes with +ICOAPAUTH:OK", ICA, NULL, {"AT+ICOAPAUTH=\"pk\""}, {NULL},
     "AT+ICOAPAUTH=\"pk\"\nOK\n@50 +ICOAPAUTH:OK\n", 1000, "done:URC@URC:ICOAPAUTH/OK"},
    {"ICOAPSENDREQ completes with the URC of its token", ICA, NULL, {"AT+ICOAPSENDREQ=2,\"/l\",\"x\""}, {NULL},
     "AT+ICOAPSENDREQ=2,\"/l\",\"x\"\n+ICOAPSENDREQ:24761\nOK\n@50 +ICOAPSENDREQ:24761,0\n", 1000,
     "ev:ICOAPSENDREQ done:URC@URC:ICOAPSENDREQ"},
    {"ICOAPSENDBIN completes with the URC of its token", ICA, NULL, {"AT+ICOAPSENDBIN=2,\"/l\",2"}, {"ab"},
     "AT+ICOAPSENDBIN=2,\"/l\",2\nOK\n<< ab\n+ICOAPSENDBIN:9\nOK\n@50 +ICOAPSENDBIN:9,0\n", 1000,
     "ev:ICOAPSENDBIN done:URC@URC:ICOAPSENDBIN"},
    {"IHTTPAUTH completes with +IHTTPAUTH:OK", ICA, NULL, {"AT+IHTTPAUTH=\"pk\""}, {NULL},
     "AT+IHTTPAUTH=\"pk\"\nOK\n@50 +IHTTPAUTH:OK\n", 1000, "done:URC@URC:IHTTPAUTH/OK"},
    {"IHTTPSEND completes with +IHTTPSEND", ICA, NULL, {"AT+IHTTPSEND=2,\"/l\",\"x\""}, {NULL},
     "AT+IHTTPSEND=2,\"/l\",\"x\"\nOK\n@500 +IHTTPSEND:0,15,\"{\\\"status\\\":\\\"on\\\"}\"\n", 1000,
     "done:URC@URC:IHTTPSEND"},
    {"IHTTPSENDREQ completes with the response of its token", ICA, NULL, {"AT+IHTTPSENDREQ=2,\"/l\",\"x\""}, {NULL},
     "AT+IHTTPSENDREQ=2,\"/l\",\"x\"\n+IHTTPSENDREQ:24761\nOK\n@50 +IHTTPRCVRSP:24761,0,\"/l\",2,\"ok\"\nOK\n", 1000,
     "ev:IHTTPSENDREQ done:URC@URC:IHTTPRCVRSP urc:OK"},
    {"IHTTPSENDBIN completes with the binary response of its token", ICA, NULL, {"AT+IHTTPSENDBIN=2,\"/l\",2"}, {"ab"},
     "AT+IHTTPSENDBIN=2,\"/l\",2\nOK\n<< ab\n+IHTTPSENDBIN:5\nOK\n@50 +IHTTPRCVBIN:5,0,\"/l\",3\nOK\nraw xyz\n", 1000,
     "ev:IHTTPSENDBIN done:URC@URC:IHTTPRCVBIN urc:OK data:xyz"},
    /* --- onenet */
    {"MIPLOPEN: bootstrap, connection, then registered", ONENET, NULL, {"AT+MIPLOPEN=0,600,60"}, {NULL},
     "AT+MIPLOPEN=0,600,60\nOK\n@100 +MIPLEVENT: 0,1\n@100 +MIPLEVENT: 0,2\n@100 +MIPLEVENT: 0,4\n@100 +MIPLEVENT: 0,6\n",
     1000, "ev:MIPLEVENT ev:MIPLEVENT ev:MIPLEVENT done:URC@URC:MIPLEVENT"},
    {"MIPLOPEN: the bootstrap failed", ONENET, NULL, {"AT+MIPLOPEN=0,600"}, {NULL},
     "AT+MIPLOPEN=0,600\nOK\n@100 +MIPLEVENT: 0,1\n@100 +MIPLEVENT: 0,3\n", 1000, "ev:MIPLEVENT done:URC@URC:MIPLEVENT"},
    {"MIPLCLOSE completes with +MIPLEVENT: <ref>,15", ONENET, NULL, {"AT+MIPLCLOSE=0"}, {NULL},
     "AT+MIPLCLOSE=0\nOK\n@100 +MIPLEVENT: 1,15\n@100 +MIPLEVENT: 0,15\n", 1000, "urc:MIPLEVENT done:URC@URC:MIPLEVENT"},
    {"MIPLUPDATE completes with +MIPLEVENT: <ref>,11", ONENET, NULL, {"AT+MIPLUPDATE=0,86400,0"}, {NULL},
     "AT+MIPLUPDATE=0,86400,0\nOK\n@100 +MIPLEVENT: 0,11\n", 1000, "done:URC@URC:MIPLEVENT"},
    {"MIPLNOTIFY as CON completes with +MIPLEVENT: <ref>,26,<ackId>", ONENET, NULL,
     {"AT+MIPLNOTIFY=0,307353,3303,0,5701,1,3,\"Cel\",0,0,255"}, {NULL},
     "AT+MIPLNOTIFY=0,307353,3303,0,5701,1,3,\"Cel\",0,0,255\nOK\n@100 +MIPLEVENT: 0,26,254\n@100 +MIPLEVENT: 0,26,255\n",
     1000, "urc:MIPLEVENT done:URC@URC:MIPLEVENT"},
    {"MIPLNOTIFY: not the last message, and NON, complete at their OK", ONENET, NULL,
     {"AT+MIPLNOTIFY=0,487674,3303,0,5700,4,4,170.1,3,0,258", "AT+MIPLNOTIFY=0,1,3303,0,5700,4,4,1.5,0,0"}, {NULL, NULL},
     "AT+MIPLNOTIFY=0,487674,3303,0,5700,4,4,170.1,3,0,258\nOK\nAT+MIPLNOTIFY=0,1,3303,0,5700,4,4,1.5,0,0\nOK\n", 1000,
     "done:OK@FINAL:OK done:OK@FINAL:OK"},
    /* --- andlink */
    {"QLASREGIND completes with the +QLAEVTIND of its type", ANDLINK, NULL, {"AT+QLASREGIND=0"}, {NULL},
     "AT+QLASREGIND=0\nOK\n@100 +QLAEVTIND: 4\n@100 +QLAEVTIND: 0\n", 1000, "urc:QLAEVTIND done:URC@URC:QLAEVTIND"},
    {"QLASENDDATA as CON: '>', the data, OK, then +QLADATASTATUS", ANDLINK, NULL, {"AT+QLASENDDATA=0X0100,4"}, {"abcd"},
     "AT+QLASENDDATA=0X0100,4\n> abcd\nOK\n@100 +QLADATASTATUS: 1\n@100 +QLADATASTATUS: 4\n", 1000,
     "ev:QLADATASTATUS done:URC@URC:QLADATASTATUS"},
    {"QLASENDDATA as NON completes at its OK", ANDLINK, NULL, {"AT+QLASENDDATA=0X0000,2,ab"}, {NULL},
     "AT+QLASENDDATA=0X0000,2,ab\nOK\n", 1000, "done:OK@FINAL:OK"},
    {"a restart ends the command in flight; the next waits for the banner's OK", ANDLINK, NULL,
     {"AT+QLASREGIND=0", "AT+QLASTATUS?"}, {NULL, NULL},
     "AT+QLASREGIND=0\nOK\n@100 REBOOT_CAUSE_SECURITY_WATCHDOG\nNeul\n@50 OK\nAT+QLASTATUS?\n+QLASTATUS: REGISTERED\nOK\n",
     1000, "done:RESTARTED@URC:REBOOT_CAUSE_SECURITY_WATCHDOG urc:REBOOT_CAUSE_SECURITY_WATCHDOG urc:NEUL ev:QLASTATUS "
           "done:OK@FINAL:OK"},
    /* --- basic and usr_tcp232: final results only */
    {"basic: CONNECT ends ATO", BASIC, NULL, {"ATO"}, {NULL}, "ATO\nCONNECT\n", 100, "done:OK@FINAL:CONNECT"},
    {"usr_tcp232: +OK=<values> is the answer and the final result", USR, NULL, {"AT+E?"}, {NULL},
     "AT+E?\n+OK=ON\n", 100, "done:OK@FINAL:E"},
    {"usr_tcp232: +ERR4", USR, NULL, {"AT+E=ON"}, {NULL}, "AT+E=ON\n+ERR4\n", 100, "done:ERROR@FINAL:ERR#4"},
    /* --- errors */
    {"+CME ERROR ends it with the code", Q, NULL, {"AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,0"}, {NULL},
     "AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,0\n+CME ERROR: 552\n", 1000, "done:ERROR@FINAL:CME_ERROR#552"},
    {"+CME ERROR as text (AT+CMEE=2): the code and the text", Q, NULL, {"AT+QIACT=1"}, {NULL},
     "AT+QIACT=1\n@10 +CME ERROR: Invalid parameters\n", 1000, "done:ERROR@FINAL:CME_ERROR#552(Invalid parameters)"},
    {"+CMS ERROR ends it with the code", Q, NULL, {"AT+QIACT=1"}, {NULL}, "AT+QIACT=1\n+CMS ERROR: 500\n", 1000,
     "done:ERROR@FINAL:CMS_ERROR#500"},
    {"ERROR of a command that awaits a URC ends it", Q, NULL, {"AT+QIACTEX=1"}, {NULL}, "AT+QIACTEX=1\nERROR\n", 1000,
     "done:ERROR@FINAL:ERROR"},
    {"SEND FAIL", Q, NULL, {"AT+QISEND=0,4"}, {"test"}, "AT+QISEND=0,4\n> test\nSEND FAIL\n", 1000,
     "done:ERROR@FINAL:SEND_FAIL"},
    /* --- answers, URCs among them, payloads */
    {"a URC between the lines of a multi-line answer", Q, NULL, {"AT+QIACT?"}, {NULL},
     "AT+QIACT?\n+QIACT: 1,1,1,\"10.7.157.1\"\n+QIURC: \"pdpdeact\",2\n+QIACT: 3,1,1,\"10.7.157.3\"\nOK\n", 1000,
     "ev:QIACT urc:QIURC/pdpdeact ev:QIACT done:OK@FINAL:OK"},
    {"the completion URC before the OK: reported at once, the OK passes", Q, NULL,
     {"AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,0", "AT+QISTATE?"}, {NULL, NULL},
     "AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,0\n+QIOPEN: 0,0\n@100 OK\nAT+QISTATE?\nOK\n", 1000,
     "done:URC@FINAL:QIOPEN done:OK@FINAL:OK"},
    {"an answer's payload goes to the command", Q, NULL, {"AT+QIRD=0,1500"}, {NULL},
     "AT+QIRD=0,1500\n+QIRD: 14\nraw test1<CR><LF>more\n@5 raw abc\nOK\n", 1000, "ev:QIRD cdata:test1\r\nmoreabc done:OK@FINAL:OK"},
    {"prompt, fixed length, no data echo", Q, NULL, {"AT+QISEND=0,4"}, {"test"}, "AT+QISEND=0,4\n@20 > test\n@20 SEND OK\n",
     1000, "done:OK@FINAL:SEND_OK"},
    {"prompt, variable length: the payload then Ctrl+Z", Q, NULL, {"AT+QISEND=0"}, {"test1"},
     "AT+QISEND=0\n> test1<ctrl+Z>\nSEND OK\n", 1000, "done:OK@FINAL:SEND_OK"},
    {"prompt with data echo (AT+QISDE=1): the echo is not data", Q, "echo_data", {"AT+QISDE=1", "AT+QISEND=0,5"},
     {NULL, "hello"}, "AT+QISDE=1\nOK\nAT+QISEND=0,5\n> hello\nSEND OK\n", 1000, "done:OK@FINAL:OK done:OK@FINAL:SEND_OK"},
    {"a queue of three commands, in order", Q, NULL, {"AT+QIACT=1", "AT+QIACT?", "AT+QIDEACT=1"}, {NULL, NULL, NULL},
     "AT+QIACT=1\n@300 OK\nAT+QIACT?\n+QIACT: 1,1,1,\"10.7.157.1\"\nOK\nAT+QIDEACT=1\n@40 OK\n", 1000,
     "done:OK@FINAL:OK ev:QIACT done:OK@FINAL:OK done:OK@FINAL:OK"},
    {"+QIURC \"recv\" in direct push mode: its payload goes to the URC callback", Q, "push", {"AT+QIACT?"}, {NULL},
     "+QIURC: \"recv\",0,4\nraw test\nAT+QIACT?\nOK\n", 1000, "urc:QIURC/recv data:test done:OK@FINAL:OK"},
};

#define NSCENARIOS (sizeof scenarios / sizeof scenarios[0])

static void rig_setup(rig *r, const scenario *sc)
{
    if (!sc->setup)
        return;
    if (strcmp(sc->setup, "close_mode") == 0)
        atc_set_state(&r->e.parser, sc->profile, ATC_QUECTEL_TCPIP_STATE_CLOSE_MODE, 0,
                      ATC_QUECTEL_TCPIP_CLOSE_MODE_ENABLED);
    else if (strcmp(sc->setup, "echo_data") == 0)
        r->sim.echo_data = 1;
    else if (strcmp(sc->setup, "push") == 0)
        atc_set_state(&r->e.parser, sc->profile, ATC_QUECTEL_TCPIP_STATE_ACCESS_MODE, 0,
                      ATC_QUECTEL_TCPIP_ACCESS_MODE_DIRECT_PUSH);
}

/* Run scenario sc with the module's bytes in pieces of `chunk` (0: as each line is written). */
static void run_scenario(rig *r, const scenario *sc, size_t chunk, int echo_commands)
{
    int i;
    rig_init(r, sc->profile, sc->script);
    r->sim.chunk = chunk;
    r->sim.echo_commands = echo_commands;
    rig_setup(r, sc);
    for (i = 0; i < 3 && sc->cmds[i]; i++)
        cr_assert_eq(atc_engine_submit(&r->e, rig_cmd(r, i, sc->cmds[i], sc->data[i])), 0);
    atc_sim_run(&r->sim, &r->e, sc->run_ms);
    rig_check_sim(r);
    cr_assert(atc_sim_finished(&r->sim), "%s: the script was not played to its end", sc->name);
}

ParameterizedTestParameters(engine, scenario)
{
    static size_t idx[NSCENARIOS];
    size_t i;
    for (i = 0; i < NSCENARIOS; i++)
        idx[i] = i;
    return cr_make_param_array(size_t, idx, NSCENARIOS);
}

/* Each scenario: its trace, the same for every chunking of the module's bytes and with the
 * module echoing commands or not. */
ParameterizedTest(size_t *i, engine, scenario)
{
    static const size_t chunks[] = {0, 1, 2, 3, 5, 7, 13, 64};
    static rig r;
    const scenario *sc = &scenarios[*i];
    size_t c;
    int echo;
    for (echo = 0; echo < 2; echo++)
        for (c = 0; c < sizeof chunks / sizeof chunks[0]; c++) {
            run_scenario(&r, sc, chunks[c], echo);
            cr_assert_str_eq(r.trace, sc->trace, "%s (pieces of %zu, echo %d): %s", sc->name, chunks[c], echo, r.trace);
        }
}

/* Every completion rule of every profile has a scenario above that ends with its URC. */
Test(engine, every_completion_rule_has_a_scenario)
{
    static const atc_profile *const profiles[] = {Q, ICA, ONENET, ANDLINK, USR, BASIC};
    static rig r;
    size_t p, i, k;
    int missing = 0;
    for (p = 0; p < sizeof profiles / sizeof profiles[0]; p++)
        for (i = 0; i < profiles[p]->ncompletions; i++) {
            uint16_t cmd = profiles[p]->completions[i].cmd;
            int found = 0;
            for (k = 0; k < NSCENARIOS && !found; k++) {
                const scenario *sc = &scenarios[k];
                int c;
                if (sc->profile != profiles[p] || !strstr(sc->trace, "done:URC"))
                    continue;
                rig_init(&r, sc->profile, "");
                for (c = 0; c < 3 && sc->cmds[c] && !found; c++)
                    found = rig_cmd(&r, c, sc->cmds[c], NULL)->id == cmd;
            }
            if (!found) {
                missing++;
                cr_log_error("%s: no scenario completes %s with its URC", profiles[p]->name,
                             atc_msg_syntax(profiles[p], cmd));
            }
        }
    cr_assert_eq(missing, 0, "%d completion rules have no scenario", missing);
}

/* ---- the stages' times ---- */

static rig tr;

/* Run `ms`, then say whether the command has ended. */
static int ended_after(rig *r, uint32_t ms)
{
    atc_sim_run(&r->sim, &r->e, ms);
    return r->dones;
}

Test(engine, a_final_result_that_does_not_come_times_out_at_the_documents_time)
{
    /* AT+QIACT: 150 s (document line 364) */
    rig_init(&tr, Q, "AT+QIACT=1\n");
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QIACT=1", NULL));
    cr_assert_eq(ended_after(&tr, 149999), 0, "not before 150 s");
    cr_assert_eq(ended_after(&tr, 3), 1);
    cr_assert_str_eq(tr.trace, "done:TIMEOUT@FINAL");
    cr_assert_neq(tr.e.parser.pending, ATC_NO_MSG, "a late final result is still its");
    atc_sim_run(&tr.sim, &tr.e, atc_quectel_tcpip_profile.final_ms + 2);
    cr_assert_eq(tr.e.parser.pending, ATC_NO_MSG, "the parser no longer takes lines for its answer");
}

Test(engine, a_late_final_result_after_a_timeout_does_not_end_the_next_command)
{
    /* AT+QIGETERROR: 300 ms (document line 745); its OK comes after 400 ms, while AT+QIDEACT
     * waits in the queue; the OK of AT+QIDEACT is its own */
    rig_init(&tr, Q, "AT+QIGETERROR\n@400 +QIGETERROR: 0,operation successful\nOK\nAT+QIDEACT=1\n@50 OK\n");
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QIGETERROR", NULL));
    atc_engine_submit(&tr.e, rig_cmd(&tr, 1, "AT+QIDEACT=1", NULL));
    atc_sim_run(&tr.sim, &tr.e, 2000);
    cr_assert_str_eq(tr.trace, "done:TIMEOUT@FINAL done:OK@FINAL:OK");
    cr_assert(atc_sim_finished(&tr.sim), "the whole script ran");
}

Test(engine, a_prompt_that_does_not_come_times_out_at_the_profiles_time)
{
    rig_init(&tr, Q, "AT+QISEND=0,4\n");
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QISEND=0,4", "test"));
    cr_assert_eq(ended_after(&tr, atc_quectel_tcpip_profile.prompt_ms - 1), 0);
    cr_assert_eq(ended_after(&tr, 3), 1);
    cr_assert_str_eq(tr.trace, "done:TIMEOUT@PROMPT");
}

Test(engine, a_completion_urc_that_does_not_come_times_out_and_a_late_one_is_a_plain_urc)
{
    rig_init(&tr, Q, "AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,0\nOK\n@200000 +QIOPEN: 0,0\n");
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,0", NULL));
    cr_assert_eq(ended_after(&tr, 150000), 0, "150 s (document line 443)");
    cr_assert_eq(ended_after(&tr, 3), 1);
    cr_assert_str_eq(tr.trace, "done:TIMEOUT@URC");
    cr_assert_eq(atc_awaiting(&tr.e.parser), 0, "its await was dropped");
    atc_sim_run(&tr.sim, &tr.e, 60000);
    cr_assert_str_eq(tr.trace, "done:TIMEOUT@URC urc:QIOPEN");
}

Test(engine, a_stage_time_given_by_a_field_of_the_command)
{
    /* AT+QICLOSE=<connectID>,<timeout>: <timeout> seconds (document line 485) */
    rig_init(&tr, Q, "AT+QICLOSE=0,2\nOK\n");
    atc_set_state(&tr.e.parser, Q, ATC_QUECTEL_TCPIP_STATE_CLOSE_MODE, 0, ATC_QUECTEL_TCPIP_CLOSE_MODE_ENABLED);
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QICLOSE=0,2", NULL));
    cr_assert_eq(ended_after(&tr, 1990), 0);
    cr_assert_eq(ended_after(&tr, 20), 1);
    cr_assert_str_eq(tr.trace, "done:TIMEOUT@URC");
}

Test(engine, each_progress_line_restarts_the_wait)
{
    /* AT+QPING with <timeout> 1: each reply within 1 s of the one before (document line 643) */
    rig_init(&tr, Q, "AT+QPING=1,\"h\",1,2\nOK\n@900 +QPING: 0,\"1.2.3.4\",32,5,255\n@900 +QPING: 0,\"1.2.3.4\",32,5,255\n"
                     "@900 +QPING: 0,2,2,0,5,5,5\n");
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QPING=1,\"h\",1,2", NULL));
    atc_sim_run(&tr.sim, &tr.e, 5000);
    cr_assert_str_eq(tr.trace, "ev:QPING ev:QPING done:URC@URC:QPING");
    rig_init(&tr, Q, "AT+QPING=1,\"h\",1,2\nOK\n@900 +QPING: 0,\"1.2.3.4\",32,5,255\n@1100 +QPING: 0,\"1.2.3.4\",32,5,255\n");
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QPING=1,\"h\",1,2", NULL));
    atc_sim_run(&tr.sim, &tr.e, 5000);
    cr_assert_str_eq(tr.trace, "ev:QPING done:TIMEOUT@URC urc:QPING");
}

Test(engine, the_callers_time_for_a_command_replaces_the_specs)
{
    atc_cmd *c;
    rig_init(&tr, Q, "AT+QIACT=1\n");
    c = rig_cmd(&tr, 0, "AT+QIACT=1", NULL);
    c->timeout_ms = 500;
    atc_engine_submit(&tr.e, c);
    cr_assert_eq(ended_after(&tr, 499), 0);
    cr_assert_eq(ended_after(&tr, 3), 1);
    cr_assert_str_eq(tr.trace, "done:TIMEOUT@FINAL");
}

Test(engine, timeouts_are_right_across_the_wrap_of_the_clock)
{
    rig_init(&tr, Q, "AT+QIDEACT=1\n");
    tr.sim.now = 0xFFFFFFFFu - 10000u;
    atc_engine_tick(&tr.e, tr.sim.now);
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QIDEACT=1", NULL));
    cr_assert_eq(ended_after(&tr, 39999), 0, "40 s (document line 384), the clock wrapping after 10 s");
    cr_assert_eq(ended_after(&tr, 3), 1);
    cr_assert_str_eq(tr.trace, "done:TIMEOUT@FINAL");
}

/* ---- the queue, cancels, refusals ---- */

Test(engine, the_queue_holds_what_the_caller_gave_it_room_for)
{
    int i;
    rig_init(&tr, Q, "");
    for (i = 0; i < RIG_CMDS; i++)
        cr_assert_eq(atc_engine_submit(&tr.e, rig_cmd(&tr, i, "AT+QIACT?", NULL)), 0);
    cr_assert_eq(tr.sim.commands, 0, "(the script waits for nothing)");
    cr_assert_eq(atc_engine_submit(&tr.e, &tr.cmd[0]), -1, "one in flight is not queued again");
    cr_assert(atc_engine_busy(&tr.e));
    {
        /* one in flight and 3 queued: room for one more */
        static atc_cmd extra[2];
        extra[0] = tr.cmd[1];
        extra[0].stage = ATC_STAGE_IDLE;
        extra[1] = extra[0];
        cr_assert_eq(atc_engine_submit(&tr.e, &extra[0]), 0);
        cr_assert_eq(atc_engine_submit(&tr.e, &extra[1]), -1, "the queue is full");
    }
}

Test(engine, only_command_forms_are_submitted)
{
    atc_cmd c;
    rig_init(&tr, Q, "");
    memset(&c, 0, sizeof c);
    c.id = ATC_QUECTEL_TCPIP_OK;
    cr_assert_eq(atc_engine_submit(&tr.e, &c), -1);
    c.id = ATC_QUECTEL_TCPIP__COUNT;
    cr_assert_eq(atc_engine_submit(&tr.e, &c), -1);
    c.id = ATC_QUECTEL_TCPIP_AT_QIACT_READ;
    c.profile = &atc_ica_profile;
    cr_assert_eq(atc_engine_submit(&tr.e, &c), -1, "a profile the engine does not decode");
}

Test(engine, a_queued_command_is_cancelled_and_the_others_go_on)
{
    rig_init(&tr, Q, "AT+QIACT=1\n@10 OK\nAT+QIDEACT=1\n@10 OK\n");
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QIACT=1", NULL));
    atc_engine_submit(&tr.e, rig_cmd(&tr, 1, "AT+QIACT?", NULL));
    atc_engine_submit(&tr.e, rig_cmd(&tr, 2, "AT+QIDEACT=1", NULL));
    cr_assert_eq(atc_engine_cancel(&tr.e, &tr.cmd[1]), 0);
    cr_assert_eq(atc_engine_cancel(&tr.e, &tr.cmd[1]), -1, "cancelled already");
    atc_sim_run(&tr.sim, &tr.e, 1000);
    rig_check_sim(&tr);
    cr_assert_str_eq(tr.trace, "done:CANCELLED@QUEUED done:OK@FINAL:OK done:OK@FINAL:OK");
}

Test(engine, a_cancelled_command_in_flight_keeps_the_line_until_its_final_result)
{
    /* the late OK of AT+QIACT is not taken for AT+QIDEACT's */
    rig_init(&tr, Q, "AT+QIACT=1\n@500 OK\nAT+QIDEACT=1\n@10 ERROR\n");
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QIACT=1", NULL));
    atc_engine_submit(&tr.e, rig_cmd(&tr, 1, "AT+QIDEACT=1", NULL));
    atc_sim_run(&tr.sim, &tr.e, 100);
    cr_assert_eq(atc_engine_cancel(&tr.e, &tr.cmd[0]), 0);
    cr_assert_str_eq(tr.trace, "done:CANCELLED@FINAL");
    atc_sim_run(&tr.sim, &tr.e, 300);
    cr_assert_eq(tr.sim.commands, 1, "AT+QIDEACT waits");
    atc_sim_run(&tr.sim, &tr.e, 1000);
    rig_check_sim(&tr);
    cr_assert_str_eq(tr.trace, "done:CANCELLED@FINAL done:ERROR@FINAL:ERROR");
}

Test(engine, a_cancelled_prompt_gets_the_cancel_byte)
{
    rig_init(&tr, Q, "AT+QISEND=0\n@100 > <esc>\nERROR\n");
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QISEND=0", "never"));
    atc_sim_run(&tr.sim, &tr.e, 10);
    atc_engine_cancel(&tr.e, &tr.cmd[0]);
    atc_sim_run(&tr.sim, &tr.e, 1000);
    rig_check_sim(&tr);
    cr_assert(atc_sim_finished(&tr.sim));
    cr_assert_str_eq(tr.trace, "done:CANCELLED@PROMPT");
}

Test(engine, a_command_that_does_not_fit_the_engines_room_is_refused)
{
    atc_engine_config cfg;
    const atc_profile *profiles[1] = {Q};
    rig_init(&tr, Q, "");
    cfg.profiles = profiles;
    cfg.nprofiles = 1;
    cfg.cb = &rig_cb;
    cfg.queue = tr.queue;
    cfg.queue_len = 4;
    cfg.line = tr.line;
    cfg.line_len = 8;
    cfg.user = &tr;
    atc_engine_init(&tr.e, &cfg);
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QIACT=1", NULL));
    cr_assert_str_eq(tr.trace, "done:REFUSED@FINAL#10");
    cr_assert_eq(tr.last.code, ATC_ERR_NO_SPACE);
    cr_assert_eq(tr.sim.commands, 0);
    tr.write_fails = 1;
    cfg.line_len = sizeof tr.line;
    atc_engine_init(&tr.e, &cfg);
    tr.trace[0] = '\0';
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QIACT=1", NULL));
    cr_assert_str_eq(tr.trace, "done:REFUSED@FINAL");
    cr_assert(!atc_engine_busy(&tr.e));
}

Test(engine, a_command_submitted_from_a_callback_goes_after_the_line_that_ended_the_last)
{
    /* on +QIURC: "recv" the firmware asks for the data: AT+QIRD goes out after the URC */
    rig_init(&tr, Q, "@10 +QIURC: \"recv\",0\nAT+QIRD=0,1500\n+QIRD: 4\nraw abcd\nOK\n");
    atc_sim_run(&tr.sim, &tr.e, 20);
    cr_assert_str_eq(tr.trace, "urc:QIURC/recv");
    atc_engine_submit(&tr.e, rig_cmd(&tr, 0, "AT+QIRD=0,1500", NULL));
    atc_sim_run(&tr.sim, &tr.e, 100);
    rig_check_sim(&tr);
    cr_assert_str_eq(tr.trace, "urc:QIURC/recv ev:QIRD cdata:abcd done:OK@FINAL:OK");
}

/* ---- the parser's side: which line completes what, in a capture ---- */

typedef struct marks {
    int n;
    uint16_t id[32], command[32];
    uint8_t completes[32];
    atc_err warning[32];
} marks;

static void mark(atc_parser *p, const atc_event *ev)
{
    marks *m = (marks *)p->user;
    if (m->n < 32) {
        m->id[m->n] = ev->id;
        m->command[m->n] = ev->command;
        m->completes[m->n] = ev->completes;
        m->warning[m->n] = ev->warning;
        m->n++;
    }
}

static const atc_callbacks mark_cb = {mark, NULL, NULL};

Test(parser_completion, several_commands_await_their_urcs_and_a_full_table_says_so)
{
    static atc_parser p;
    marks m;
    int i;
    char line[128];
    memset(&m, 0, sizeof m);
    atc_init(&p, Q, &mark_cb, &m);
    /* ATC_MAX_AWAIT + 1 sockets opened before any +QIOPEN came */
    for (i = 0; i <= ATC_MAX_AWAIT; i++) {
        snprintf(line, sizeof line, "AT+QIOPEN=1,%d,\"TCP\",\"1.2.3.4\",80\r\r\nOK\r\n", i);
        atc_feed(&p, line, strlen(line));
    }
    cr_assert_eq(atc_awaiting(&p), ATC_MAX_AWAIT);
    for (i = 0; i < ATC_MAX_AWAIT; i++) {
        cr_assert_eq(m.completes[2 * i + 1], 0, "OK only accepts AT+QIOPEN");
        cr_assert_eq(m.warning[2 * i + 1], ATC_OK);
    }
    cr_assert_eq(m.warning[2 * ATC_MAX_AWAIT + 1], ATC_ERR_AWAIT_FULL, "the one more is not awaited, and says so");
    /* the URCs, in another order */
    for (i = ATC_MAX_AWAIT; i >= 0; i--) {
        snprintf(line, sizeof line, "+QIOPEN: %d,0\r\n", i);
        atc_feed(&p, line, strlen(line));
    }
    cr_assert_eq(m.completes[2 * ATC_MAX_AWAIT + 2], 0, "the URC of the one not awaited completes nothing");
    cr_assert_eq(m.command[2 * ATC_MAX_AWAIT + 2], ATC_NO_MSG);
    for (i = 1; i <= ATC_MAX_AWAIT; i++) {
        cr_assert_eq(m.completes[2 * ATC_MAX_AWAIT + 2 + i], 1);
        cr_assert_eq(m.command[2 * ATC_MAX_AWAIT + 2 + i], ATC_QUECTEL_TCPIP_AT_QIOPEN_SET);
    }
    cr_assert_eq(atc_awaiting(&p), 0);
}

Test(parser_completion, a_command_given_again_replaces_its_await)
{
    static atc_parser p;
    marks m;
    const char *s = "AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80\r\r\nOK\r\nAT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80\r\r\nOK\r\n";
    memset(&m, 0, sizeof m);
    atc_init(&p, Q, &mark_cb, &m);
    atc_feed(&p, s, strlen(s));
    cr_assert_eq(atc_awaiting(&p), 1, "the first never got its URC");
    cr_assert_eq(atc_drop_await(&p, Q, ATC_QUECTEL_TCPIP_AT_QIOPEN_SET), 1);
    cr_assert_eq(atc_awaiting(&p), 0);
}

Test(parser_completion, a_restart_forgets_what_was_awaited)
{
    static atc_parser p;
    marks m;
    const char *s = "AT+QLASREGIND=0\r\r\nOK\r\n\r\nNeul\r\n\r\nOK\r\n+QLAEVTIND:0\r\n";
    memset(&m, 0, sizeof m);
    atc_init(&p, ANDLINK, &mark_cb, &m);
    atc_feed(&p, s, strlen(s));
    cr_assert_eq(m.n, 5);
    cr_assert_eq(m.id[2], ATC_ANDLINK_NEUL);
    cr_assert_eq(m.completes[3], 0, "the banner's OK");
    cr_assert_eq(m.completes[4], 0, "the module forgot the registration it was asked for");
}

/* ---- the documents' examples, replayed through the engine against the simulated module ---- */

#include <dirent.h>
#include <stdlib.h>

#include "atc_json.h"

typedef struct replay_item {
    char kind[16], name[40], dir[4], end[16], completes[40];
    atcj_buf data, line;  /* the payload; the line as a transcript writes it */
    int has_data;
} replay_item;

static const char *value_of(const atcj_value *v, int n, const char *key)
{
    int i;
    for (i = 0; i < n; i++)
        if (strcmp(v[i].key, key) == 0 && v[i].is_str == 1)
            return v[i].str.ptr ? v[i].str.ptr : "";
    return NULL;
}

static void copy_to(char *dst, size_t cap, const char *s)
{
    snprintf(dst, cap, "%s", s ? s : "");
}

/* bytes in the simulated module's notation: <0xNN> for all but printable ASCII (and for '<') */
static void put_notated(atcj_buf *b, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '<') {
            atcj_buf_put(b, s + i, 1);
        } else {
            char hex[8];
            snprintf(hex, sizeof hex, "<0x%02X>", c);
            atcj_buf_puts(b, hex);
        }
    }
}

typedef struct replay_log {
    int n;
    char name[64][40];
} replay_log;

static replay_log got;

static void replay_put(const atc_event *ev, int final_alone)
{
    /* the names of the lines the engine reports: answers, URCs, what ended each command; a result
     * that belongs to no command (a report's own OK) is the module's, not the example's point */
    if (!ev || !ev->desc || final_alone || got.n == 64)
        return;
    copy_to(got.name[got.n++], sizeof got.name[0], atc_msg_name(ev->profile, ev->id));
}

static void replay_event(atc_engine *e, atc_cmd *c, const atc_event *ev)
{
    (void)e;
    (void)c;
    replay_put(ev, 0);
}

static void replay_urc(atc_engine *e, const atc_event *ev)
{
    (void)e;
    replay_put(ev, ev->kind == ATC_KIND_FINAL && ev->command == ATC_NO_MSG);
}

static int replay_dones;

static void replay_done(atc_engine *e, atc_cmd *c, const atc_done *d)
{
    (void)e;
    (void)c;
    replay_dones++;
    replay_put(d->ev, 0);
}

static void replay_write_nothing(atc_engine *e, const char *data, size_t len)
{
    (void)e;
    (void)data;
    (void)len;
}

static int replay_write(atc_engine *e, const char *data, size_t len)
{
    atc_sim_host(&((rig *)e->user)->sim, data, len);
    return 0;
}

static const atc_engine_callbacks replay_cb = {replay_write, replay_urc, replay_write_nothing};

/* Replays one vector: 1 done, 0 skipped (a construct the engine does not send), -1 failed. */
static int replay(rig *r, const atc_profile *prof, const char *path, char *why, size_t whylen)
{
    FILE *f = fopen(path, "rb");
    static char text[65536];
    size_t n;
    char *s, *e;
    static replay_item items[128];
    int nitems = 0, i, ncmds = 0, next_cmd = 0, submitted = 0;
    atcj_buf script = {0, 0, 0};
    char *expect[128];
    int nexpect = 0;
    uint32_t ms;
    atc_engine_config cfg;
    const atc_profile *profiles[1];
    if (!f)
        return -1;
    n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = '\0';
    s = strstr(text, "```jsonl\n");
    if (!s)
        return 0;
    s += 9;
    e = strstr(s, "\n```");
    if (!e)
        return 0;
    *e = '\0';
    memset(items, 0, sizeof items);
    for (; *s && nitems < 128; s = strchr(s, '\n') ? strchr(s, '\n') + 1 : s + strlen(s)) {
        char *eol = strchr(s, '\n');
        size_t len = eol ? (size_t)(eol - s) : strlen(s);
        atcj_value vals[64];
        int nv = 0;
        char err[160];
        replay_item *it = &items[nitems++];
        if (atcj_read_object(s, len, vals, 64, &nv, err, sizeof err) != 0) {
            atcj_values_free(vals, nv);
            return 0;
        }
        copy_to(it->kind, sizeof it->kind, value_of(vals, nv, "kind"));
        copy_to(it->name, sizeof it->name, value_of(vals, nv, "name"));
        copy_to(it->dir, sizeof it->dir, value_of(vals, nv, "dir"));
        copy_to(it->end, sizeof it->end, value_of(vals, nv, "end"));
        copy_to(it->completes, sizeof it->completes, value_of(vals, nv, "completes"));
        for (i = 0; i < nv; i++)
            if (strcmp(vals[i].key, "data") == 0) {
                atcj_buf_put(&it->data, vals[i].str.ptr ? vals[i].str.ptr : "", vals[i].str.len);
                it->has_data = 1;
            }
        atcj_values_free(vals, nv);
        if (strcmp(it->kind, "unknown") == 0 || strcmp(it->kind, "error") == 0 || it->end[0]) {
            if (!(strcmp(it->end, "ctrl_z") == 0 || strcmp(it->end, "+++") == 0))
                return 0; /* bad input, transparent mode, cancelled data: not something to send */
        }
        if (strcmp(it->kind, "data") != 0 && atcj_encode_line(prof, s, len, 1, &it->line, err, sizeof err) != 0)
            return 0;
        if (it->line.len && memchr(it->line.ptr, '\n', it->line.len)) /* (a header's data follows) */
            it->line.len = (size_t)((char *)memchr(it->line.ptr, '\n', it->line.len) - it->line.ptr);
        if (strcmp(it->kind, "command") == 0) {
            if (it->line.len < 2 || (it->line.ptr[0] != 'A' && it->line.ptr[0] != 'a'))
                return 0; /* a text command (+++) */
            ncmds++;
        }
    }
    /* the script, and the names the engine must report */
    for (i = 0; i < nitems; i++) {
        replay_item *it = &items[i];
        int rx = strcmp(it->dir, "rx") == 0;
        if (strcmp(it->kind, "data") == 0) {
            int prompted = i > 0 && strcmp(items[i - 1].name, "PROMPT") == 0;
            if (rx)
                return 0; /* transparent-mode data */
            if (!prompted)
                atcj_buf_puts(&script, "<< ");
            put_notated(&script, it->data.ptr, it->data.len);
            if (strcmp(it->end, "ctrl_z") == 0)
                atcj_buf_puts(&script, "<ctrl+Z>");
            else if (it->end[0])
                atcj_buf_puts(&script, it->end);
            atcj_buf_puts(&script, "\n");
            continue;
        }
        if (strcmp(it->name, "PROMPT") == 0) {
            atcj_buf_puts(&script, "> "); /* its payload follows on the same script line */
            if (i + 1 >= nitems || strcmp(items[i + 1].kind, "data") != 0)
                atcj_buf_puts(&script, "\n");
            continue;
        }
        atcj_buf_put(&script, it->line.ptr, it->line.len);
        atcj_buf_puts(&script, "\n");
        if (it->has_data && it->data.len) {
            atcj_buf_puts(&script, "raw ");
            put_notated(&script, it->data.ptr, it->data.len);
            atcj_buf_puts(&script, "\n");
        }
        if (!rx)
            continue;
        /* an OK that only accepts (its completion follows) or that the payload follows is the
         * engine's to act on; a report's own OK is the module's */
        if ((strcmp(it->kind, "final") == 0 || strcmp(it->kind, "intermediate") == 0) && !it->completes[0])
            continue;
        expect[nexpect++] = it->name;
    }
    atcj_buf_put(&script, "", 1);
    if (getenv("REPLAY_DEBUG") && strstr(path, getenv("REPLAY_DEBUG")))
        fprintf(stderr, "script of %s:\n%s--\n", path, script.ptr);
    /* the engine sends the commands, one after the other */
    memset(r, 0, sizeof *r);
    profiles[0] = prof;
    cfg.profiles = profiles;
    cfg.nprofiles = 1;
    cfg.cb = &replay_cb;
    cfg.queue = r->queue;
    cfg.queue_len = 4;
    cfg.line = r->line;
    cfg.line_len = sizeof r->line;
    cfg.user = r;
    atc_engine_init(&r->e, &cfg);
    atc_sim_init(&r->sim, prof, script.ptr);
    r->sim.chunk = 3;
    got.n = 0;
    replay_dones = 0;
    for (ms = 0; ms < 2000000 && !(submitted == ncmds && !atc_engine_busy(&r->e) && atc_sim_finished(&r->sim)); ms++) {
        if (submitted < ncmds && !atc_engine_busy(&r->e)) {
            while (strcmp(items[next_cmd].kind, "command") != 0)
                next_cmd++;
            items[next_cmd].line.ptr[items[next_cmd].line.len] = '\0';
            {
                atc_cmd *c;
                const char *data = NULL;
                size_t dlen = 0;
                int j = next_cmd + 1;
                while (j < nitems && strcmp(items[j].dir, "rx") == 0 && strcmp(items[j].kind, "data") != 0 &&
                       strcmp(items[j].kind, "command") != 0)
                    j++;
                if (j < nitems && strcmp(items[j].kind, "data") == 0 && strcmp(items[j].dir, "tx") == 0) {
                    data = items[j].data.ptr;
                    dlen = items[j].data.len;
                }
                c = rig_cmd(r, submitted % RIG_CMDS, items[next_cmd].line.ptr, NULL);
                c->data = data;
                c->data_len = dlen;
                c->on_event = replay_event;
                c->on_done = replay_done;
                c->on_data = NULL;
                cr_assert_eq(atc_engine_submit(&r->e, c), 0);
            }
            submitted++;
            next_cmd++;
        }
        atc_sim_run(&r->sim, &r->e, 1);
    }
    for (i = 0; i < nitems; i++) {
        atcj_buf_free(&items[i].data);
        atcj_buf_free(&items[i].line);
    }
    if (r->sim.error[0] || replay_dones != ncmds || !atc_sim_finished(&r->sim)) {
        if (r->sim.error[0])
            snprintf(why, whylen, "%s", r->sim.error);
        else
            snprintf(why, whylen, "%d of %d commands ended; the script %s (at \"%.40s\")", replay_dones, ncmds,
                     atc_sim_finished(&r->sim) ? "was played" : "was not played to its end",
                     r->sim.script ? r->sim.script : "");
        atcj_buf_free(&script);
        return -1;
    }
    atcj_buf_free(&script);
    if (got.n != nexpect) {
        snprintf(why, whylen, "the engine reported %d lines, the example has %d", got.n, nexpect);
        return -1;
    }
    for (i = 0; i < nexpect; i++)
        if (strcmp(got.name[i], expect[i]) != 0) {
            snprintf(why, whylen, "line %d: the engine reported %s, the example has %s", i, got.name[i], expect[i]);
            return -1;
        }
    return 1;
}

Test(engine, replays_the_documents_examples)
{
    static const atc_profile *const profiles[] = {Q, ICA, ONENET, ANDLINK, USR, BASIC};
    static rig r;
    size_t p;
    int done = 0, skipped = 0, failed = 0;
    for (p = 0; p < sizeof profiles / sizeof profiles[0]; p++) {
        char dir[256];
        DIR *d;
        struct dirent *de;
        snprintf(dir, sizeof dir, "tests/vectors/%s", profiles[p]->name);
        d = opendir(dir);
        cr_assert(d, "no %s (run from the top directory)", dir);
        while ((de = readdir(d)) != NULL) {
            char path[512], why[600];
            int rc;
            if (!strstr(de->d_name, ".md"))
                continue;
            snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
            why[0] = '\0';
            rc = replay(&r, profiles[p], path, why, sizeof why);
            if (rc > 0)
                done++;
            else if (rc == 0)
                skipped++;
            else {
                failed++;
                cr_log_error("%s: %s", path, why);
            }
        }
        closedir(d);
    }
    cr_log_info("engine: %d document examples replayed through the engine, %d skipped (bad input, "
                "transparent mode, text commands)", done, skipped);
    cr_assert_eq(failed, 0, "%d examples failed", failed);
    cr_assert_gt(done, 3 * skipped, "most examples are replayed");
}
