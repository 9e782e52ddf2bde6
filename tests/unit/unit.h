
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _UNIT_H_INCLUDED_
#define _UNIT_H_INCLUDED_


/*
 * A very small unit-test framework: CHECK() records a failure with its
 * line and goes on, so one run shows every failing check.
 */


#include <stdio.h>
#include <string.h>

#include "review.h"


static int  unit_checks;
static int  unit_failures;


#define CHECK(cond)                                                          \
    do {                                                                     \
        unit_checks++;                                                       \
        if (!(cond)) {                                                       \
            unit_failures++;                                                 \
            fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__,       \
                    #cond);                                                  \
        }                                                                    \
    } while (0)


/* a review_str_t equals a C string */
#define CHECK_STR(s, lit)                                                    \
    do {                                                                     \
        const char  *unit_lit = (lit);                                       \
        unit_checks++;                                                       \
        if ((s).len != strlen(unit_lit)                                      \
            || ((s).len && memcmp((s).data, unit_lit, (s).len) != 0))        \
        {                                                                    \
            unit_failures++;                                                 \
            fprintf(stderr, "%s:%d: failed: %s is \"%.*s\", not \"%s\"\n",   \
                    __FILE__, __LINE__, #s, (int) (s).len,                   \
                    (s).data ? (const char *) (s).data : "", unit_lit);      \
        }                                                                    \
    } while (0)


#define CHECK_INT(a, b)                                                      \
    do {                                                                     \
        long long  unit_a = (long long) (a), unit_b = (long long) (b);       \
        unit_checks++;                                                       \
        if (unit_a != unit_b) {                                              \
            unit_failures++;                                                 \
            fprintf(stderr, "%s:%d: failed: %s is %lld, not %lld\n",         \
                    __FILE__, __LINE__, #a, unit_a, unit_b);                 \
        }                                                                    \
    } while (0)


/*
 * A page through the whole pipeline with "conf", fed in pieces of
 * "piece" bytes (0: at once) and finished unless a feed failed; *rc is
 * the last feed's answer.  NULL if out of memory; the caller destroys it.
 */
static inline review_t *
unit_review(const review_conf_t *conf, const unsigned char *page,
    size_t len, size_t piece, int *rc)
{
    size_t           off, n;
    review_t        *rv;
    review_input_t   in;

    memset(&in, 0, sizeof(in));

    rv = review_create(conf, &in);
    if (rv == NULL) {
        return NULL;
    }

    if (piece == 0) {
        piece = len;
    }

    *rc = REVIEW_OK;

    for (off = 0; off < len && *rc == REVIEW_OK; off += n) {
        n = len - off < piece ? len - off : piece;
        *rc = review_feed(rv, page + off, n);
    }

    if (*rc == REVIEW_OK) {
        (void) review_finish(rv);
    }

    return rv;
}


#define UNIT_DONE(name)                                                      \
    do {                                                                     \
        printf("%s: %d checks, %d failed\n", name, unit_checks,              \
               unit_failures);                                               \
        return unit_failures ? 1 : 0;                                        \
    } while (0)


#endif /* _UNIT_H_INCLUDED_ */
