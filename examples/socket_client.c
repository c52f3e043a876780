/* SPDX-License-Identifier: MIT */
/* A TCP client for a Quectel EC600E/EC800E on the atc command engine: activate the PDP context,
 * open a socket, send a request after the '>' prompt, read what arrives when +QIURC: "recv" says
 * so, close. It gives up on a socket that does not open within the document's 150 s and closes
 * it, as the document asks (line 443), and sends again when the module's buffer was full.
 *
 * The firmware is the first half of this file: no line parsing and no record of what is pending,
 * the engine has both. The second half plays the board: the module is simulated
 * (tests/sim/atc_sim.c) and its clock runs as fast as the loop. `make demo` runs it:
 *   cc -std=c99 -Iruntime -Igenerated examples/socket_client.c tests/sim/atc_sim.c
 * (stdio is the demo's; the codec and the engine never use it.) */
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

#include <stdio.h>
#include <string.h>

#include "../tests/sim/atc_sim.h"

#define SOCKET 0

static atc_engine modem;
static atc_cmd *queue[4];       /* room for the commands waiting their turn */
static char line[256];          /* room to encode one command line */
static int finished;            /* the demo's end */

static void step(atc_engine *e, atc_cmd *cmd, const atc_done *done);

/* The commands the client sends: each a struct, as the document writes it. */
static atc_quectel_tcpip_at_qiact_set activate = ATC_QUECTEL_TCPIP_AT_QIACT_SET_INIT_ZERO;
static atc_quectel_tcpip_at_qiopen_set open_socket = ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_INIT_ZERO;
static atc_quectel_tcpip_at_qisend_set send_data = ATC_QUECTEL_TCPIP_AT_QISEND_SET_INIT_ZERO;
static atc_quectel_tcpip_at_qird_set read_data = ATC_QUECTEL_TCPIP_AT_QIRD_SET_INIT_ZERO;
static atc_quectel_tcpip_at_qiclose_set close_socket = ATC_QUECTEL_TCPIP_AT_QICLOSE_SET_INIT_ZERO;

static const char request[] = "GET / HTTP/1.0\r\n\r\n";
static const char *const servers[] = {"192.0.2.1", "example.com"};
static int server;

static atc_cmd c_activate, c_open, c_send, c_read, c_close;

static void submit(atc_cmd *cmd, uint16_t id, const void *msg)
{
    cmd->id = id;
    cmd->msg = msg;
    cmd->on_done = step;
    if (atc_engine_submit(&modem, cmd) != 0)
        printf("client: queue full\n");
}

static char inbox[1500];
static size_t received;

/* The bytes AT+QIRD reads: they may come in several pieces. */
static void on_read(atc_engine *e, atc_cmd *cmd, const char *data, size_t len)
{
    (void)e;
    (void)cmd;
    if (len > sizeof inbox - received)
        len = sizeof inbox - received;
    memcpy(inbox + received, data, len);
    received += len;
}

static void connect_to(int which)
{
    server = which;
    open_socket.context_id = 1;
    open_socket.connect_id = SOCKET;
    open_socket.service_type = ATC_STR("TCP");
    open_socket.ip_address = atc_str_c(servers[which]);
    open_socket.remote_port = 80;
    open_socket.has_local_port = true;
    open_socket.local_port = 0;
    open_socket.has_access_mode = true;
    open_socket.access_mode = ATC_QUECTEL_TCPIP_ACCESS_MODE_BUFFER; /* data waits in the module */
    printf("client: connecting to %s\n", servers[which]);
    submit(&c_open, ATC_QUECTEL_TCPIP_AT_QIOPEN_SET, &open_socket);
}

/* How each command ended decides what comes next. */
static void step(atc_engine *e, atc_cmd *cmd, const atc_done *done)
{
    (void)e;
    if (cmd == &c_activate) {
        if (done->how != ATC_DONE_OK) {
            printf("client: no PDP context (%d)\n", (int)done->how);
            finished = 1;
            return;
        }
        connect_to(0);
    } else if (cmd == &c_open) {
        const atc_quectel_tcpip_qiopen *opened = done->ev ? atc_quectel_tcpip_qiopen_of(done->ev) : NULL;
        if (done->how == ATC_DONE_URC && opened->err == 0) {
            printf("client: socket %ld open\n", (long)opened->connect_id);
            send_data.connect_id = SOCKET;
            send_data.has_send_length = true;
            send_data.send_length = (int32_t)(sizeof request - 1);
            c_send.data = request;
            c_send.data_len = sizeof request - 1;
            submit(&c_send, ATC_QUECTEL_TCPIP_AT_QISEND_SET, &send_data);
            return;
        }
        /* no +QIOPEN within 150 s, or an error: close the socket, try the next server */
        if (done->how == ATC_DONE_TIMEOUT)
            printf("client: %s did not answer in time\n", servers[server]);
        else if (done->how == ATC_DONE_URC)
            printf("client: %s refused: error %ld\n", servers[server], (long)opened->err);
        else
            printf("client: AT+QIOPEN failed (%d, code %ld)\n", (int)done->how, (long)done->code);
        close_socket.connect_id = SOCKET;
        submit(&c_close, ATC_QUECTEL_TCPIP_AT_QICLOSE_SET, &close_socket);
    } else if (cmd == &c_send) {
        if (done->how == ATC_DONE_ERROR && done->ev->id == ATC_QUECTEL_TCPIP_SEND_FAIL) {
            printf("client: send buffer full, sending again\n"); /* SEND FAIL (line 530) */
            submit(&c_send, ATC_QUECTEL_TCPIP_AT_QISEND_SET, &send_data);
        } else {
            printf("client: request %s\n", done->how == ATC_DONE_OK ? "sent" : "failed");
        }
    } else if (cmd == &c_read) {
        if (done->how == ATC_DONE_OK)
            printf("client: received %lu bytes: %.*s", (unsigned long)received, (int)received, inbox);
        else
            printf("client: AT+QIRD failed (%d)\n", (int)done->how);
        received = 0;
    } else if (cmd == &c_close) {
        printf("client: socket closed\n");
        if (server + 1 < (int)(sizeof servers / sizeof servers[0]) && !finished)
            connect_to(server + 1);
        else
            finished = 1;
    }
}

