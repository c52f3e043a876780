/* Splits the fields part of a line that the profile's machine has already accepted, and hands
 * each value to atc__field for conversion. The profile grammar decided validity; this machine
 * only needs the value boundaries, which are the same for every message: commas outside quotes
 * and parentheses, optional spaces around them, and empty values between two commas.
 * Compiled by ragel into generated/atc_fields.c. */
#include "atc.h"

%%{
    machine atc_fields;
    alphtype char;

    # ts..te is the current value; a comma hands it over and starts the next (empty so far)
    action start { ts = p; }
    action end { te = p; }
    action next { atc__field(s, ts, te); ts = te = p + 1; }

    qstr = '"' ( [^"\\] | '\\' any )* '"';
    paren = '(' ( [^()"] | qstr )* ')';
    bare = [^ ,"(] [^,]*;
    value = ( qstr | paren | bare ) >start %end;

    main := ' '* value? ( ' '* ',' @next ' '* value? )* ' '*;
}%%

%% write data noerror noentry;

ATC_API size_t atc__split_fields(atc__field_sink *s, char *line, size_t len)
{
    char *p = line, *pe = line + len, *eof = pe, *ts = line, *te = line;
    int cs;
    %% write init;
    %% write exec;
    if (cs < atc_fields_first_final) {
        if (s->err == ATC_OK && s->next >= 0)
            s->err = ATC_ERR_MALFORMED;
    } else {
        atc__field(s, ts, te); /* the last value */
    }
    return (size_t)(p - line);
}
