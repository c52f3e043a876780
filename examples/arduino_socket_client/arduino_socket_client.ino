// SPDX-License-Identifier: MIT
// atc on an Arduino board with a second UART (Serial1) wired to a Quectel EC600E/EC800E module:
// open a TCP socket, print what the module reports on Serial. The whole codec is the one header;
// this file implements it (ATC_IMPLEMENTATION). Settings go before the include.
#define ATC_MAX_LINE 256
#define ATC_IMPLEMENTATION
#include <atc_quectel_tcpip.h>

static atc_parser parser;

static void on_event(atc_parser *p, const atc_event *ev)
{
    const atc_quectel_tcpip_qiopen *opened = atc_quectel_tcpip_qiopen_of(ev);      // +QIOPEN: <id>,<err>
    const atc_quectel_tcpip_qiurc_closed *closed = atc_quectel_tcpip_qiurc_closed_of(ev);
    (void)p;
    if (opened) {
        Serial.print("socket ");
        Serial.print((long)opened->connect_id);
        Serial.print(" opened, err ");
        Serial.println((long)opened->err);
    } else if (closed) {
        Serial.print("socket ");
        Serial.print((long)closed->connect_id);
        Serial.println(" closed by the server");
    } else if (ev->kind == ATC_KIND_ERROR) {
        Serial.print("bad line: ");
        Serial.println(atc_err_name(ev->error));
    }
}

// payload bytes (+QIURC: "recv",<id>,<len> then the data) may arrive in several pieces
static void on_data(atc_parser *p, atc_dir dir, const char *data, size_t len)
{
    (void)p;
    (void)dir;
    Serial.write((const uint8_t *)data, len);
}

static void on_data_end(atc_parser *p, atc_dir dir, atc_data_end how)
{
    (void)p;
    (void)dir;
    (void)how;
    Serial.println();
}

static const atc_callbacks callbacks = {on_event, on_data, on_data_end};

void setup()
{
    atc_quectel_tcpip_at_qiopen_set open_cmd = ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_INIT_ZERO;
    char line[ATC_QUECTEL_TCPIP_AT_QIOPEN_SET_MAX_LEN];
    size_t len = 0;
    Serial.begin(115200);
    Serial1.begin(115200);
    atc_init(&parser, &atc_quectel_tcpip_profile, &callbacks, NULL);
    open_cmd.context_id = 1;
    open_cmd.connect_id = 0;
    open_cmd.service_type = ATC_STR("TCP");
    open_cmd.ip_address = ATC_STR("example.com");
    open_cmd.remote_port = 80;
    if (atc_quectel_tcpip_encode_at_qiopen_set(&open_cmd, line, sizeof line, &len) == ATC_OK) {
        Serial1.write((const uint8_t *)line, len);                 // AT+QIOPEN=1,0,"TCP","example.com",80\r
        atc_sent(&parser, ATC_QUECTEL_TCPIP_AT_QIOPEN_SET, &open_cmd); // the module does not echo
    }
}

void loop()
{
    while (Serial1.available() > 0) {
        char c = (char)Serial1.read();
        atc_feed(&parser, &c, 1);
    }
}
