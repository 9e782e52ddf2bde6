
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include <libxml/parser.h>

#include "review.h"
#include "review_charset.h"
#include "review_doc.h"
#include "review_lexicon.h"
#include "review_gen.h"
#include "review_page.h"
#include "review_splice.h"
#include "review_str.h"
#include "review_text.h"


struct review_s {
    review_arena_t          *arena;
    const review_conf_t     *conf;
    review_input_t           input;

    review_charset_t         cs;
    review_doc_builder_t    *builder;
    review_doc_t            *doc;
    review_buf_t             head;        /* bytes before the charset is
                                             known */
    review_buf_t             utf8;        /* one decoded chunk */

    review_facts_t           facts;
    review_page_t            page;

    review_insert_t         *inserts;
    size_t                   ninserts;

    const char              *status;
    size_t                   peak;

    unsigned                 decided:1;
    unsigned                 done:1;
};


/* the one vocabulary of $review_status, documented in docs/ */

static const char *
review_skip(const char *reason)
{
    static const char  *known[] = {
        "skipped:charset", "skipped:not-html", "skipped:limit-nodes",
        "skipped:limit-text", "skipped:limit-memory", "skipped:limit-size",
        "skipped:limit-sentences", "skipped:not-review", "skipped:news",
        "skipped:interview", "skipped:list", "skipped:index",
        "skipped:multi", "skipped:low-confidence", "skipped:too-short",
        "skipped:has-review", "skipped:not-film", "skipped:unsure-work",
        "skipped:self-review", "skipped:no-author",
        "skipped:no-head", "skipped:no-title", "skipped:no-content",
        "skipped:no-marker", "skipped:nothing", "skipped:error", NULL
    };

    size_t        i, n;

    n = strlen(reason);

    for (i = 0; known[i]; i++) {
        if (strlen(known[i]) == 8 + n
            && memcmp(known[i] + 8, reason, n) == 0)
        {
            return known[i];
        }
    }

    return "skipped:error";
}


void
review_global_init(void)
{
    xmlInitParser();
    review_lexicon_init();
}


void
review_conf_init(review_conf_t *conf)
{
    memset(conf, 0, sizeof(review_conf_t));

    conf->jsonld = 1;
    conf->card = 0;
    conf->card_style = 1;
    conf->card_position = REVIEW_CARD_AFTER_TITLE;
    conf->body_mode = REVIEW_BODY_EXCERPT;
    conf->existing = REVIEW_EXISTING_SKIP;
    conf->min_confidence = 50;
    conf->min_words = 150;
    conf->max_nodes = 200000;
    conf->max_text = 4 * 1024 * 1024;
    conf->max_sentences = 20000;
    conf->max_memory = 64 * 1024 * 1024;
}


static int
review_copy_str(review_arena_t *a, review_str_t *dst, const review_str_t *src)
{
    dst->len = src->len;
    dst->data = review_strndup(a, src->data ? src->data
                               : (const unsigned char *) "", src->len);

    return dst->data ? REVIEW_OK : REVIEW_ERROR;
}


review_t *
review_create(const review_conf_t *conf, const review_input_t *input)
{
    review_t        *rv;
    review_arena_t  *a;

    a = review_arena_create(conf->max_memory);
    if (a == NULL) {
        return NULL;
    }

    rv = review_calloc(a, sizeof(review_t));
    if (rv == NULL) {
        review_arena_destroy(a);
        return NULL;
    }

    rv->arena = a;
    rv->conf = conf;

    if (review_copy_str(a, &rv->input.url, &input->url) != REVIEW_OK
        || review_copy_str(a, &rv->input.charset, &input->charset)
           != REVIEW_OK
        || review_copy_str(a, &rv->input.language, &input->language)
           != REVIEW_OK)
    {
        review_arena_destroy(a);
        return NULL;
    }

    review_buf_init(&rv->head, a);
    review_buf_init(&rv->utf8, a);

    rv->status = "skipped:nothing";

    return rv;
}


static int
review_fail(review_t *rv, int rc, const char *reason)
{
    rv->done = 1;
    rv->status = review_skip(reason);

    if (rv->builder) {
        review_doc_builder_destroy(rv->builder);
        rv->builder = NULL;
    }

    review_charset_close(&rv->cs);

    return rc;
}


