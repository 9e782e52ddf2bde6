
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_gen.h"
#include "review_json_write.h"
#include "review_str.h"


/* the social tags the page lacks, from the same excerpt */

int
review_social_build(review_arena_t *a, const review_facts_t *f,
    const review_conf_t *conf, review_str_t *out)
{
    size_t               n;
    review_buf_t         b;
    const char          *end, *cut;
    const review_str_t  *text;

    out->len = 0;

    text = f->summary.len ? &f->summary : &f->quote;

    if (text->len == 0) {
        return REVIEW_OK;
    }

    n = review_cut_words(text->data, text->len, 300);

    /* in XML a void tag closes itself */
    end = f->xhtml ? "\" />" : "\">";
    cut = f->xhtml ? "&#x2026;\" />" : "&#x2026;\">";

    review_buf_init(&b, a);

    if (!f->has_og_description) {
        review_buf_adds(&b, "<meta property=\"og:description\" content=\"");
        review_html_escape(&b, text->data, n);
        review_buf_adds(&b, n < text->len ? cut : end);
    }

    if (!f->has_twitter_card) {
        review_buf_adds(&b, "<meta name=\"twitter:card\" content=\"summary");
        review_buf_adds(&b, end);
    }

    if (!f->has_twitter_description) {
        review_buf_adds(&b, "<meta name=\"twitter:description\" content=\"");
        review_html_escape(&b, text->data, n);
        review_buf_adds(&b, n < text->len ? cut : end);
    }

    if (b.failed) {
        return REVIEW_ERROR;
    }

    review_buf_get(&b, out);

    return REVIEW_OK;
}
