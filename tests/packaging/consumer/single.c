/* SPDX-License-Identifier: MIT */
/* A consumer of the single header generated/atc_quectel_tcpip.h (CMake atc::quectel_tcpip, Meson
 * atc_quectel_tcpip_dep, pkg-config's include directory), implemented here. */
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

#include "events.h"

int main(void)
{
#ifdef __cplusplus
    return decode_and_print("single header, C++");
#else
    return decode_and_print("single header, C");
#endif
}