static int
review_fail_limit(review_t *rv, const char *limit)
{
    char  reason[32];

    if (limit == NULL) {
        return review_fail(rv, REVIEW_ERROR,
                           review_arena_over_limit(rv->arena)
                           ? "limit-memory" : "error");
    }

    strcpy(reason, "limit-");
    strncat(reason, limit, sizeof(reason) - 8);

    return review_fail(rv, REVIEW_LIMIT, reason);
}


/* decodes and parses one piece of the page */

static int
review_parse(review_t *rv, const unsigned char *p, size_t len, int last)
{
    int           rc;
    review_str_t  utf8;

    if (review_charset_decode(&rv->cs, p, len, last, &rv->utf8, &utf8)
        != REVIEW_OK)
    {
        return review_fail_limit(rv, NULL);
    }

    rc = review_doc_builder_feed(rv->builder, utf8.data, utf8.len, last);

    if (review_arena_used(rv->arena) > rv->peak) {
        rv->peak = review_arena_used(rv->arena);
    }

    if (rc != REVIEW_OK) {
        return review_fail_limit(rv, rv->doc->limit);
    }

    return REVIEW_OK;
}


/*
 * The charset is decided on the first kilobyte: from p itself when it
 * holds that much, else from "head", which keeps the first bytes of
 * several small feeds.  Nothing beyond the kilobyte is copied.
 */

static int
review_decide_charset(review_t *rv, const unsigned char *p, size_t len,
    int final)
{
    int                    rc;
    size_t                 bom, took;
    review_charset_kind_e  kind;

    took = 0;

    if (rv->head.len == 0 && len >= REVIEW_PRESCAN_SIZE) {
        kind = review_charset_detect(&rv->cs, rv->arena, p, len, final,
                                     &rv->input.charset, &bom);

    } else {
        took = REVIEW_PRESCAN_SIZE - rv->head.len;
        if (took > len) {
            took = len;
        }

        if (review_buf_add(&rv->head, p, took) != REVIEW_OK) {
            return review_fail_limit(rv, NULL);
        }

        kind = review_charset_detect(&rv->cs, rv->arena, rv->head.data,
                                     rv->head.len, final,
                                     &rv->input.charset, &bom);
    }

    if (kind == REVIEW_CHARSET_UNKNOWN) {
        return REVIEW_DECLINED;
    }

    rv->decided = 1;

    if (kind == REVIEW_CHARSET_UNSUPPORTED) {
        return review_fail(rv, REVIEW_DECLINED, "charset");
    }

    rv->builder = review_doc_builder_create(rv->arena, rv->conf->max_nodes,
                                            rv->conf->max_text);
    if (rv->builder == NULL) {
        return review_fail_limit(rv, NULL);
    }

    rv->doc = review_doc_builder_doc(rv->builder);

    if (rv->head.len == 0) {
        return review_parse(rv, p + bom, len - bom, 0);
    }

    rc = review_parse(rv, rv->head.data + bom, rv->head.len - bom, 0);
    if (rc != REVIEW_OK) {
        return rc;
    }

    return review_parse(rv, p + took, len - took, 0);
}


int
review_feed(review_t *rv, const unsigned char *data, size_t len)
{
    int  rc;

    if (rv->done) {
        return rv->status[0] == 'i' ? REVIEW_OK : REVIEW_DECLINED;
    }

    if (rv->decided) {
        return review_parse(rv, data, len, 0);
    }

    rc = review_decide_charset(rv, data, len, 0);

    return rc == REVIEW_DECLINED && !rv->done ? REVIEW_OK : rc;
}


