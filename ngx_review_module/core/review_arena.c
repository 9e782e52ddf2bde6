
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdlib.h>
#include <string.h>

#include "review_core.h"


/*
 * Small allocations are carved from chunks; big ones get a malloc() block
 * of their own so that growing buffers can realloc() in place instead of
 * leaving copies behind.  The byte limit counts what we took from malloc.
 *
 * Each analysis takes a few times the page and gives it all back at the
 * end.  Given back to malloc, glibc would return the top of its heap to
 * the kernel (past 128 KB free) and map big blocks afresh, and every page
 * would pay for munmap, TLB shootdowns and page faults again (30% of a
 * worker's time on the seed page).  So the blocks of a finished analysis
 * are kept for the next one, up to what the largest analysis so far took
 * (REVIEW_KEEP_MAX at most): the process keeps the memory it needs, and
 * malloc's settings stay what they are for everybody else.  One analysis
 * at a time per process (an nginx worker, a tool): the blocks kept are
 * not shared between threads.
 */

#define REVIEW_ALIGN(n)      (((n) + 15) & ~(size_t) 15)
#define REVIEW_CHUNK_SIZE    (8 * 1024)
#define REVIEW_BIG           (REVIEW_CHUNK_SIZE / 4)
#ifndef REVIEW_KEEP_MAX                   /* -DREVIEW_KEEP_MAX=1: keep
                                             nothing, to measure */
#define REVIEW_KEEP_MAX      (64 * 1024 * 1024)
#endif
#define REVIEW_KEEP_BIG      64           /* big blocks kept at most */


typedef struct review_chunk_s  review_chunk_t;
typedef struct review_big_s    review_big_t;

struct review_chunk_s {
    review_chunk_t   *next;
    unsigned char    *pos;
    unsigned char    *end;
    size_t            size;
};

struct review_big_s {
    review_big_t     *prev;
    review_big_t     *next;
    size_t            size;        /* what malloc() gave, past the header */
    size_t            used;        /* what the arena counts: asked for */
};

struct review_arena_s {
    review_chunk_t   *chunks;
    review_big_t     *big;
    size_t            used;
    size_t            peak;
    size_t            limit;
    unsigned          over_limit:1;
};


/* the blocks of finished analyses, for the next ones */
static struct {
    review_chunk_t   *chunks;
    review_big_t     *big;         /* by size, the smallest first */
    size_t            nbig;
    size_t            kept;        /* bytes in both */
    size_t            bound;       /* the most one analysis took */
} review_keep;


static int
review_arena_account(review_arena_t *a, size_t add)
{
    if (a->limit && a->used + add > a->limit) {
        a->over_limit = 1;
        return REVIEW_LIMIT;
    }

    a->used += add;

    if (a->used > a->peak) {
        a->peak = a->used;
    }

    return REVIEW_OK;
}


/* a big block goes to the kept ones, by size, or back to malloc */

static void
review_keep_big(review_big_t *b)
{
    size_t          n;
    review_big_t  **pp;

    n = sizeof(review_big_t) + b->size;

    if (review_keep.nbig == REVIEW_KEEP_BIG
        || review_keep.kept + n > review_keep.bound)
    {
        free(b);
        return;
    }

    for (pp = &review_keep.big; *pp && (*pp)->size < b->size;
         pp = &(*pp)->next)
    {
        /* void */
    }

    b->next = *pp;
    *pp = b;

    review_keep.nbig++;
    review_keep.kept += n;
}


/* the smallest kept block that holds size, if it is not much larger */

static review_big_t *
review_reuse_big(size_t size)
{
    review_big_t  *b, **pp;

    for (pp = &review_keep.big; *pp; pp = &(*pp)->next) {
        b = *pp;

        if (b->size < size) {
            continue;
        }

        if (b->size / 2 > size) {
            return NULL;
        }

        *pp = b->next;
        review_keep.nbig--;
        review_keep.kept -= sizeof(review_big_t) + b->size;

        return b;
    }

    return NULL;
}