/* What the module says on its own: data waiting, the peer gone. */
static void on_urc(atc_engine *e, const atc_event *ev)
{
    const atc_quectel_tcpip_qiurc_recv *recv = atc_quectel_tcpip_qiurc_recv_of(ev);
    const atc_quectel_tcpip_qiurc_closed *closed = atc_quectel_tcpip_qiurc_closed_of(ev);
    (void)e;
    if (recv && recv->connect_id == SOCKET) {
        read_data.connect_id = SOCKET;
        read_data.has_read_length = true;
        read_data.read_length = 1500;
        c_read.on_data = on_read;
        submit(&c_read, ATC_QUECTEL_TCPIP_AT_QIRD_SET, &read_data);
    } else if (closed && closed->connect_id == SOCKET) {
        printf("client: the server closed the connection\n");
        server = (int)(sizeof servers / sizeof servers[0]);
        close_socket.connect_id = SOCKET;
        submit(&c_close, ATC_QUECTEL_TCPIP_AT_QICLOSE_SET, &close_socket);
    }
}

/* ---- The board: a simulated module behind the UART, and a clock ---- */

static atc_sim module;

static const char script[] =
    "AT+QIACT=1\n"
    "@800 OK\n"
    "AT+QIOPEN=1,0,\"TCP\",\"192.0.2.1\",80,0,0\n"
    "OK\n"                                     /* ... and no +QIOPEN: the client gives up at 150 s */
    "AT+QICLOSE=0\n"
    "@20 OK\n"
    "AT+QIOPEN=1,0,\"TCP\",\"example.com\",80,0,0\n"
    "OK\n"
    "@300 +QIOPEN: 0,0\n"
    "AT+QISEND=0,18\n"
    "> GET / HTTP/1.0<CR><LF><CR><LF>\n"
    "SEND FAIL\n"
    "AT+QISEND=0,18\n"
    "> GET / HTTP/1.0<CR><LF><CR><LF>\n"
    "SEND OK\n"
    "@400 +QIURC: \"recv\",0\n"
    "AT+QIRD=0,1500\n"
    "+QIRD: 19\n"
    "raw HTTP/1.0 200 OK<CR><LF><CR><LF>\n"
    "OK\n"
    "@100 +QIURC: \"closed\",0\n"
    "AT+QICLOSE=0\n"
    "@20 OK\n";

static int uart_write(atc_engine *e, const char *data, size_t len)
{
    (void)e;
    atc_sim_host(&module, data, len);
    return 0;
}

int main(void)
{
    static const atc_engine_callbacks callbacks = {uart_write, on_urc, NULL};
    static const atc_profile *const profiles[] = {&atc_quectel_tcpip_profile};
    atc_engine_config cfg;
    uint32_t ms = 0;
    memset(&cfg, 0, sizeof cfg);
    cfg.profiles = profiles;
    cfg.nprofiles = 1;
    cfg.cb = &callbacks;
    cfg.queue = queue;
    cfg.queue_len = 4;
    cfg.line = line;
    cfg.line_len = sizeof line;
    if (atc_engine_init(&modem, &cfg) != 0)
        return 1;
    atc_sim_init(&module, &atc_quectel_tcpip_profile, script);
    module.chunk = 7; /* the UART delivers the module's bytes 7 at a time */

    activate.context_id = 1;
    submit(&c_activate, ATC_QUECTEL_TCPIP_AT_QIACT_SET, &activate);
    /* the superloop: bytes in, clock on (here both come from the simulated board) */
    while (!finished && ms < 400000) {
        atc_sim_run(&module, &modem, 1);
        ms++;
    }
    printf("demo: %s after %lu.%03lu s of module time\n", module.error[0] ? module.error : "done",
           (unsigned long)(ms / 1000), (unsigned long)(ms % 1000));
    return finished && !module.error[0] && atc_sim_finished(&module) ? 0 : 1;
}
