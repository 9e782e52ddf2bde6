
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_TEXT_H_INCLUDED_
#define _REVIEW_TEXT_H_INCLUDED_


/*
 * The review's own words, as page understanding found them: blocks of
 * text in reading order with their inline emphasis.  Text understanding
 * reads them and fills the people, rating, quote and reading facts.
 */


#include "review_facts.h"


typedef enum {
    REVIEW_BLOCK_PARA = 0,           /* <p>, a <br><br> run, a bare div */
    REVIEW_BLOCK_HEADING,            /* <h2>..<h6> inside the review */
    REVIEW_BLOCK_QUOTE,              /* <blockquote> */
    REVIEW_BLOCK_ITEM,               /* <li>, <dd>, <dt> */
    REVIEW_BLOCK_META                /* outside the prose: rating boxes,
                                        fact boxes, the article header */
} review_block_kind_e;


typedef enum {
    REVIEW_SPAN_EM = 0,              /* <em>, <i>, <cite> */
    REVIEW_SPAN_STRONG,              /* <strong>, <b> */
    REVIEW_SPAN_LINK                 /* <a href> */
} review_span_kind_e;


typedef struct {
    uint32_t               start;        /* byte offset in the block text */
    uint32_t               len;
    review_span_kind_e     kind;
    review_str_t           href;         /* links only */
} review_span_t;


typedef struct {
    review_str_t           text;         /* UTF-8, whitespace collapsed */
    review_block_kind_e    kind;
    review_span_t         *spans;
    unsigned               nspans;
    const char            *cls;          /* META blocks: the element's class
                                            and id, e.g. "rating stars" */
} review_block_t;


typedef struct {
    review_block_t        *blocks;       /* the review body, in order */
    unsigned               nblocks;
    review_block_t        *meta;         /* article header, fact boxes */
    unsigned               nmeta;
    unsigned               max_sentences;    /* 0: no limit */
} review_text_t;


/*
 * Reads facts->item_name, headline, title, author and site_name; fills
 * people, rating (only when stated), quote, quote2, summary, body,
 * word_count, reading_minutes, and item_year, runtime, certificate,
 * release when the text states them; may refine item_name.
 * Returns REVIEW_OK, REVIEW_LIMIT (max_sentences) or REVIEW_ERROR.
 */
int review_text_analyze(review_arena_t *a, const review_text_t *text,
    review_facts_t *facts);


#endif /* _REVIEW_TEXT_H_INCLUDED_ */
