
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdio.h>
#include <string.h>

#include "review_gen.h"
#include "review_json_write.h"
#include "review_str.h"


/*
 * The excerpt card readers see: an <aside> with an accessible name, the
 * review's best sentence as a <blockquote> with its <cite>, the work and
 * its people, the stated rating in words and stars, the reading time.
 * Its style is scoped under "rvw-" and resets what a site's CSS could
 * change, so that it cannot leak out nor be broken from outside; light
 * and dark.  No JavaScript, pure ASCII, under 2 KB.
 */


#define REVIEW_CARD_CAST   3            /* actors named on the card */
#define REVIEW_QUOTE_MAX   320


static const char  review_card_style[] =
    "<style>"
    ".rvw-card.rvw-card{all:initial;display:block;box-sizing:border-box;"
    "max-width:100%;margin:1.5em 0;padding:1em 1.25em;"
    "border:1px solid #d4d4d4;border-left:4px solid #a8321f;"
    "border-radius:6px;background:#fff;color:#1c1c1c;"
    "font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;"
    "text-align:left;overflow-wrap:break-word}"
    ".rvw-card.rvw-card *{all:revert;box-sizing:border-box;margin:0;"
    "padding:0;border:0;font:inherit;color:inherit;background:none;"
    "max-width:100%}"
    ".rvw-card.rvw-card .rvw-q{display:block;margin:0 0 .6em;"
    "font-size:1.15em;font-style:italic;line-height:1.4}"
    ".rvw-card.rvw-card cite{display:block;margin-top:.3em;"
    "font-size:.8em;font-style:normal;opacity:.75}"
    ".rvw-card.rvw-card p{display:block;margin:.2em 0}"
    ".rvw-card.rvw-card .rvw-t{font-weight:700}"
    ".rvw-card.rvw-card .rvw-s{color:#a8321f;letter-spacing:.1em}"
    "@media(prefers-color-scheme:dark){.rvw-card.rvw-card{"
    "background:#1d1d1f;color:#ececec;border-color:#3a3a3c;"
    "border-left-color:#e8806f}.rvw-card.rvw-card .rvw-s{color:#e8806f}}"
    "</style>";


static void
review_card_esc(review_buf_t *b, const review_str_t *s)
{
    review_html_escape(b, s->data, s->len);
}


/* "Riz Ahmed, Olivia Cooke and Paul Raci" */

static void
review_card_cast(review_buf_t *b, const review_people_t *actors)
{
    unsigned  i, n;

    n = actors->nelts < REVIEW_CARD_CAST ? actors->nelts : REVIEW_CARD_CAST;

    for (i = 0; i < n; i++) {
        if (i) {
            review_buf_adds(b, i + 1 == n ? " and " : ", ");
        }

        review_card_esc(b, &actors->elts[i].name);
    }
}


static void
review_card_directors(review_buf_t *b, const review_people_t *d)
{
    unsigned  i;

    for (i = 0; i < d->nelts && i < 2; i++) {
        if (i) {
            review_buf_adds(b, " and ");
        }

        review_card_esc(b, &d->elts[i].name);
    }
}


/* "4 out of 5", "3.5 out of 4", or the grade as printed */

static void
review_card_rating_text(review_buf_t *b, const review_rating_t *r)
{
    char  tmp[64];

    snprintf(tmp, sizeof(tmp), "%g out of %g", r->value, r->best);
    review_buf_adds(b, tmp);
}


static void
review_card_stars(review_buf_t *b, const review_rating_t *r)
{
    int       i, full, half;
    double    five;

    five = (r->value - r->worst) / (r->best - r->worst) * 5;
    full = (int) five;
    half = five - full >= 0.5;

    review_buf_adds(b, "<span class=\"rvw-s\" role=\"img\" "
                       "aria-label=\"Rated ");
    review_card_rating_text(b, r);
    review_buf_adds(b, "\">");

    for (i = 0; i < 5; i++) {
        review_buf_adds(b, i < full ? "&#x2605;"
                           : (i == full && half) ? "&#x2bea;" : "&#x2606;");
    }

    review_buf_adds(b, "</span> ");
}


static int
review_card_usable_rating(const review_rating_t *r)
{
    return r->stated && r->best > r->worst && r->value >= r->worst
           && r->value <= r->best;
}


