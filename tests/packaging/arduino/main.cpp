// SPDX-License-Identifier: MIT
// Runs the example sketch (examples/arduino_socket_client) on the host with the stand-in Arduino.h:
// setup() must write AT+QIOPEN to Serial1; the module's answers fed to Serial1 must be printed on
// Serial by loop().
#include "Arduino.h"

#include <stdio.h>

HardwareSerial Serial, Serial1;

int main()
{
    int failures = 0;
    setup();
    if (Serial1.tx != "AT+QIOPEN=1,0,\"TCP\",\"example.com\",80\r") {
        printf("FAIL: setup() wrote \"%s\" to Serial1\n", Serial1.tx.c_str());
        failures++;
    }
    Serial1.rx = "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n\r\n+QIURC: \"recv\",0,5\r\nhello\r\n+QIURC: \"closed\",0\r\n+QIOPEN: x\r\n";
    for (int i = 0; i < 100 && Serial1.available(); i++)
        loop();
    const char *want = "socket 0 opened, err 0\r\nhello\r\nsocket 0 closed by the server\r\nbad line: ATC_ERR_MALFORMED\r\n";
    if (Serial.tx != want) {
        printf("FAIL: Serial shows \"%s\"\n", Serial.tx.c_str());
        failures++;
    }
    if (Serial.baud != 115200 || Serial1.baud != 115200) {
        printf("FAIL: baud rates %ld, %ld\n", Serial.baud, Serial1.baud);
        failures++;
    }
    return failures != 0;
}
