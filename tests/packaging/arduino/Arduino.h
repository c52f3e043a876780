// SPDX-License-Identifier: MIT
// A stand-in for the Arduino core, on the host, with just what the example sketch uses: two serial
// ports whose input a test queues and whose output it reads back. Not the Arduino core: it shows
// that the sketch and the single header compile as the C++ the Arduino tools build, and what the
// sketch writes and prints for given module output (tests/packaging/run.sh).
#ifndef ATC_TEST_ARDUINO_H
#define ATC_TEST_ARDUINO_H

#include <stddef.h>
#include <stdint.h>
#include <string>

class HardwareSerial {
public:
    std::string rx;  // what the other side sent, not read yet
    std::string tx;  // what the sketch wrote
    long baud = 0;
    void begin(long rate) { baud = rate; }
    int available() { return (int)rx.size(); }
    int read()
    {
        if (rx.empty())
            return -1;
        int c = (unsigned char)rx[0];
        rx.erase(0, 1);
        return c;
    }
    size_t write(const uint8_t *data, size_t n)
    {
        tx.append((const char *)data, n);
        return n;
    }
    size_t print(const char *s) { return write((const uint8_t *)s, std::string(s).size()); }
    size_t print(long v) { return print(std::to_string(v).c_str()); }
    size_t println() { return print("\r\n"); }
    size_t println(const char *s) { return print(s) + println(); }
    size_t println(long v) { return print(v) + println(); }
};

extern HardwareSerial Serial, Serial1;

void setup();
void loop();

#endif