static int
review_card_default(review_buf_t *b, const review_facts_t *f,
    const review_conf_t *conf)
{
    const review_str_t  *quote, *source;

    quote = f->quote.len ? &f->quote : &f->summary;
    source = conf->publisher_name.len ? &conf->publisher_name : &f->site_name;

    review_buf_adds(b, "<aside class=\"rvw-card\" aria-label=\"Review of ");
    review_card_esc(b, &f->item_name);
    review_buf_adds(b, "\">");

    if (conf->card_style) {
        review_buf_adds(b, review_card_style);
    }

    if (quote->len) {
        review_buf_adds(b, "<blockquote class=\"rvw-q\">");
        review_html_escape(b, quote->data,
                           review_cut_words(quote->data, quote->len,
                                            REVIEW_QUOTE_MAX));

        if (f->author.len || source->len) {
            review_buf_adds(b, "<cite>");

            if (f->author.len) {
                review_card_esc(b, &f->author);
            }

            if (f->author.len && source->len) {
                review_buf_adds(b, ", ");
            }

            review_card_esc(b, source);
            review_buf_adds(b, "</cite>");
        }

        review_buf_adds(b, "</blockquote>");
    }

    review_buf_adds(b, "<p><span class=\"rvw-t\">");
    review_card_esc(b, &f->item_name);
    review_buf_adds(b, "</span>");

    if (f->item_year.len) {
        review_buf_adds(b, " (");
        review_card_esc(b, &f->item_year);
        review_buf_adds(b, ")");
    }

    if (f->directors.nelts) {
        review_buf_adds(b, ", directed by ");
        review_card_directors(b, &f->directors);
    }

    if (f->actors.nelts) {
        review_buf_adds(b, ", with ");
        review_card_cast(b, &f->actors);
    }

    review_buf_adds(b, "</p>");

    if (review_card_usable_rating(&f->rating) || f->reading_minutes) {
        review_buf_adds(b, "<p>");

        if (review_card_usable_rating(&f->rating)) {
            review_card_stars(b, &f->rating);
            review_buf_adds(b, "Rating: ");
            review_card_rating_text(b, &f->rating);

            if (f->reading_minutes) {
                review_buf_adds(b, " &#xb7; ");
            }
        }

        if (f->reading_minutes) {
            review_buf_add_uint(b, f->reading_minutes);
            review_buf_adds(b, " min read");
        }

        review_buf_adds(b, "</p>");
    }

    review_buf_adds(b, "</aside>");

    return b->failed ? REVIEW_ERROR : REVIEW_OK;
}


/* operators' own markup */

typedef enum {
    REVIEW_TPL_TEXT = 0,
    REVIEW_TPL_QUOTE,
    REVIEW_TPL_TITLE,
    REVIEW_TPL_YEAR,
    REVIEW_TPL_DIRECTOR,
    REVIEW_TPL_CAST,
    REVIEW_TPL_RATING,
    REVIEW_TPL_READING_TIME,
    REVIEW_TPL_AUTHOR
} review_tpl_e;


typedef struct {
    review_tpl_e             what;
    review_str_t             text;
} review_tpl_part_t;


struct review_template_s {
    review_tpl_part_t       *parts;
    size_t                   nparts;
};


static const char  *review_tpl_names[] = {
    NULL, "quote", "title", "year", "director", "cast", "rating",
    "reading_time", "author"
};


