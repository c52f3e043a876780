/* SPDX-License-Identifier: MIT */
/* ATC_MAX_LINE 128: the parser is that much smaller, a line that needs more (here a 300-byte
 * command arriving byte by byte, which fits the default 512) is an ATC_ERR_LINE_TOO_LONG error,
 * and the next line decodes.
 * expect: run */
#define ATC_MAX_LINE 128
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

#include "../settings_check.h"

int main(void)
{
    atc_parser p;
    char host[250], line[400];
    atc_quectel_tcpip_at_qiopen_set cmd = ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_INIT_ZERO;
    size_t len = 0;
    CHECK(sizeof p.line.bytes == 128);
    memset(host, 'a', sizeof host);
    cmd.context_id = 1;
    cmd.service_type = ATC_STR("TCP");
    cmd.ip_address = atc_str_make(host, sizeof host);
    cmd.remote_port = 80;
    CHECK(atc_quectel_tcpip_encode_at_qiopen_set(&cmd, line, sizeof line - 1, &len) == ATC_OK);
    line[len] = '\0';
    atc_init(&p, &atc_quectel_tcpip_profile, &record_callbacks, NULL);
    feed_text(&p, line, 1);
    feed_text(&p, "\nOK\r\n+QIOPEN: 0,0\r\n", 1);
    CHECK(nseen == 3);
    CHECK(seen[0].kind == ATC_KIND_ERROR && seen[0].error == ATC_ERR_LINE_TOO_LONG);
    CHECK(seen[1].id == ATC_QUECTEL_TCPIP_OK);
    CHECK(seen[2].kind == ATC_KIND_URC && seen[2].id == ATC_QUECTEL_TCPIP_QIOPEN);
    return settings_result("max_line_128");
}
