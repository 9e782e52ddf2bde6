
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_H_INCLUDED_
#define _REVIEW_H_INCLUDED_


/*
 * The core's one entry point: feed it the bytes of a page, finish, and
 * read back what to insert at which byte offsets of the original.  Used by
 * the nginx filter, the review-extract previewer, the fuzzer and the
 * benchmark alike.
 */


#include "review_facts.h"


typedef enum {
    REVIEW_CARD_AFTER_TITLE = 0,
    REVIEW_CARD_BEFORE_CONTENT,
    REVIEW_CARD_AFTER_CONTENT,
    REVIEW_CARD_MARKER
} review_card_position_e;


typedef enum {
    REVIEW_BODY_EXCERPT = 0,
    REVIEW_BODY_FULL,
    REVIEW_BODY_OFF
} review_body_mode_e;


typedef enum {
    REVIEW_EXISTING_SKIP = 0,
    REVIEW_EXISTING_FILL
} review_existing_e;


/*
 * The defaults, named once: review_conf_init() and the nginx merge both
 * take them from here (docs/directives.md gives them as "Default:").
 */
#define REVIEW_DEFAULT_JSONLD           1
#define REVIEW_DEFAULT_CARD             0
#define REVIEW_DEFAULT_CARD_STYLE       1
#define REVIEW_DEFAULT_SOCIAL_META      0
#define REVIEW_DEFAULT_FORCE            0
#define REVIEW_DEFAULT_CARD_POSITION    REVIEW_CARD_AFTER_TITLE
#define REVIEW_DEFAULT_BODY_MODE        REVIEW_BODY_EXCERPT
#define REVIEW_DEFAULT_EXISTING         REVIEW_EXISTING_SKIP
#define REVIEW_DEFAULT_MIN_CONFIDENCE   50
/*
 * review_min_words: capsule reviews of 80 to 150 words are common (the
 * real-page corpus' tune half has four classified as reviews, and no
 * page that is not a film review passes at any floor from 0 to 150)
 */
#define REVIEW_DEFAULT_MIN_WORDS        80
/* a short one with a rating, a credits box or its work named this often
   needs half the words */
#define REVIEW_SHORT_MENTIONS           3
#define REVIEW_DEFAULT_MAX_NODES        200000
#define REVIEW_DEFAULT_MAX_TEXT         (4 * 1024 * 1024)
#define REVIEW_DEFAULT_MAX_SENTENCES    20000
#define REVIEW_DEFAULT_MAX_MEMORY       (64 * 1024 * 1024)


typedef struct review_selector_s  review_selector_t;
typedef struct review_template_s  review_template_t;


/* What an operator configured; built once, at configuration time. */

typedef struct {
    unsigned                  jsonld:1;
    unsigned                  card:1;
    unsigned                  card_style:1;
    unsigned                  social_meta:1;
    unsigned                  force:1;
    unsigned                  jsonld_at_end:1;   /* before </body>, for
                                                    a page sent as it
                                                    comes */

    review_card_position_e    card_position;
    review_body_mode_e        body_mode;
    review_existing_e         existing;

    unsigned                  min_confidence;    /* 0-100 */
    unsigned                  min_words;

    size_t                    max_nodes;         /* 0: no limit */
    size_t                    max_text;
    size_t                    max_sentences;
    size_t                    max_memory;

    review_str_t              publisher_name;
    review_str_t              publisher_url;
    review_str_t              publisher_logo;
    review_str_t              author_fallback;

    const review_selector_t  *content_selector;
    const review_selector_t  *title_selector;
    const review_template_t  *card_template;
} review_conf_t;


/* What nginx knows of this response and its request. */

typedef struct {
    review_str_t              url;       /* absolute URL as requested */
    review_str_t              charset;   /* from Content-Type, if any */
    review_str_t              language;  /* Content-Language, if any */
    unsigned                  xhtml:1;   /* application/xhtml+xml */
} review_input_t;


typedef enum {
    REVIEW_INSERT_JSONLD = 0,
    REVIEW_INSERT_META,
    REVIEW_INSERT_CARD
} review_insert_e;


typedef struct {
    size_t                    offset;    /* in the original bytes */
    review_str_t              text;
    review_insert_e           what;
} review_insert_t;


typedef struct review_s  review_t;


void review_conf_init(review_conf_t *conf);


/*
 * Configuration time: an operator's card template and selectors.  Memory
 * comes from alloc(ctx, size) (nginx's cf->pool); on error they return
 * NULL with a message in err.
 */
typedef void *(*review_alloc_pt)(void *ctx, size_t size);

review_template_t *review_template_compile(const unsigned char *text,
    size_t len, review_alloc_pt alloc, void *ctx, char *err, size_t errlen);

review_selector_t *review_selector_compile(const unsigned char *s,
    size_t len, review_alloc_pt alloc, void *ctx, char *err, size_t errlen);

/* NULL only when memory is exhausted */
review_t *review_create(const review_conf_t *conf,
    const review_input_t *input);

/*
 * Feeds the next bytes of the page, in order.  The bytes need not stay
 * valid after the call.  A non-OK return means: stop feeding, send the
 * page as it is; review_status() says why.
 */
int review_feed(review_t *rv, const unsigned char *data, size_t len);

/*
 * Ends the page and does the analysis.  On REVIEW_OK the inserts are
 * ready (possibly none: see review_status()).
 */
int review_finish(review_t *rv);

/* what happened to the page: injected, or skipped and why */
review_status_e review_status(review_t *rv);

/*
 * "injected" or "skipped:<reason>"; REVIEW_STATUS_NONE, a status never
 * decided, reads "skipped:error"
 */
const char *review_status_name(review_status_e status);

/* the status of a name, REVIEW_STATUS_ERROR if it is none */
review_status_e review_status_lookup(const unsigned char *name, size_t len);

/*
 * Where the earliest insert can still land, as an offset into the bytes
 * fed so far: the bytes before it can take none and may be sent now.
 * 0 while an insert may still go anywhere (in the head, by the title or
 * the content); for a page sent as it comes (jsonld_at_end, the card at
 * the marker, nothing else) it follows the parse: up to the body's close
 * for the JSON-LD and the marker for the card, once they are known.  All
 * the bytes fed once the page is declined.
 */
size_t review_hold(review_t *rv);

/* sorted by offset; for equal offsets, in the order to insert them */
size_t review_inserts(review_t *rv, const review_insert_t **inserts);

const review_facts_t *review_get_facts(review_t *rv);

/*
 * The name of a part of the review decision (review_part_e) and its
 * weight, for a previewer to say why; NULL past the last
 */
const char *review_part_name(unsigned part, int *weight);

/* bytes of memory the analysis holds now and held at most */
size_t review_memory(review_t *rv);

void review_destroy(review_t *rv);

/* once per process, before any other call */
void review_global_init(void);

/*
 * At the end of the process, or before the code is unloaded: frees what
 * the analyses keep for the next ones (their memory blocks)
 */
void review_global_done(void);


#endif /* _REVIEW_H_INCLUDED_ */
