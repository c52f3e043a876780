/* SPDX-License-Identifier: MIT */
/* Every setting at its default (runtime/atc.h): ATC_MAX_LINE 512, ATC_MAX_PROFILES 1,
 * ATC_STATE_BYTES 8, error strings, names, values outside the spec as warnings, external linkage.
 * expect: run */
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"
#include "atc_basic.h"

#include "../settings_check.h"

int main(void)
{
    atc_parser p;
    const atc_profile *two[2];
    int e;
    char host[250], line[400];
    atc_quectel_tcpip_at_qiopen_set cmd = ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_INIT_ZERO;
    size_t len = 0;

    CHECK(ATC_MAX_LINE == 512 && ATC_MAX_PROFILES == 1 && ATC_STATE_BYTES == 8 && ATC_MAX_AWAIT == 2);
    CHECK(!ATC_NO_ERROR_STRINGS && !ATC_NO_NAMES && !ATC_STRICT_VALUES);
    CHECK(sizeof p.profiles / sizeof p.profiles[0] == 1);
    CHECK(sizeof p.line.bytes == 512);

    atc_init(&p, &atc_quectel_tcpip_profile, &record_callbacks, NULL);
    /* connect_id 12 is outside 0..11: decoded, with a warning on field 0 */
    feed_text(&p, "+QIOPEN: 12,0\r\n+QIOPEN: 1,0\r\n", 0);
    CHECK(nseen == 2);
    CHECK(seen[0].kind == ATC_KIND_URC && seen[0].id == ATC_QUECTEL_TCPIP_QIOPEN);
    CHECK(seen[0].warning == ATC_ERR_RANGE && seen[0].field == 0 && seen[0].first_int == 12);
    CHECK(seen[1].kind == ATC_KIND_URC && seen[1].warning == ATC_OK && seen[1].first_int == 1);

    /* reasons and names are there */
    for (e = 1; e < ATC_ERR__COUNT; e++)
        CHECK(atc_err_reason((atc_err)e)[0] != '\0');
    CHECK(strcmp(atc_err_name(ATC_ERR_RANGE), "ATC_ERR_RANGE") == 0);
    CHECK(strcmp(atc_msg_name(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIOPEN), "QIOPEN") == 0);
    CHECK(strcmp(atc_field_name(&atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_QIOPEN, 0), "connect_id") == 0);

    /* a 300-byte command arriving byte by byte fits 512 (tests/settings/max_line_128 refuses it) */
    memset(host, 'a', sizeof host);
    cmd.context_id = 1;
    cmd.service_type = ATC_STR("TCP");
    cmd.ip_address = atc_str_make(host, sizeof host);
    cmd.remote_port = 80;
    CHECK(atc_quectel_tcpip_encode_at_qiopen_set(&cmd, line, sizeof line - 1, &len) == ATC_OK);
    line[len] = '\0';
    nseen = 0;
    feed_text(&p, line, 1);
    feed_text(&p, "\nOK\r\n", 1);
    CHECK(nseen == 2 && seen[0].kind == ATC_KIND_COMMAND && seen[0].id == ATC_QUECTEL_TCPIP_AT_QIOPEN_SET);
    CHECK(seen[1].id == ATC_QUECTEL_TCPIP_OK);

    /* one profile at a time: a second is refused, not dropped */
    two[0] = &atc_quectel_tcpip_profile;
    two[1] = &atc_basic_profile;
    CHECK(atc_init_multi(&p, two, 2, &record_callbacks, NULL) == -1);
    CHECK(atc_init_multi(&p, two, 1, &record_callbacks, NULL) == 0);
    return settings_result("defaults");
}
