/* Splits the fields part of a line that the profile's machine has already accepted, and hands
 * each field to atc__field for conversion. The profile grammar decided validity; this machine
 * only needs the field boundaries, which are the same for every message: commas outside quotes
 * and parentheses, optional spaces around them. Compiled by ragel into generated/atc_fields.c. */
#include "atc.h"

%%{
    machine atc_fields;
    alphtype char;

    action start { ts = p; }
    action end { atc__field(s, ts, p); }

    qstr = '"' ( [^"\\] | '\\' any )* '"';
    paren = '(' ( [^()"] | qstr )* ')';
    bare = [^ ,"(] [^,]*;
    field = ( qstr | paren | bare ) >start %end;

    main := ' '* field ( ' '* ',' ' '* field )*;
}%%

%% write data noerror noentry;

ATC_API size_t atc__split_fields(atc__field_sink *s, char *line, size_t len)
{
    char *p = line, *pe = line + len, *eof = pe, *ts = line;
    int cs;
    %% write init;
    %% write exec;
    if (cs < atc_fields_first_final && s->err == ATC_OK && s->next >= 0)
        s->err = ATC_ERR_MALFORMED;
    return (size_t)(p - line);
}
