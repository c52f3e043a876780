/* SPDX-License-Identifier: MIT */
/* ATC_STATE_BYTES 4, one less than quectel_tcpip keeps: the profile's header stops the build with
 * #error instead of dropping state.
 * expect: compile-error define ATC_STATE_BYTES to at least 5 */
#define ATC_STATE_BYTES 4
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

int main(void)
{
    return 0;
}