review_arena_t *
review_arena_create(size_t limit)
{
    review_arena_t  *a;

    a = calloc(1, sizeof(review_arena_t));
    if (a == NULL) {
        return NULL;
    }

    a->limit = limit;
    a->used = sizeof(review_arena_t);

    return a;
}


void
review_arena_destroy(review_arena_t *a)
{
    review_big_t    *b, *bn;
    review_chunk_t  *c, *cn;

    if (a == NULL) {
        return;
    }

    if (a->peak > review_keep.bound) {
        review_keep.bound = a->peak < REVIEW_KEEP_MAX ? a->peak
                                                       : REVIEW_KEEP_MAX;
    }

    for (c = a->chunks; c; c = cn) {
        cn = c->next;

        if (review_keep.kept + c->size > review_keep.bound) {
            free(c);
            continue;
        }

        c->next = review_keep.chunks;
        review_keep.chunks = c;
        review_keep.kept += c->size;
    }

    for (b = a->big; b; b = bn) {
        bn = b->next;
        review_keep_big(b);
    }

    free(a);
}


static void *
review_alloc_big(review_arena_t *a, size_t size)
{
    review_big_t  *b;

    if (size > SIZE_MAX - sizeof(review_big_t)
        || review_arena_account(a, sizeof(review_big_t) + size) != REVIEW_OK)
    {
        return NULL;
    }

    b = review_reuse_big(size);

    if (b == NULL) {
        b = malloc(sizeof(review_big_t) + size);
        if (b == NULL) {
            a->used -= sizeof(review_big_t) + size;
            return NULL;
        }

        b->size = size;
    }

    b->used = size;
    b->prev = NULL;
    b->next = a->big;

    if (a->big) {
        a->big->prev = b;
    }

    a->big = b;

    return (unsigned char *) b + sizeof(review_big_t);
}


void *
review_alloc(review_arena_t *a, size_t size)
{
    size_t           csize;
    unsigned char   *p;
    review_chunk_t  *c;

    if (size == 0) {
        size = 1;
    }

    if (size > REVIEW_BIG) {
        return review_alloc_big(a, size);
    }

    size = REVIEW_ALIGN(size);
    c = a->chunks;

    if (c == NULL || (size_t) (c->end - c->pos) < size) {

        /* fixed chunks: doubling ones would waste up to half of them */
        csize = REVIEW_CHUNK_SIZE;

        if (review_arena_account(a, csize) != REVIEW_OK) {
            return NULL;
        }

        c = review_keep.chunks;

        if (c) {
            review_keep.chunks = c->next;
            review_keep.kept -= csize;

        } else {
            c = malloc(csize);
            if (c == NULL) {
                a->used -= csize;
                return NULL;
            }
        }

        c->size = csize;
        c->pos = (unsigned char *) c + REVIEW_ALIGN(sizeof(review_chunk_t));
        c->end = (unsigned char *) c + csize;
        c->next = a->chunks;
        a->chunks = c;
    }

    p = c->pos;
    c->pos += size;

    return p;
}


void *
review_calloc(review_arena_t *a, size_t size)
{
    void  *p;

    p = review_alloc(a, size);
    if (p) {
        memset(p, 0, size);
    }

    return p;
}


void *
review_realloc(review_arena_t *a, void *p, size_t old, size_t size)
{
    void          *n;
    review_big_t  *b, *nb;

    if (p == NULL) {
        return review_alloc(a, size);
    }

    if (size <= old) {
        return p;
    }

    if (old <= REVIEW_BIG) {
        n = review_alloc(a, size);
        if (n) {
            memcpy(n, p, old);
        }

        return n;
    }

    b = (review_big_t *) ((unsigned char *) p - sizeof(review_big_t));

    if (size > SIZE_MAX - sizeof(review_big_t)
        || review_arena_account(a, size - b->used) != REVIEW_OK)
    {
        return NULL;
    }

    /* a kept block may be larger than it was asked for */
    if (size <= b->size) {
        b->used = size;
        return p;
    }

    nb = realloc(b, sizeof(review_big_t) + size);
    if (nb == NULL) {
        a->used -= size - b->used;
        return NULL;
    }

    nb->size = size;
    nb->used = size;

    if (nb->prev) {
        nb->prev->next = nb;

    } else {
        a->big = nb;
    }

    if (nb->next) {
        nb->next->prev = nb;
    }

    return (unsigned char *) nb + sizeof(review_big_t);
}


