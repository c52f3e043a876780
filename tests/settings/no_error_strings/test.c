/* SPDX-License-Identifier: MIT */
/* ATC_NO_ERROR_STRINGS 1: the reasons of error codes are left out ("" for every code); their
 * names and the error events stay.
 * expect: run */
#define ATC_NO_ERROR_STRINGS 1
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

#include "../settings_check.h"

int main(void)
{
    atc_parser p;
    int e;
    for (e = 0; e < ATC_ERR__COUNT; e++)
        CHECK(strcmp(atc_err_reason((atc_err)e), "") == 0);
    CHECK(strcmp(atc_err_name(ATC_ERR_MALFORMED), "ATC_ERR_MALFORMED") == 0);
    atc_init(&p, &atc_quectel_tcpip_profile, &record_callbacks, NULL);
    feed_text(&p, "+QIOPEN: x\r\n+QIOPEN: 0,0\r\n", 0);
    CHECK(nseen == 2);
    CHECK(seen[0].kind == ATC_KIND_ERROR && seen[0].error == ATC_ERR_MALFORMED);
    CHECK(seen[1].kind == ATC_KIND_URC && seen[1].id == ATC_QUECTEL_TCPIP_QIOPEN);
    return settings_result("no_error_strings");
}
