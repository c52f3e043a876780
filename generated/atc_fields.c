
/* Splits the fields part of a line that the profile's machine has already accepted, and hands
 * each value to atc__field for conversion. The profile grammar decided validity; this machine
 * only needs the value boundaries, which are the same for every message: commas outside quotes
 * and parentheses, optional spaces around them, and empty values between two commas.
 * Compiled by ragel into generated/atc_fields.c. */
#include "atc.h"





static const char _atc_fields_actions[] = {
	0, 1, 0, 1, 1, 1, 2, 2, 
	1, 2
};

static const char _atc_fields_key_offsets[] = {
	0, 0, 2, 2, 5, 7, 7, 11, 
	13, 15
};

static const char _atc_fields_trans_keys[] = {
	34, 92, 34, 40, 41, 34, 92, 32, 
	34, 40, 44, 32, 44, 32, 44, 32, 
	44, 0
};

static const char _atc_fields_single_lengths[] = {
	0, 2, 0, 3, 2, 0, 4, 2, 
	2, 2
};

static const char _atc_fields_range_lengths[] = {
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0
};

static const char _atc_fields_index_offsets[] = {
	0, 0, 3, 4, 8, 11, 12, 17, 
	20, 23
};

static const char _atc_fields_trans_targs[] = {
	8, 2, 1, 1, 4, 0, 8, 3, 
	3, 5, 4, 4, 6, 1, 3, 6, 
	7, 7, 6, 7, 9, 6, 0, 9, 
	6, 0, 0
};

static const char _atc_fields_trans_actions[] = {
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 1, 1, 5, 
	1, 3, 7, 0, 3, 7, 0, 0, 
	5, 0, 0
};

static const char _atc_fields_eof_actions[] = {
	0, 0, 0, 0, 0, 0, 0, 3, 
	3, 0
};

static const int atc_fields_start = 6;
static const int atc_fields_first_final = 6;



ATC_API size_t atc__split_fields(atc__field_sink *s, char *line, size_t len)
{
    char *p = line, *pe = line + len, *eof = pe, *ts = line, *te = line;
    int cs;
    
	{
	cs = atc_fields_start;
	}

    
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const char *_keys;

	if ( p == pe )
		goto _test_eof;
	if ( cs == 0 )
		goto _out;
_resume:
	_keys = _atc_fields_trans_keys + _atc_fields_key_offsets[cs];
	_trans = _atc_fields_index_offsets[cs];

	_klen = _atc_fields_single_lengths[cs];
	if ( _klen > 0 ) {
		const char *_lower = _keys;
		const char *_mid;
		const char *_upper = _keys + _klen - 1;
		while (1) {
			if ( _upper < _lower )
				break;

			_mid = _lower + ((_upper-_lower) >> 1);
			if ( (*p) < *_mid )
				_upper = _mid - 1;
			else if ( (*p) > *_mid )
				_lower = _mid + 1;
			else {
				_trans += (unsigned int)(_mid - _keys);
				goto _match;
			}
		}
		_keys += _klen;
		_trans += _klen;
	}

	_klen = _atc_fields_range_lengths[cs];
	if ( _klen > 0 ) {
		const char *_lower = _keys;
		const char *_mid;
		const char *_upper = _keys + (_klen<<1) - 2;
		while (1) {
			if ( _upper < _lower )
				break;

			_mid = _lower + (((_upper-_lower) >> 1) & ~1);
			if ( (*p) < _mid[0] )
				_upper = _mid - 2;
			else if ( (*p) > _mid[1] )
				_lower = _mid + 2;
			else {
				_trans += (unsigned int)((_mid - _keys)>>1);
				goto _match;
			}
		}
		_trans += _klen;
	}

_match:
	cs = _atc_fields_trans_targs[_trans];

	if ( _atc_fields_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _atc_fields_actions + _atc_fields_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
	{ ts = p; }
	break;
	case 1:
	{ te = p; }
	break;
	case 2:
	{ atc__field(s, ts, te); ts = te = p + 1; }
	break;
		}
	}

_again:
	if ( cs == 0 )
		goto _out;
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	if ( p == eof )
	{
	const char *__acts = _atc_fields_actions + _atc_fields_eof_actions[cs];
	unsigned int __nacts = (unsigned int) *__acts++;
	while ( __nacts-- > 0 ) {
		switch ( *__acts++ ) {
	case 1:
	{ te = p; }
	break;
		}
	}
	}

	_out: {}
	}

    if (cs < atc_fields_first_final) {
        if (s->err == ATC_OK && s->next >= 0)
            s->err = ATC_ERR_MALFORMED;
    } else {
        atc__field(s, ts, te); /* the last value */
    }
    return (size_t)(p - line);
}