unsigned char *
review_strndup(review_arena_t *a, const unsigned char *s, size_t len)
{
    unsigned char  *p;

    p = review_alloc(a, len + 1);
    if (p == NULL) {
        return NULL;
    }

    if (len) {
        memcpy(p, s, len);
    }

    p[len] = '\0';

    return p;
}


/* the end of the process (or of the module, unloaded): all goes back */

void
review_arena_release(void)
{
    review_big_t    *b, *bn;
    review_chunk_t  *c, *cn;

    for (c = review_keep.chunks; c; c = cn) {
        cn = c->next;
        free(c);
    }

    for (b = review_keep.big; b; b = bn) {
        bn = b->next;
        free(b);
    }

    memset(&review_keep, 0, sizeof(review_keep));
}


size_t
review_arena_used(review_arena_t *a)
{
    return a->used;
}


int
review_arena_over_limit(review_arena_t *a)
{
    return a->over_limit;
}


void
review_buf_init(review_buf_t *b, review_arena_t *a)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->arena = a;
    b->failed = 0;
}


/*
 * Buffers that served their purpose (the parser's input, a decoding
 * scratch) give their block back before the analysis needs memory.
 */

void
review_buf_free(review_buf_t *b)
{
    review_big_t    *big;
    review_arena_t  *a;

    a = b->arena;

    if (b->data && b->cap > REVIEW_BIG) {
        big = (review_big_t *) (b->data - sizeof(review_big_t));

        if (big->prev) {
            big->prev->next = big->next;

        } else {
            a->big = big->next;
        }

        if (big->next) {
            big->next->prev = big->prev;
        }

        a->used -= sizeof(review_big_t) + big->used;
        review_keep_big(big);
    }

    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}


int
review_buf_reserve(review_buf_t *b, size_t more)
{
    size_t          cap;
    unsigned char  *p;

    if (b->failed) {
        return REVIEW_ERROR;
    }

    if (b->cap - b->len >= more) {
        return REVIEW_OK;
    }

    if (more > SIZE_MAX / 4 - b->len) {
        b->failed = 1;
        return REVIEW_ERROR;
    }

    cap = b->cap ? b->cap * 2 : 256;
    if (cap < b->len + more) {
        cap = b->len + more;
    }

    p = review_realloc(b->arena, b->data, b->cap, cap);
    if (p == NULL) {
        b->failed = 1;
        return REVIEW_ERROR;
    }

    b->data = p;
    b->cap = cap;

    return REVIEW_OK;
}


int
review_buf_add(review_buf_t *b, const void *p, size_t n)
{
    if (n == 0) {
        return b->failed ? REVIEW_ERROR : REVIEW_OK;
    }

    if (review_buf_reserve(b, n) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    memcpy(b->data + b->len, p, n);
    b->len += n;

    return REVIEW_OK;
}


int
review_buf_adds(review_buf_t *b, const char *s)
{
    return review_buf_add(b, s, strlen(s));
}


int
review_buf_addc(review_buf_t *b, unsigned char c)
{
    if (review_buf_reserve(b, 1) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    b->data[b->len++] = c;

    return REVIEW_OK;
}


int
review_buf_add_uint(review_buf_t *b, unsigned long n)
{
    unsigned char   tmp[24], *p;

    p = tmp + sizeof(tmp);

    do {
        *--p = (unsigned char) ('0' + n % 10);
        n /= 10;
    } while (n);

    return review_buf_add(b, p, tmp + sizeof(tmp) - p);
}


int
review_buf_add_str(review_buf_t *b, const review_str_t *s)
{
    return review_buf_add(b, s->data, s->len);
}


void
review_buf_get(review_buf_t *b, review_str_t *s)
{
    s->data = b->data;
    s->len = b->len;
}
