/* The smallest complete use of atc: one header, no other files, no allocation.
 *   cc -std=c99 -Wall -Wextra -Werror -pedantic -Igenerated examples/minimal.c
 *   c++ -x c++ -Wall -Wextra -Werror -pedantic -Igenerated examples/minimal.c
 * (stdio here is the example's own; the codec never uses it.) */
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

#include <stdio.h>
#include <string.h>

static int received;

static void on_event(atc_parser *p, const atc_event *ev)
{
    (void)p;
    switch (ev->id) {
    case ATC_QUECTEL_TCPIP_QIOPEN: { /* +QIOPEN: <connectID>,<err> */
        const atc_quectel_tcpip_qiopen *m = (const atc_quectel_tcpip_qiopen *)ev->msg;
        printf("socket %ld opened, err %ld\n", (long)m->connect_id, (long)m->err);
        break;
    }
    case ATC_QUECTEL_TCPIP_QIURC_RECV_PUSH: {
        const atc_quectel_tcpip_qiurc_recv_push *m = (const atc_quectel_tcpip_qiurc_recv_push *)ev->msg;
        printf("socket %ld pushes %ld bytes: ", (long)m->connect_id, (long)m->current_recv_length);
        break;
    }
    default:
        if (ev->desc)
            printf("%s\n", atc_msg_name(ev->profile, ev->id));
        else
            printf("(%s line)\n", ev->kind == ATC_KIND_ERROR ? atc_err_name(ev->error) : "unknown");
    }
}

/* Payload bytes may arrive in several pieces: never assume one call. */
static void on_data(atc_parser *p, atc_dir dir, const char *data, size_t len)
{
    (void)p;
    (void)dir;
    received += (int)len;
    printf("%.*s", (int)len, data);
}

static void on_data_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    (void)p;
    (void)dir;
    (void)how;
    printf("\n");
}

int main(void)
{
    static const atc_callbacks cb = {on_event, on_data, on_data_end};
    static const char capture[] = "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n\r\n+QIURC: \"recv\",0,5\r\nhello\r\n";
    atc_parser parser;
    atc_quectel_tcpip_at_qiopen_set open_cmd = ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_INIT_ZERO;
    char out[ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_MAX_LEN];
    size_t len = 0, i;

    /* host side: encode AT+QIOPEN=1,0,"TCP","example.com",80 */
    open_cmd.context_id = 1;
    open_cmd.connect_id = 0;
    open_cmd.service_type.ptr = "TCP";
    open_cmd.service_type.len = 3;
    open_cmd.ip_address.ptr = "example.com";
    open_cmd.ip_address.len = 11;
    open_cmd.remote_port = 80;
    if (atc_quectel_tcpip_encode_at_qiopen_set(&open_cmd, out, sizeof out, &len) != ATC_OK)
        return 1;
    printf("send: %.*s\n", (int)(len - 1), out);

    /* decode what the module answers, fed one byte at a time as a UART would */
    atc_init(&parser, &atc_quectel_tcpip_profile, &cb, NULL);
    atc_sent(&parser, ATC_QUECTEL_TCPIP_AT_QIOPEN_SET, &open_cmd);
    for (i = 0; i < sizeof capture - 1; i++)
        atc_feed(&parser, capture + i, 1);
    atc_finish(&parser);
    return received == 5 ? 0 : 1;
}
