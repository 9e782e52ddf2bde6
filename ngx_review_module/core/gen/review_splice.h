
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
 * Where a page sent as it comes may still take an insert.  Its bytes are
 * scanned as they are decoded for what may yet turn out to be the body's
 * close or the marker ("</body", "</html", "<!--"), each noted with the
 * end of the text before it: an insert for it lands there at the earliest
 * (an implied close goes where the last token ended).  The end of the
 * last text bounds a close implied by the end of the page.
 */
typedef struct {
    review_buf_t             at;        /* uint32_t pairs: tag, bound */
    size_t                   next;      /* the first pair not parsed yet */
    uint32_t                 pos;       /* bytes scanned */
    uint32_t                 text_end;  /* after the last byte not space */
    unsigned char            tail[8];   /* a '<' at the end, undecided */
    size_t                   ntail;
    uint32_t                 tail_at;
    uint32_t                 tail_bound;
    uint32_t                 first;     /* without an arena: the first */
    unsigned                 have_first:1;
} review_hold_t;


/* a NULL arena keeps only the first place (a scan done afresh) */
void review_hold_init(review_hold_t *h, review_arena_t *a);
int review_hold_scan(review_hold_t *h, const unsigned char *p, size_t len);

/* the earliest an insert may land, the parse having reached "parsed" */
uint32_t review_hold_bound(review_hold_t *h, uint32_t parsed);


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
