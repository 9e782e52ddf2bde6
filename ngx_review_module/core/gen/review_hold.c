
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_splice.h"
#include "review_str.h"


/* what may become the place of an insert in a page sent as it comes */
static const char  *review_hold_tags[] = { "</body", "</html", "<!--" };


/* 1: p starts with one of the tags, 0: with none, -1: too short to say */

static int
review_hold_tag(const unsigned char *p, size_t n)
{
    int     maybe;
    size_t  i, len, m;

    maybe = 0;

    for (i = 0; i < sizeof(review_hold_tags) / sizeof(char *); i++) {
        len = strlen(review_hold_tags[i]);
        m = n < len ? n : len;

        if (review_strncasecmp(p, review_hold_tags[i], m) == 0) {
            if (m == len) {
                return 1;
            }

            maybe = 1;
        }
    }

    return maybe ? -1 : 0;
}


void
review_hold_init(review_hold_t *h, review_arena_t *a)
{
    memset(h, 0, sizeof(review_hold_t));
    review_buf_init(&h->at, a);
}


static int
review_hold_add(review_hold_t *h, uint32_t at, uint32_t bound)
{
    uint32_t  pair[2];

    if (h->at.arena == NULL) {
        if (!h->have_first) {
            h->first = bound;
            h->have_first = 1;
        }

        return REVIEW_OK;
    }

    pair[0] = at;
    pair[1] = bound;

    return review_buf_add(&h->at, pair, sizeof(pair));
}


int
review_hold_scan(review_hold_t *h, const unsigned char *p, size_t len)
{
    int                   r;
    size_t                take;
    uint32_t              bound;
    const unsigned char  *q, *s, *end;

    if (len == 0) {
        return REVIEW_OK;
    }

    end = p + len;

    /* a '<' that ended the last bytes: these say what it was */
    if (h->ntail) {
        take = sizeof(h->tail) - h->ntail;
        take = take < len ? take : len;
        memcpy(h->tail + h->ntail, p, take);

        r = review_hold_tag(h->tail, h->ntail + take);

        if (r < 0) {
            h->ntail += take;
            goto done;
        }

        h->ntail = 0;

        if (r > 0 && review_hold_add(h, h->tail_at, h->tail_bound)
                     != REVIEW_OK)
        {
            return REVIEW_ERROR;
        }
    }

    for (q = p; q < end; q++) {
        q = memchr(q, '<', end - q);
        if (q == NULL) {
            break;
        }

        r = review_hold_tag(q, end - q);
        if (r == 0) {
            continue;
        }

        /* the end of the text before it */
        for (s = q; s > p && review_isspace(s[-1]); s--) { /* void */ }

        bound = s > p ? h->pos + (uint32_t) (s - p) : h->text_end;

        if (r < 0) {
            h->ntail = end - q;
            memcpy(h->tail, q, h->ntail);
            h->tail_at = h->pos + (uint32_t) (q - p);
            h->tail_bound = bound;
            break;
        }

        if (review_hold_add(h, h->pos + (uint32_t) (q - p), bound)
            != REVIEW_OK)
        {
            return REVIEW_ERROR;
        }
    }

done:

    for (s = end; s > p && review_isspace(s[-1]); s--) { /* void */ }

    if (s > p) {
        h->text_end = h->pos + (uint32_t) (s - p);
    }

    h->pos += (uint32_t) len;

    return REVIEW_OK;
}


uint32_t
review_hold_bound(review_hold_t *h, uint32_t parsed)
{
    size_t     n;
    uint32_t   bound, pair[2];

    bound = h->text_end;

    if (h->have_first && h->first < bound) {
        bound = h->first;
    }

    n = h->at.len / sizeof(pair);

    /* what the parse passed is known: the close or the marker, or not */
    for ( /* void */ ; h->next < n; h->next++) {
        memcpy(pair, h->at.data + h->next * sizeof(pair), sizeof(pair));

        if (pair[0] >= parsed) {
            bound = pair[1] < bound ? pair[1] : bound;
            break;
        }
    }

    if (h->ntail && h->tail_bound < bound) {
        bound = h->tail_bound;
    }

    return bound;
}
