/* SPDX-License-Identifier: MIT */
/* ATC_STATE_BYTES 5: exactly what quectel_tcpip keeps (ATC_QUECTEL_TCPIP_STATE_BYTES). It decodes
 * and keeps its state; with usr_tcp232 as well (1 more byte) atc_init_multi refuses: -1.
 * expect: run */
#define ATC_STATE_BYTES 5
#define ATC_MAX_PROFILES 2
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"
#include "atc_usr_tcp232.h"

#include "../settings_check.h"

int main(void)
{
    atc_parser p;
    const atc_profile *both[2];
    both[0] = &atc_quectel_tcpip_profile;
    both[1] = &atc_usr_tcp232_profile;
    CHECK(ATC_QUECTEL_TCPIP_STATE_BYTES == 5 && ATC_QUECTEL_TCPIP_STATE_BYTES + ATC_USR_TCP232_STATE_BYTES > 5);
    CHECK(atc_init_multi(&p, both, 2, &record_callbacks, NULL) == -1);
    atc_init(&p, &atc_quectel_tcpip_profile, &record_callbacks, NULL);
    /* the access mode of socket 11, the last cell, set and read back */
    atc_set_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_ACCESS_MODE, 11, 2);
    CHECK(atc_get_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_ACCESS_MODE, 11) == 2);
    CHECK(atc_get_state(&p, &atc_quectel_tcpip_profile, ATC_QUECTEL_TCPIP_STATE_ACCESS_MODE, 10) == 0);
    feed_text(&p, "+QIOPEN: 0,0\r\n", 0);
    CHECK(nseen == 1 && seen[0].id == ATC_QUECTEL_TCPIP_QIOPEN);
    return settings_result("state_bytes_5");
}
