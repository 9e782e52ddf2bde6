
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_PAGE_H_INCLUDED_
#define _REVIEW_PAGE_H_INCLUDED_


/*
 * Page understanding: from the tree of the page to the page facts, the
 * review's text blocks, the elements the card is placed by, and the
 * decision whether this is a review at all.
 */


#include "review.h"
#include "review_doc.h"
#include "review_text.h"


/* what classification weighs, gathered while reading the page */
typedef struct {
    unsigned                 title_says_review:1;
    unsigned                 url_says_review:1;
    unsigned                 section_says_review:1;
    unsigned                 structured_review:1;
    unsigned                 rating_box:1;
    unsigned                 selector:1;       /* content by selector */
    unsigned                 prose_words;      /* in the content */
    unsigned                 prose_blocks;
    unsigned                 headings;         /* h2-h6 in the content */
    unsigned                 ratings;          /* rating boxes seen */
    unsigned                 star_lines;       /* prose lines of stars */
    unsigned                 link_density;     /* of the content, % */
    unsigned                 teasers;          /* headed link blocks */
    review_str_t             section;
    review_str_t             tags;             /* the post's rel=tag
                                                  links: "/film/kino" */
    review_str_t             tag_links;        /* its links to tags'
                                                  pages, no rel=tag */
    review_str_t             og_type;
} review_page_signals_t;


typedef struct {
    review_text_t            text;        /* for text understanding */
    uint32_t                 content;     /* the review's container */
    uint32_t                 title;       /* its title element (h1) */
    review_page_signals_t    signals;
} review_page_t;


/* fills the page facts and the text blocks */
int review_page_analyze(review_arena_t *a, const review_doc_t *doc,
    const review_conf_t *conf, const review_input_t *input,
    review_facts_t *facts, review_page_t *page);

/*
 * After text understanding: sets facts->kind, confidence, item_type and,
 * when it is not a review to inject, facts->reason.
 */
int review_classify(review_arena_t *a, const review_doc_t *doc,
    const review_page_t *page, const review_conf_t *conf,
    review_facts_t *facts);


#endif /* _REVIEW_PAGE_H_INCLUDED_ */
