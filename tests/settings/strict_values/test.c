/* SPDX-License-Identifier: MIT */
/* ATC_STRICT_VALUES 1: a value outside the spec refuses the line (an error event naming the field)
 * instead of decoding it with a warning (tests/settings/defaults); the next line decodes.
 * expect: run */
#define ATC_STRICT_VALUES 1
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

#include "../settings_check.h"

int main(void)
{
    atc_parser p;
    atc_init(&p, &atc_quectel_tcpip_profile, &record_callbacks, NULL);
    feed_text(&p, "+QIOPEN: 12,0\r\n+QIOPEN: 1,0\r\n", 0);
    CHECK(nseen == 2);
    CHECK(seen[0].kind == ATC_KIND_ERROR && seen[0].error == ATC_ERR_RANGE && seen[0].field == 0);
    CHECK(seen[0].id == ATC_QUECTEL_TCPIP_QIOPEN);
    CHECK(seen[1].kind == ATC_KIND_URC && seen[1].warning == ATC_OK && seen[1].first_int == 1);
    return settings_result("strict_values");
}