static int
review_understand(review_t *rv)
{
    int                   rc;
    review_facts_t       *f;
    const review_conf_t  *conf;

    f = &rv->facts;
    conf = rv->conf;

    if (review_page_analyze(rv->arena, rv->doc, conf, &rv->input, f,
                            &rv->page)
        != REVIEW_OK)
    {
        return review_fail_limit(rv, NULL);
    }

    rc = review_text_analyze(rv->arena, &rv->page.text, f);

    if (rc == REVIEW_LIMIT) {
        return review_fail_limit(rv, "sentences");
    }

    if (rc != REVIEW_OK) {
        return review_fail_limit(rv, NULL);
    }

    if (review_classify(rv->arena, rv->doc, &rv->page, conf, f)
        != REVIEW_OK)
    {
        return review_fail_limit(rv, NULL);
    }

    if (conf->force) {
        return REVIEW_OK;
    }

    if (f->kind != REVIEW_KIND_REVIEW) {
        return review_fail(rv, REVIEW_OK,
                           f->reason ? f->reason : "not-review");
    }

    if (f->confidence < conf->min_confidence) {
        return review_fail(rv, REVIEW_OK, "low-confidence");
    }

    if (f->word_count < conf->min_words) {
        return review_fail(rv, REVIEW_OK, "too-short");
    }

    if (f->has_review_ld && conf->existing == REVIEW_EXISTING_SKIP) {
        return review_fail(rv, REVIEW_OK, "has-review");
    }

    /*
     * a Review has an author: the person the page names, else the
     * configured fallback, else the site as an Organization
     */
    if (f->author.len == 0 && conf->author_fallback.len == 0
        && conf->publisher_name.len == 0 && f->site_name.len == 0
        && !f->has_review_ld)
    {
        return review_fail(rv, REVIEW_OK, "no-author");
    }

    return REVIEW_OK;
}


int
review_finish(review_t *rv)
{
    int                  rc;
    const char          *why;
    review_fragments_t   frags;

    if (rv->done) {
        return rv->status[0] == 'i' ? REVIEW_OK : REVIEW_DECLINED;
    }

    if (!rv->decided) {
        rc = review_decide_charset(rv, (const unsigned char *) "", 0, 1);
        if (rc != REVIEW_OK) {
            return rc;
        }
    }

    rc = review_parse(rv, (const unsigned char *) "", 0, 1);
    if (rc != REVIEW_OK) {
        return rc;
    }

    /* the parser is done: give its memory back before the analysis */
    review_doc_builder_destroy(rv->builder);
    rv->builder = NULL;
    review_buf_free(&rv->utf8);

    if (rv->doc->body == REVIEW_NONE && rv->doc->head == REVIEW_NONE) {
        return review_fail(rv, REVIEW_DECLINED, "not-html");
    }

    rc = review_understand(rv);
    if (rv->done) {
        return rc == REVIEW_OK ? REVIEW_DECLINED : rc;
    }

    memset(&frags, 0, sizeof(frags));

    if (rv->conf->jsonld
        && review_jsonld_build(rv->arena, &rv->facts, rv->conf,
                               &frags.jsonld)
           != REVIEW_OK)
    {
        return review_fail_limit(rv, NULL);
    }

    if (rv->conf->card
        && review_card_build(rv->arena, &rv->facts, rv->conf, &frags.card)
           != REVIEW_OK)
    {
        return review_fail_limit(rv, NULL);
    }

    if (rv->conf->social_meta
        && review_social_build(rv->arena, &rv->facts, rv->conf, &frags.meta)
           != REVIEW_OK)
    {
        return review_fail_limit(rv, NULL);
    }

    if (frags.jsonld.len == 0 && frags.card.len == 0 && frags.meta.len == 0)
    {
        return review_fail(rv, REVIEW_DECLINED, "nothing");
    }

    if (review_splice_plan(rv->arena, rv->doc, &rv->page, rv->conf, &rv->cs,
                           &frags, &rv->inserts, &rv->ninserts, &why)
        != REVIEW_OK)
    {
        return review_fail_limit(rv, NULL);
    }

    review_charset_close(&rv->cs);
    rv->done = 1;

    if (rv->ninserts == 0) {
        rv->status = review_skip(why ? why : "nothing");
        return REVIEW_DECLINED;
    }

    rv->status = "injected";

    if (review_arena_used(rv->arena) > rv->peak) {
        rv->peak = review_arena_used(rv->arena);
    }

    return REVIEW_OK;
}


const char *
review_status(review_t *rv)
{
    return rv->status;
}


size_t
review_inserts(review_t *rv, const review_insert_t **inserts)
{
    *inserts = rv->inserts;

    return rv->status[0] == 'i' ? rv->ninserts : 0;
}


const review_facts_t *
review_get_facts(review_t *rv)
{
    return &rv->facts;
}


size_t
review_memory(review_t *rv)
{
    return rv->peak;
}


void
review_destroy(review_t *rv)
{
    if (rv == NULL) {
        return;
    }

    if (rv->builder) {
        review_doc_builder_destroy(rv->builder);
    }

    review_charset_close(&rv->cs);
    review_arena_destroy(rv->arena);
}
