/* SPDX-License-Identifier: MIT */
/* ATC_NO_NAMES 1: the names of messages, variants and fields are left out (atc_msg_name and
 * atc_field_name give ""); decoding and encoding work by id as before.
 * expect: run */
#define ATC_NO_NAMES 1
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

#include "../settings_check.h"

int main(void)
{
    atc_parser p;
    char out[64];
    size_t len = 0;
    atc_quectel_tcpip_at_qiclose_set cmd = ATC_QUECTEL_TCPIP_AT_QICLOSE_SET_INIT_ZERO;
    CHECK(atc_quectel_tcpip_profile.names == NULL);
    CHECK(strcmp(atc_msg_name(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIOPEN), "") == 0);
    CHECK(strcmp(atc_field_name(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIOPEN, 0), "") == 0);
    atc_init(&p, &atc_quectel_tcpip_profile, &record_callbacks, NULL);
    feed_text(&p, "+QIOPEN: 3,0\r\n+QIURC: \"closed\",3\r\n", 0);
    CHECK(nseen == 2 && seen[0].id == ATC_QUECTEL_TCPIP_QIOPEN && seen[0].first_int == 3);
    CHECK(seen[1].id == ATC_QUECTEL_TCPIP_QIURC_CLOSED);
    cmd.connect_id = 3;
    CHECK(atc_quectel_tcpip_encode_at_qiclose_set(&cmd, out, sizeof out, &len) == ATC_OK);
    CHECK(len == 13 && memcmp(out, "AT+QICLOSE=3\r", 13) == 0);
    return settings_result("no_names");
}
