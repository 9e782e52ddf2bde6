
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_CHARSET_H_INCLUDED_
#define _REVIEW_CHARSET_H_INCLUDED_


/*
 * Turns the page's bytes into clean UTF-8 for libxml2 and maps positions
 * in that UTF-8 back to offsets in the original bytes.
 *
 * UTF-8 pages are copied byte for byte, with invalid sequences, NULs and
 * other control characters replaced by same-length ASCII, so positions
 * are the original offsets (less a BOM): libxml2 would otherwise switch
 * to Latin-1 at the first invalid byte and every later position would be
 * wrong.  Other ASCII-compatible charsets are converted with iconv run by
 * run between '<' and '>', keeping a sparse map of where the two streams
 * drift apart; every position we insert at is at such a boundary.
 */


#include <iconv.h>

#include "review_core.h"


#define REVIEW_PRESCAN_SIZE  1024


typedef enum {
    REVIEW_CHARSET_UNKNOWN = 0,     /* not decided yet */
    REVIEW_CHARSET_UTF8,
    REVIEW_CHARSET_ICONV,
    REVIEW_CHARSET_UNSUPPORTED      /* UTF-16, ISO-2022-*, unknown label */
} review_charset_kind_e;


typedef struct {
    size_t                  dec;
    size_t                  src;
} review_charset_mark_t;


typedef struct {
    review_charset_kind_e   kind;
    const char             *name;       /* iconv name, for ICONV */
    iconv_t                 cd;

    size_t                  src;        /* source bytes taken so far */
    size_t                  dec;        /* UTF-8 bytes produced so far */

    unsigned char           pend[8];    /* a sequence split between feeds */
    size_t                  npend;

    review_charset_mark_t  *marks;      /* where dec - src changes */
    size_t                  nmarks;
    size_t                  nalloc;
    review_arena_t         *arena;
} review_charset_t;


/*
 * Decides the encoding from, in order: a BOM, the Content-Type charset,
 * a <meta> charset in the first 1024 bytes, else UTF-8.  "head" is the
 * start of the page; with "final" unset and fewer than 1024 bytes it may
 * answer REVIEW_CHARSET_UNKNOWN: call again with more.  Sets *bom to the
 * length of a BOM to skip.
 */
review_charset_kind_e review_charset_detect(review_charset_t *cs,
    review_arena_t *a, const unsigned char *head, size_t len, int final,
    const review_str_t *header_charset, size_t *bom);

/*
 * The UTF-8 for the next source bytes: for a UTF-8 page *out is the input
 * itself, not yet sanitised (the document builder sanitises what it
 * parses); for another charset, a decoded and sanitised copy in scratch.
 */
int review_charset_decode(review_charset_t *cs, const unsigned char *p,
    size_t len, int last, review_buf_t *scratch, review_str_t *out);

/* the original offset of a UTF-8 position at a '<' or just after a '>' */
size_t review_charset_map(const review_charset_t *cs, size_t dec);

void review_charset_close(review_charset_t *cs);

/*
 * Replaces, in place, what libxml2 must not see by same-length ASCII:
 * invalid UTF-8 by '?', NUL and control characters by ' '.  A sequence
 * cut at the end is left alone and its length returned in *tail, unless
 * "last".
 */
void review_utf8_sanitize(unsigned char *p, size_t len, int last,
    size_t *tail);

/* length of the UTF-8 sequence at p (1..4), 0 if invalid or cut */
size_t review_utf8_valid(const unsigned char *p, const unsigned char *end);


#endif /* _REVIEW_CHARSET_H_INCLUDED_ */
