
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_PAGE_INT_H_INCLUDED_
#define _REVIEW_PAGE_INT_H_INCLUDED_


/* Inside page understanding: what its parts share. */


#include "review_page.h"


/* what a node is to the review (review_pg_t excl) */
#define REVIEW_EXCL_NONE   0          /* prose */
#define REVIEW_EXCL_META   1          /* facts around the prose */
#define REVIEW_EXCL_ALL    2          /* not the article */


typedef struct {
    review_arena_t          *arena;
    const review_doc_t      *doc;
    const review_conf_t     *conf;
    const review_input_t    *input;
    review_facts_t          *facts;
    review_page_t           *page;

    uint32_t                *end;         /* per node: end of its subtree */
    uint8_t                 *excl;        /* per node: not review text,
                                             REVIEW_EXCL_* */
    uint32_t                 scope;       /* article, main or body */

    review_str_t             og_title;
    review_str_t             og_type;
    review_str_t             h1;

    unsigned                 date_flags;  /* REVIEW_DATE_SHORT and the
                                             page's order of day and
                                             month, where it shows one */
} review_pg_t;


/* review_content.c */
int review_content_find(review_pg_t *pg);

/* review_meta.c */
int review_meta_find(review_pg_t *pg);

/* review_title.c: the work's name from a headline */
int review_title_clean(review_arena_t *a, const review_str_t *headline,
    const review_str_t *site, review_str_t *name, review_str_t *year,
    int *is_review);

/* review_date.c */
#define REVIEW_DATE_SHORT  1        /* "10-22-22": two-digit years, where
                                       the place says it is a date */
#define REVIEW_DATE_LEAD   2        /* the text opens with the date */
#define REVIEW_DATE_ALONE  4        /* and holds nothing else but a time */
#define REVIEW_DATE_MDY    8        /* "11/4/19" is 4 November: the
                                       page writes "7/17/20" elsewhere */
#define REVIEW_DATE_DMY    16       /* "4/11/19" is 4 November */
#define REVIEW_DATE_PIVOT  40       /* "22" is 2022, "98" is 1998 */

int review_date_normalize(review_arena_t *a, const review_str_t *in,
    review_str_t *out);
int review_date_parse(review_arena_t *a, const review_str_t *in,
    unsigned flags, review_str_t *out);
unsigned review_date_order(const unsigned char *p, size_t len);
int review_date_from_url(review_arena_t *a, const review_str_t *url,
    review_str_t *out);

/* review_meta.c: an href to the root of the page's site */
int review_href_home(const review_str_t *href, const review_str_t *url);

/* review_selector.c */
uint32_t review_selector_match(const review_selector_t *sel,
    const review_doc_t *doc);

/* a node's collapsed text */
int review_node_text(review_arena_t *a, const review_doc_t *doc, uint32_t n,
    review_str_t *out);

/* class and id of a node as "class id", for hints */
void review_node_hints(const review_doc_t *doc, const review_node_t *n,
    review_str_t *cls, review_str_t *id);

/* is one of the node's class/id words in these lexicon lists? */
int review_node_hint_in(const review_doc_t *doc, const review_node_t *n,
    uint64_t lexicon_bits);


#endif /* _REVIEW_PAGE_INT_H_INCLUDED_ */
