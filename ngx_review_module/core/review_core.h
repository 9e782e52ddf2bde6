
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_CORE_H_INCLUDED_
#define _REVIEW_CORE_H_INCLUDED_


/*
 * The nginx-free core shares these few definitions: result codes, a
 * counted string, a per-analysis arena and a growable byte buffer.  No
 * file of the core includes an nginx header, so that the core can be
 * unit-tested, fuzzed and benchmarked on its own.
 */


#include <stddef.h>
#include <stdint.h>


#define REVIEW_OK         0
#define REVIEW_ERROR     -1     /* internal failure: the page goes out as is */
#define REVIEW_LIMIT     -2     /* a work limit was hit: likewise */
#define REVIEW_DECLINED  -3     /* nothing to do for this page */


typedef struct {
    size_t                 len;
    const unsigned char   *data;
} review_str_t;


/*
 * $review_status: what happened to a page, and why.  One vocabulary for
 * the core and the filter; the names are review_status_name() (review.h),
 * in the same order, and docs/troubleshooting.md lists them all
 * (tests/unit/test_status.c holds the two together).
 */
typedef enum {
    REVIEW_STATUS_NONE = 0,             /* not decided (yet) */
    REVIEW_STATUS_INJECTED,

    /* the filter's, before or around the core */
    REVIEW_STATUS_OFF,
    REVIEW_STATUS_STATUS,
    REVIEW_STATUS_METHOD,
    REVIEW_STATUS_TYPE,
    REVIEW_STATUS_ENCODING,
    REVIEW_STATUS_TOO_LARGE,
    REVIEW_STATUS_EMPTY,
    REVIEW_STATUS_HEAD,

    /* the core's */
    REVIEW_STATUS_CHARSET,
    REVIEW_STATUS_NOT_HTML,
    REVIEW_STATUS_LIMIT_NODES,
    REVIEW_STATUS_LIMIT_TEXT,
    REVIEW_STATUS_LIMIT_SENTENCES,
    REVIEW_STATUS_LIMIT_MEMORY,
    REVIEW_STATUS_LIMIT_SIZE,
    REVIEW_STATUS_NOT_REVIEW,
    REVIEW_STATUS_NEWS,
    REVIEW_STATUS_INTERVIEW,
    REVIEW_STATUS_LIST,
    REVIEW_STATUS_INDEX,
    REVIEW_STATUS_MULTI,
    REVIEW_STATUS_NOT_FILM,
    REVIEW_STATUS_UNSURE_WORK,
    REVIEW_STATUS_SELF_REVIEW,
    REVIEW_STATUS_NO_AUTHOR,
    REVIEW_STATUS_LOW_CONFIDENCE,
    REVIEW_STATUS_TOO_SHORT,
    REVIEW_STATUS_HAS_REVIEW,
    REVIEW_STATUS_NO_HEAD,
    REVIEW_STATUS_NO_TITLE,
    REVIEW_STATUS_NO_CONTENT,
    REVIEW_STATUS_NO_MARKER,
    REVIEW_STATUS_NOTHING,
    REVIEW_STATUS_NO_BODY_END,

    /* the filter's, after the core */
    REVIEW_STATUS_STREAMED,
    REVIEW_STATUS_CUT,
    REVIEW_STATUS_ERROR,

    REVIEW_STATUS_N
} review_status_e;


#define review_string(s)     { sizeof(s) - 1, (const unsigned char *) s }
#define review_null_string   { 0, NULL }
#define review_str_set(str, text)                                            \
    (str)->len = sizeof(text) - 1; (str)->data = (const unsigned char *) text


typedef struct review_arena_s  review_arena_t;


/*
 * All memory of one analysis comes from an arena and goes back at once.
 * A limit of 0 means no limit; past the limit every allocation fails and
 * review_arena_over_limit() tells it was the limit, not malloc().
 */
review_arena_t *review_arena_create(size_t limit);
void review_arena_destroy(review_arena_t *a);
void *review_alloc(review_arena_t *a, size_t size);
void *review_calloc(review_arena_t *a, size_t size);
void *review_realloc(review_arena_t *a, void *p, size_t old, size_t size);
unsigned char *review_strndup(review_arena_t *a, const unsigned char *s,
    size_t len);
size_t review_arena_used(review_arena_t *a);
int review_arena_over_limit(review_arena_t *a);

/* frees the blocks that finished analyses left for the next ones */
void review_arena_release(void);


/*
 * A growable buffer.  The first failed append makes the buffer "failed":
 * later appends do nothing, so writers check once at the end.
 */
typedef struct {
    unsigned char         *data;
    size_t                 len;
    size_t                 cap;
    review_arena_t        *arena;
    unsigned               failed:1;
} review_buf_t;


void review_buf_init(review_buf_t *b, review_arena_t *a);
int review_buf_reserve(review_buf_t *b, size_t more);
void review_buf_free(review_buf_t *b);
int review_buf_add(review_buf_t *b, const void *p, size_t n);
int review_buf_adds(review_buf_t *b, const char *s);
int review_buf_addc(review_buf_t *b, unsigned char c);
int review_buf_add_uint(review_buf_t *b, unsigned long n);
int review_buf_add_str(review_buf_t *b, const review_str_t *s);
void review_buf_get(review_buf_t *b, review_str_t *s);


#endif /* _REVIEW_CORE_H_INCLUDED_ */
