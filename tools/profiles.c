/* SPDX-License-Identifier: MIT */
/* The profiles the atc tool knows; one line per spec/<profile>.yaml. */
#include "profiles.h"

#include <string.h>

#include "andlink.h"
#include "basic.h"
#include "ica.h"
#include "onenet.h"
#include "quectel_tcpip.h"
#include "usr_tcp232.h"

const atc_profile *const atc_tool_profiles[] = {
    &atc_quectel_tcpip_profile,
    &atc_onenet_profile,
    &atc_andlink_profile,
    &atc_ica_profile,
    &atc_usr_tcp232_profile,
    &atc_basic_profile,
    NULL,
};

const atc_profile *atc_tool_profile(const char *name)
{
    size_t i;
    for (i = 0; atc_tool_profiles[i]; i++)
        if (strcmp(atc_tool_profiles[i]->name, name) == 0)
            return atc_tool_profiles[i];
    return NULL;
}