review_template_t *
review_template_compile(const unsigned char *text, size_t len,
    review_alloc_pt alloc, void *ctx, char *err, size_t errlen)
{
    size_t                n, i, k;
    review_template_t    *t;
    const unsigned char  *p, *end, *open, *close, *s;

    if (len == 0) {
        snprintf(err, errlen, "empty card template");
        return NULL;
    }

    /* parts: at most one text and one placeholder per "{{" */
    n = 1;
    for (p = text, end = text + len; p + 1 < end; p++) {
        if (p[0] == '{' && p[1] == '{') {
            n += 2;
        }
    }

    t = alloc(ctx, sizeof(review_template_t));
    if (t == NULL) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }

    t->parts = alloc(ctx, n * sizeof(review_tpl_part_t));
    if (t->parts == NULL) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }

    t->nparts = 0;
    p = text;
    end = text + len;

    while (p < end) {
        open = review_memmem(p, end - p, "{{", 2);
        s = open ? open : end;

        /* a stray "}}" is an error: it is likely a typo */
        if (review_memmem(p, s - p, "}}", 2)) {
            snprintf(err, errlen, "unexpected \"}}\" in card template");
            return NULL;
        }

        if (s > p) {
            t->parts[t->nparts].what = REVIEW_TPL_TEXT;
            t->parts[t->nparts].text.data = p;
            t->parts[t->nparts].text.len = s - p;
            t->nparts++;
        }

        if (open == NULL) {
            break;
        }

        close = review_memmem(open + 2, end - open - 2, "}}", 2);
        if (close == NULL) {
            snprintf(err, errlen, "unclosed \"{{\" in card template");
            return NULL;
        }

        s = open + 2;
        k = close - s;

        while (k && review_isspace(*s)) {
            s++;
            k--;
        }

        while (k && review_isspace(s[k - 1])) {
            k--;
        }

        for (i = 1; i < sizeof(review_tpl_names) / sizeof(char *); i++) {
            if (strlen(review_tpl_names[i]) == k
                && memcmp(review_tpl_names[i], s, k) == 0)
            {
                break;
            }
        }

        if (i == sizeof(review_tpl_names) / sizeof(char *)) {
            snprintf(err, errlen, "unknown placeholder \"{{%.*s}}\" in card "
                     "template, known are {{quote}}, {{title}}, {{year}}, "
                     "{{director}}, {{cast}}, {{rating}}, {{reading_time}} "
                     "and {{author}}", (int) (k > 40 ? 40 : k), s);
            return NULL;
        }

        t->parts[t->nparts].what = (review_tpl_e) i;
        t->parts[t->nparts].text.len = 0;
        t->nparts++;

        p = close + 2;
    }

    return t;
}


static int
review_card_template(review_buf_t *b, const review_facts_t *f,
    const review_template_t *t)
{
    size_t                    i;
    const review_str_t       *quote;
    const review_tpl_part_t  *part;

    for (i = 0; i < t->nparts; i++) {
        part = &t->parts[i];

        switch (part->what) {

        case REVIEW_TPL_TEXT:
            review_buf_add_str(b, &part->text);
            break;

        case REVIEW_TPL_QUOTE:
            quote = f->quote.len ? &f->quote : &f->summary;
            review_html_escape(b, quote->data,
                               review_cut_words(quote->data, quote->len,
                                                REVIEW_QUOTE_MAX));
            break;

        case REVIEW_TPL_TITLE:
            review_card_esc(b, &f->item_name);
            break;

        case REVIEW_TPL_YEAR:
            review_card_esc(b, &f->item_year);
            break;

        case REVIEW_TPL_DIRECTOR:
            review_card_directors(b, &f->directors);
            break;

        case REVIEW_TPL_CAST:
            review_card_cast(b, &f->actors);
            break;

        case REVIEW_TPL_RATING:
            if (review_card_usable_rating(&f->rating)) {
                review_card_rating_text(b, &f->rating);
            }
            break;

        case REVIEW_TPL_READING_TIME:
            if (f->reading_minutes) {
                review_buf_add_uint(b, f->reading_minutes);
                review_buf_adds(b, " min read");
            }
            break;

        case REVIEW_TPL_AUTHOR:
            review_card_esc(b, &f->author);
            break;
        }
    }

    return b->failed ? REVIEW_ERROR : REVIEW_OK;
}


int
review_card_build(review_arena_t *a, const review_facts_t *f,
    const review_conf_t *conf, review_str_t *out)
{
    review_buf_t  b;

    out->len = 0;

    if (f->item_name.len == 0) {
        return REVIEW_OK;
    }

    review_buf_init(&b, a);

    if (review_buf_reserve(&b, 2048) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    if ((conf->card_template
         ? review_card_template(&b, f, conf->card_template)
         : review_card_default(&b, f, conf))
        != REVIEW_OK)
    {
        return REVIEW_ERROR;
    }

    review_buf_get(&b, out);

    return REVIEW_OK;
}

