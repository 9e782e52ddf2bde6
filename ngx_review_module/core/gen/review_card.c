
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
 * and dark.  Its width is at most the text column's: a block theme's
 * content size (WordPress's --wp--style--global--content-size, so that a
 * card after a title in a wide group lines up with the paragraphs), or
 * the operator's --rvw-width.  No JavaScript, pure ASCII, under 2 KB.
 */


#define REVIEW_CARD_CAST   3            /* actors named on the card */
#define REVIEW_QUOTE_MAX   320


static const char  review_card_style[] =
    "<style>"
    ".rvw-card.rvw-card{all:initial;display:block;box-sizing:border-box;"
    "max-width:min(100%,var(--rvw-width,"
    "var(--wp--style--global--content-size,100%)));"
    "margin:1.5em auto;padding:1em 1.25em;"
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
    ".rvw-card.rvw-card .rvw-s{position:relative;display:inline-block;"
    "color:#a8321f;white-space:nowrap;line-height:1}"
    ".rvw-card.rvw-card .rvw-s1{position:absolute;left:0;top:0;"
    "overflow:hidden;white-space:nowrap}"
    ".rvw-s .rvw-w0{width:0}.rvw-s .rvw-w1{width:10%}"
    ".rvw-s .rvw-w2{width:20%}.rvw-s .rvw-w3{width:30%}"
    ".rvw-s .rvw-w4{width:40%}.rvw-s .rvw-w5{width:50%}"
    ".rvw-s .rvw-w6{width:60%}.rvw-s .rvw-w7{width:70%}"
    ".rvw-s .rvw-w8{width:80%}.rvw-s .rvw-w9{width:90%}"
    ".rvw-s .rvw-w10{width:100%}"
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


/* "4 out of 5", "3.5 out of 4", or the grade as printed: "B+" */

static int
review_card_is_grade(const review_rating_t *r)
{
    return r->best == REVIEW_GRADE_SCALE && r->text.len && r->text.len <= 2
           && r->text.data[0] >= 'A' && r->text.data[0] <= 'F';
}


static void
review_card_rating_text(review_buf_t *b, const review_rating_t *r)
{
    char  tmp[64];

    if (review_card_is_grade(r)) {
        review_html_escape(b, r->text.data, r->text.len);
        return;
    }

    snprintf(tmp, sizeof(tmp), "%g out of %g", r->value, r->best);
    review_buf_adds(b, tmp);
}


/*
 * value / best of five stars, to the half: a row of empty stars with a
 * row of full ones over it, clipped by the card's style (rvw-w0..10:
 * tenths of the row).  U+2605 and U+2606 are in every common font; the
 * half star U+2BEA is not.  Screen readers read the label.
 */

