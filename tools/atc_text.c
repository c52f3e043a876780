/* SPDX-License-Identifier: MIT */
/* One readable line per event (atc_text.h). */
#include "atc_text.h"

#include <stdio.h>
#include <string.h>

const char *const cli_kind_names[] = {"command", "response", "final", "intermediate",
                                      "urc", "data", "unknown", "error"};

int cli_kind_index(const char *s, size_t n)
{
    int i;
    for (i = 0; i < CLI_NKINDS; i++)
        if (strlen(cli_kind_names[i]) == n && memcmp(cli_kind_names[i], s, n) == 0)
            return i;
    return -1;
}

const char *cli_str_val(const atcj_value *v, int n, const char *key)
{
    int i;
    for (i = 0; i < n; i++)
        if (v[i].is_str == 1 && strcmp(v[i].key, key) == 0)
            return v[i].str.ptr;
    return NULL;
}

/* A final result that reports failure (ERROR, +CME ERROR, SEND FAIL, ...). */
static int is_error_result(const atc_profile *const *profs, int nprofs, const char *name, const char *variant)
{
    int k;
    for (k = 0; k < nprofs; k++) {
        uint16_t id = atc_find_msg(profs[k], ATC_KIND_FINAL, name, variant, ATC_FORM_NONE, ATC_NO_MSG);
        if (id != ATC_NO_MSG)
            return (profs[k]->msgs[id].flags & ATC_M_ERROR) != 0;
    }
    return 0;
}

#define C_RESET "\033[0m"
#define C_BOLD "\033[1m"
#define C_DIM "\033[2m"
#define C_RED "\033[31m"
#define C_GREEN "\033[32m"
#define C_YELLOW "\033[33m"
#define C_BLUE "\033[34m"
#define C_MAGENTA "\033[35m"
#define C_CYAN "\033[36m"

static void put_colored(int on, atcj_buf *b, const char *color, const char *text, size_t n)
{
    if (on && color)
        atcj_buf_puts(b, color);
    atcj_buf_put(b, text, n);
    if (on && color)
        atcj_buf_puts(b, C_RESET);
}

static void put_value(atcj_buf *b, const atcj_value *v)
{
    if (v->is_str == 1)
        atcj_put_json_str(b, v->str.ptr, v->str.len);
    else
        atcj_buf_put(b, v->str.ptr ? v->str.ptr : "", v->str.len);
}

void cli_text_event(atcj_buf *scratch, int color, const atc_profile *const *profs, int nprofs, const atcj_value *v,
                    int n, int kind)
{
    static const char *const kind_color[] = {C_CYAN, NULL, C_GREEN, C_BLUE, C_MAGENTA, NULL, C_YELLOW, C_RED C_BOLD};
    atcj_buf *b = scratch;
    const char *dir = cli_str_val(v, n, "dir"), *name = cli_str_val(v, n, "name"), *ts = cli_str_val(v, n, "ts");
    const char *kc = kind_color[kind];
    char pad[16];
    int i;
    b->len = 0;
    if (ts) {
        put_colored(color, b, C_DIM, ts, strlen(ts));
        atcj_buf_puts(b, " ");
    }
    put_colored(color, b, dir && strcmp(dir, "tx") == 0 ? C_CYAN : NULL, dir ? dir : "?", dir ? strlen(dir) : 1);
    atcj_buf_puts(b, " ");
    if (kind == ATC_KIND_FINAL && name && is_error_result(profs, nprofs, name, cli_str_val(v, n, "variant")))
        kc = C_RED;
    put_colored(color, b, kc, cli_kind_names[kind], strlen(cli_kind_names[kind]));
    snprintf(pad, sizeof pad, "%*s", (int)(12 - strlen(cli_kind_names[kind])), "");
    atcj_buf_puts(b, pad);
    if (name) {
        atcj_buf_puts(b, " ");
        put_colored(color, b, C_BOLD, name, strlen(name));
    }
    for (i = 0; i < n; i++) {
        const atcj_value *x = &v[i];
        const char *k = x->key;
        if (strcmp(k, "dir") == 0 || strcmp(k, "kind") == 0 || strcmp(k, "name") == 0 || strcmp(k, "ts") == 0 ||
            x->is_str == 2)
            continue;
        atcj_buf_puts(b, " ");
        if (strcmp(k, "form") == 0 || strcmp(k, "variant") == 0) {
            atcj_buf_put(b, x->str.ptr, x->str.len);
        } else if (strcmp(k, "reason") == 0) {
            atcj_buf_puts(b, "(");
            atcj_buf_put(b, x->str.ptr, x->str.len);
            atcj_buf_puts(b, ")");
        } else if (strcmp(k, "error") == 0 || strcmp(k, "warning") == 0) {
            put_colored(color, b, k[0] == 'e' ? C_RED : C_YELLOW, k, strlen(k));
            atcj_buf_puts(b, "=");
            put_colored(color, b, k[0] == 'e' ? C_RED : C_YELLOW, x->str.ptr, x->str.len);
        } else if (strcmp(k, "end") == 0 || strcmp(k, "field") == 0) {
            atcj_buf_puts(b, k);
            atcj_buf_puts(b, "=");
            atcj_buf_put(b, x->str.ptr, x->str.len);
        } else if (x->list) {
            int j = i;
            put_colored(color, b, C_DIM, k + (k[0] == '.'), strlen(k + (k[0] == '.')));
            atcj_buf_puts(b, "=[");
            for (; j < n && v[j].list && strcmp(v[j].key, k) == 0; j++) {
                if (j > i)
                    atcj_buf_puts(b, ",");
                put_value(b, &v[j]);
            }
            atcj_buf_puts(b, "]");
            i = j - 1;
        } else {
            put_colored(color, b, C_DIM, k + (k[0] == '.'), strlen(k + (k[0] == '.')));
            atcj_buf_puts(b, "=");
            put_value(b, x);
        }
    }
    atcj_buf_puts(b, "\n");
    fwrite(b->ptr, 1, b->len, stdout);
}
