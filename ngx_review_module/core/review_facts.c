
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_facts.h"


review_person_t *
review_people_add(review_arena_t *a, review_people_t *p)
{
    unsigned          n;
    review_person_t  *e;

    if (p->nelts == p->nalloc) {
        n = p->nalloc ? p->nalloc * 2 : 8;

        e = review_realloc(a, p->elts, p->nalloc * sizeof(review_person_t),
                           n * sizeof(review_person_t));
        if (e == NULL) {
            return NULL;
        }

        p->elts = e;
        p->nalloc = n;
    }

    e = &p->elts[p->nelts++];
    memset(e, 0, sizeof(review_person_t));

    return e;
}
