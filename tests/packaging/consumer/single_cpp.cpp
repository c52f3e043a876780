// SPDX-License-Identifier: MIT
// single.c compiled as C++.
#include "single.c"
