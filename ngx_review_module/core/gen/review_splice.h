
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_SPLICE_H_INCLUDED_
#define _REVIEW_SPLICE_H_INCLUDED_


/*
 * Where each fragment goes: positions in the tree, checked to be token
 * boundaries that a browser reads as markup, turned into offsets of the
 * original bytes.
 */


#include "review_charset.h"
#include "review_page.h"


typedef struct {
    review_str_t             jsonld;
    review_str_t             meta;
    review_str_t             card;
} review_fragments_t;


/*
 * Fills *inserts, sorted by offset.  A fragment whose anchor is missing
 * or unsafe is left out; *why then tells which (REVIEW_STATUS_NO_HEAD,
 * _NO_BODY_END, _NO_TITLE, _NO_CONTENT, _NO_MARKER).
 */
int review_splice_plan(review_arena_t *a, const review_doc_t *doc,
    const review_page_t *page, const review_conf_t *conf,
    const review_charset_t *cs, const review_fragments_t *frags,
    review_insert_t **inserts, size_t *ninserts, review_status_e *why);


#endif /* _REVIEW_SPLICE_H_INCLUDED_ */