static void
review_card_stars(review_buf_t *b, const review_rating_t *r)
{
    unsigned  tenths;

    tenths = (unsigned) (r->value / r->best * 10 + 0.5);
    if (tenths > 10) {
        tenths = 10;
    }

    review_buf_adds(b, "<span class=\"rvw-s\" role=\"img\" "
                       "aria-label=\"Rated ");
    review_card_rating_text(b, r);
    review_buf_adds(b, "\"><span class=\"rvw-s0\" aria-hidden=\"true\">"
                       "&#x2606;&#x2606;&#x2606;&#x2606;&#x2606;</span>"
                       "<span class=\"rvw-s1 rvw-w");
    review_buf_add_uint(b, tenths);
    review_buf_adds(b, "\" aria-hidden=\"true\">"
                       "&#x2605;&#x2605;&#x2605;&#x2605;&#x2605;</span>"
                       "</span> ");
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

            /* a grade is a letter, not stars */
            if (review_card_is_grade(&f->rating)) {
                review_buf_adds(b, "Grade: ");

            } else {
                review_card_stars(b, &f->rating);
                review_buf_adds(b, "Rating: ");
            }

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


/*
 * Where a placeholder may go.  The template is read as a browser would
 * tokenize it; a value is HTML-escaped (quotes included), which is safe
 * in element text and in a quoted attribute value, but not in a tag, an
 * unquoted value, a comment or raw text, nor in an attribute whose value
 * is script, style or a URL.
 */

static const char  *review_tpl_rawtext[] = {
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed",
    "noframes", "noscript", "plaintext", NULL
};

static const char  *review_tpl_unsafe_attrs[] = {
    "style", "href", "src", "srcset", "srcdoc", "action", "formaction",
    "poster", "background", "cite", "longdesc", "data", "codebase",
    "classid", "archive", "manifest", "ping", "lowsrc", "dynsrc", "usemap",
    "profile", "icon", "content", "xlink:href", "xml:base", NULL
};


typedef enum {
    REVIEW_TPL_S_DATA = 0,
    REVIEW_TPL_S_TAG_OPEN,            /* after "<" */
    REVIEW_TPL_S_TAG_NAME,
    REVIEW_TPL_S_ATTRS,               /* between attributes */
    REVIEW_TPL_S_ATTR_NAME,
    REVIEW_TPL_S_AFTER_NAME,          /* "name" then maybe "=" */
    REVIEW_TPL_S_BEFORE_VALUE,
    REVIEW_TPL_S_VALUE_DQ,
    REVIEW_TPL_S_VALUE_SQ,
    REVIEW_TPL_S_VALUE_UQ,
    REVIEW_TPL_S_COMMENT,
    REVIEW_TPL_S_DECL,                /* <!DOCTYPE ...>, <?...> */
    REVIEW_TPL_S_RAWTEXT
} review_tpl_state_e;


/* why a placeholder may not go here, by state */
static const char  *review_tpl_where[] = {
    NULL, "in a tag", "in a tag name", "in a tag", "in an attribute name",
    "in a tag", "in an unquoted attribute value",
    NULL, NULL, "in an unquoted attribute value", "in a comment",
    "in a declaration", NULL
};


static int
review_tpl_in(const unsigned char *s, size_t len, const char **names)
{
    size_t  i;

    for (i = 0; names[i]; i++) {
        if (strlen(names[i]) == len
            && review_strncasecmp(s, names[i], len) == 0)
        {
            return 1;
        }
    }

    return 0;
}


typedef struct {
    review_tpl_state_e       state;
    unsigned                 line;
    unsigned                 open_line;   /* of the tag or comment open */
    unsigned                 end_tag:1;
    const unsigned char     *name;        /* tag or attribute name */
    size_t                   name_len;
    const unsigned char     *tag;         /* the open tag's name */
    size_t                   tag_len;
    const unsigned char     *raw;         /* raw text: its element */
    size_t                   raw_len;
} review_tpl_scan_t;


/* one byte of the template through the tokenizer; p: its place */

static void
review_tpl_step(review_tpl_scan_t *sc, const unsigned char *p,
    const unsigned char *end)
{
    unsigned char  c;

    c = *p;

    if (c == '\n') {
        sc->line++;
    }

    switch (sc->state) {

    case REVIEW_TPL_S_DATA:
        if (c == '<') {
            sc->state = REVIEW_TPL_S_TAG_OPEN;
            sc->open_line = sc->line;
        }
        return;

    case REVIEW_TPL_S_TAG_OPEN:
        sc->end_tag = 0;

        if (c == '!' && end - p >= 3 && p[1] == '-' && p[2] == '-') {
            sc->state = REVIEW_TPL_S_COMMENT;
            sc->name = p + 3;             /* "<!-->" closes at once */

        } else if (c == '!' || c == '?') {
            sc->state = REVIEW_TPL_S_DECL;

        } else if (c == '/') {
            sc->end_tag = 1;
            sc->state = REVIEW_TPL_S_TAG_NAME;
            sc->tag = p + 1;
            sc->tag_len = 0;

        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            sc->state = REVIEW_TPL_S_TAG_NAME;
            sc->tag = p;
            sc->tag_len = 1;

        } else {
            sc->state = REVIEW_TPL_S_DATA;    /* a bare "<" is text */
        }
        return;

    case REVIEW_TPL_S_TAG_NAME:
        if (review_isspace(c) || c == '/') {
            sc->state = REVIEW_TPL_S_ATTRS;

        } else if (c == '>') {
            break;

        } else {
            sc->tag_len++;
        }
        return;

    case REVIEW_TPL_S_ATTRS:
        if (c == '>') {
            break;
        }

        if (!review_isspace(c) && c != '/') {
            sc->state = REVIEW_TPL_S_ATTR_NAME;
            sc->name = p;
            sc->name_len = 1;
        }
        return;

    case REVIEW_TPL_S_ATTR_NAME:
        if (c == '=') {
            sc->state = REVIEW_TPL_S_BEFORE_VALUE;

        } else if (c == '>') {
            break;

        } else if (review_isspace(c) || c == '/') {
            sc->state = REVIEW_TPL_S_AFTER_NAME;

        } else {
            sc->name_len++;
        }
        return;

    case REVIEW_TPL_S_AFTER_NAME:
        if (c == '=') {
            sc->state = REVIEW_TPL_S_BEFORE_VALUE;

        } else if (c == '>') {
            break;

        } else if (!review_isspace(c) && c != '/') {
            sc->state = REVIEW_TPL_S_ATTR_NAME;
            sc->name = p;
            sc->name_len = 1;
        }
        return;

    case REVIEW_TPL_S_BEFORE_VALUE:
        if (c == '"') {
            sc->state = REVIEW_TPL_S_VALUE_DQ;

        } else if (c == '\'') {
            sc->state = REVIEW_TPL_S_VALUE_SQ;

        } else if (c == '>') {
            break;

        } else if (!review_isspace(c)) {
            sc->state = REVIEW_TPL_S_VALUE_UQ;
        }
        return;

    case REVIEW_TPL_S_VALUE_DQ:
    case REVIEW_TPL_S_VALUE_SQ:
        if (c == (sc->state == REVIEW_TPL_S_VALUE_DQ ? '"' : '\'')) {
            sc->state = REVIEW_TPL_S_ATTRS;
        }
        return;

    case REVIEW_TPL_S_VALUE_UQ:
        if (c == '>') {
            break;
        }

        if (review_isspace(c)) {
            sc->state = REVIEW_TPL_S_ATTRS;
        }
        return;

    case REVIEW_TPL_S_COMMENT:
        /* "-->", or "<!-->" and "<!--->" */
        if (c == '>' && p >= sc->name
            && ((p - sc->name >= 2 && p[-1] == '-' && p[-2] == '-')
                || p == sc->name || (p == sc->name + 1 && p[-1] == '-')))
        {
            sc->state = REVIEW_TPL_S_DATA;
        }
        return;

    case REVIEW_TPL_S_DECL:
        if (c == '>') {
            sc->state = REVIEW_TPL_S_DATA;
        }
        return;

    case REVIEW_TPL_S_RAWTEXT:
        /* until "</name" and a delimiter */
        if (c == '<' && (size_t) (end - p) > sc->raw_len + 2 && p[1] == '/'
            && review_strncasecmp(p + 2, (const char *) sc->raw,
                                  sc->raw_len) == 0
            && (review_isspace(p[2 + sc->raw_len]) || p[2 + sc->raw_len] == '>'
                || p[2 + sc->raw_len] == '/'))
        {
            sc->state = REVIEW_TPL_S_TAG_OPEN;
            sc->open_line = sc->line;
        }
        return;
    }

    /* '>' ends a tag: a start tag of raw text opens raw text */
    sc->state = REVIEW_TPL_S_DATA;

    if (!sc->end_tag && sc->tag_len
        && review_tpl_in(sc->tag, sc->tag_len, review_tpl_rawtext))
    {
        sc->state = REVIEW_TPL_S_RAWTEXT;
        sc->raw = sc->tag;
        sc->raw_len = sc->tag_len;
        sc->open_line = sc->line;
    }
}


/* NULL: a placeholder may go where the scan is; else why not */

static const char *
review_tpl_unsafe(review_tpl_scan_t *sc)
{
    switch (sc->state) {

    case REVIEW_TPL_S_DATA:
        return NULL;

    case REVIEW_TPL_S_RAWTEXT:
        return "inside an element whose text is not markup (script, "
               "style, textarea, title...)";

    case REVIEW_TPL_S_VALUE_DQ:
    case REVIEW_TPL_S_VALUE_SQ:
        if (sc->name_len > 2 && (sc->name[0] | 0x20) == 'o'
            && (sc->name[1] | 0x20) == 'n')
        {
            return "in an event handler attribute";
        }

        if (review_tpl_in(sc->name, sc->name_len, review_tpl_unsafe_attrs)) {
            return "in a style or URL attribute";
        }

        return NULL;

    default:
        return review_tpl_where[sc->state];
    }
}


review_template_t *
review_template_compile(const unsigned char *text, size_t len,
    review_alloc_pt alloc, void *ctx, char *err, size_t errlen)
{
    size_t                n, i, k;
    const char           *why;
    review_template_t    *t;
    review_tpl_scan_t     sc;
    const unsigned char  *p, *end, *run, *s;

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
    end = text + len;

    memset(&sc, 0, sizeof(review_tpl_scan_t));
    sc.line = 1;

    for (p = text, run = text; p < end; /* void */) {

        if (end - p < 2 || p[0] != '{' || p[1] != '{') {

            /* a stray "}}" is an error: it is likely a typo */
            if (end - p >= 2 && p[0] == '}' && p[1] == '}') {
                snprintf(err, errlen, "line %u: unexpected \"}}\"",
                         sc.line);
                return NULL;
            }

            review_tpl_step(&sc, p, end);
            p++;
            continue;
        }

        /* "{{name}}" */

        s = review_memmem(p + 2, end - p - 2, "}}", 2);
        if (s == NULL) {
            snprintf(err, errlen, "line %u: unclosed \"{{\"", sc.line);
            return NULL;
        }

        k = s - p - 2;
        s = p + 2;

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
            snprintf(err, errlen, "line %u: unknown placeholder "
                     "\"{{%.*s}}\", known are {{quote}}, {{title}}, "
                     "{{year}}, {{director}}, {{cast}}, {{rating}}, "
                     "{{reading_time}} and {{author}}", sc.line,
                     (int) (k > 40 ? 40 : k), s);
            return NULL;
        }

        why = review_tpl_unsafe(&sc);
        if (why) {
            snprintf(err, errlen, "line %u: \"{{%s}}\" %s; a placeholder "
                     "goes in element text or in a quoted attribute value",
                     sc.line, review_tpl_names[i], why);
            return NULL;
        }

        if (p > run) {
            t->parts[t->nparts].what = REVIEW_TPL_TEXT;
            t->parts[t->nparts].text.data = run;
            t->parts[t->nparts].text.len = p - run;
            t->nparts++;
        }

        t->parts[t->nparts].what = (review_tpl_e) i;
        t->parts[t->nparts].text.len = 0;
        t->nparts++;

        /* a value is text to the tokenizer: it cannot end a quote */
        p = review_memmem(p + 2, end - p - 2, "}}", 2) + 2;
        run = p;
    }

    if (p > run) {
        t->parts[t->nparts].what = REVIEW_TPL_TEXT;
        t->parts[t->nparts].text.data = run;
        t->parts[t->nparts].text.len = p - run;
        t->nparts++;
    }

    /* what the template leaves open would swallow the page after it */

    switch (sc.state) {

    case REVIEW_TPL_S_DATA:
        return t;

    case REVIEW_TPL_S_COMMENT:
        why = "an unclosed \"<!--\"";
        break;

    case REVIEW_TPL_S_RAWTEXT:
        why = "an unclosed <script>, <style>, <textarea> or the like";
        break;

    case REVIEW_TPL_S_VALUE_DQ:
    case REVIEW_TPL_S_VALUE_SQ:
        why = "an unclosed quote";
        break;

    default:
        why = "an unclosed tag";
    }

    snprintf(err, errlen, "line %u: %s", sc.open_line, why);

    return NULL;
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

