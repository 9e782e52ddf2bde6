
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review_json_write.h"
#include "review_lang.h"
#include "review_lexicon.h"
#include "review_str.h"
#include "review_text_int.h"


/*
 * Facts about the work that the review states in passing: its year, its
 * running time, its certificate, where and when it can be seen; and its
 * name, when the page did not give one, from the title the review keeps
 * writing in capitals or in italics.
 */


static const char *const  review_release_cues[] = {
    "out now", "in cinemas", "in theaters", "in theatres", "streaming on",
    "available on", "theatrical release", "released on", "released in",
    "premieres on", "opens in", "hits cinemas", "on netflix", "on digital",
    "on demand", "on blu-ray", "now showing", NULL
};

/* what splits a headline into the parts that may be the work's name */
static const char *const  review_name_seps[] = {
    ": ", " :: ", " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ",
    " \xc2\xb7 ", " at ", " in ", " on ", " and ", ", ", " (", NULL
};

/* quotation marks around a name in a headline: open, close */
static const char *const  review_name_quotes[] = {
    "\"", "\"",
    "\xe2\x80\x9c", "\xe2\x80\x9d",                    /* “ ” */
    "\xe2\x80\x98", "\xe2\x80\x99",                    /* ‘ ’ */
    "\xc2\xab", "\xc2\xbb",                              /* « » */
    "\xe3\x80\x8a", "\xe3\x80\x8b",                    /* 《 》 */
    "\xe3\x80\x8c", "\xe3\x80\x8d",                    /* 「 」 */
    "\xe2\x80\x9e", "\xe2\x80\x9c",                    /* „ “ */
    NULL
};

/*
 * marks that set a title apart in CJK prose: 《X》, 「X」, 『X』
 * (「X」 quotes speech as well: a title there is named twice)
 */
static const char *const  review_name_cjk[] = {
    "\xe3\x80\x8a", "\xe3\x80\x8b",
    "\xe3\x80\x8c", "\xe3\x80\x8d",
    "\xe3\x80\x8e", "\xe3\x80\x8f",
    NULL
};

/* what may join a name to its subtitle in the prose */
static const char *const  review_name_joins[] = {
    ": ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL
};

/* the small words a title in title case may hold, in any language */
static const char *const  review_name_small[] = {
    "a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of",
    "on", "or", "the", "to", "up", "with", "from", "de", "la", "le", "du",
    "des", "et", "der", "die", "das", "und", "von", "del", "y", "e", "di",
    NULL
};

/* the small words that carry a title on: "Winter Wolves of the North" */
static const char *const  review_name_of_words[] = {
    "of", "the", "and", "a", "an", "de", "la", "le", "du", "des", "der",
    "die", "das", "del", "di", NULL
};

/* choosing among the candidates for the work's name */
#define REVIEW_NAME_MAX        32       /* candidates looked at */
#define REVIEW_NAME_COUNT      8        /* mentions counted, at most */
#define REVIEW_NAME_PAGE       3        /* first: the page's name's */
#define REVIEW_NAME_TITLED     2        /* then: the headline's parts */
#define REVIEW_NAME_EMPH       1        /* then: spans set in italics */
#define REVIEW_NAME_FORM       0        /* a longer form the prose sets
                                           apart once: never first */
#define REVIEW_NAME_EMPH_MIN   2        /* an italic span named this often */
#define REVIEW_NAME_SPANS      24       /* italic spans looked at */
#define REVIEW_SLUG_MAX        80       /* letters of a slug's name */
#define REVIEW_SLUG_TRIES      256      /* places in the prose tried */


static const char *const  review_mpaa[] = {
    "G", "PG", "PG-13", "R", "NC-17", NULL
};

static const char *const  review_bbfc[] = {
    "U", "PG", "12", "12A", "15", "18", "R18", NULL
};


static int
review_tok_year(const review_tok_t *t)
{
    int  y;

    if (t->type != REVIEW_TOK_NUM || t->len != 4) {
        return 0;
    }

    y = atoi((const char *) t->p);

    return y >= 1888 && y <= 2100 ? y : 0;
}


static int
review_tok_exact(const review_tok_t *t, const char *s)
{
    return strlen(s) == t->len && memcmp(t->p, s, t->len) == 0;
}


/* "(2020)" right after the title, or "2020's Title" */

static void
review_work_year(review_tx_t *tx)
{
    uint32_t         i;
    review_tok_t    *t;
    review_facts_t  *f;

    f = tx->facts;

    if (f->item_year.len) {
        return;
    }

    for (i = 1; i + 1 < tx->ntoks; i++) {
        t = &tx->toks[i];

        if (!review_tok_year(t)) {
            continue;
        }

        if (review_tok_punct(&tx->toks[i - 1], '(')
            && review_tok_punct(&tx->toks[i + 1], ')')
            && i >= 2 && tx->toks[i - 2].type == REVIEW_TOK_WORD
            && (tx->toks[i - 2].flags
                & (REVIEW_TOK_CAP | REVIEW_TOK_EM | REVIEW_TOK_ALLCAPS))
            && review_contains_ci(f->item_name.data, f->item_name.len,
                                  tx->toks[i - 2].p, tx->toks[i - 2].len))
        {
            f->item_year.data = t->p;
            f->item_year.len = 4;
            return;
        }

        if (i + 2 < tx->ntoks
            && (review_tok_punct(&tx->toks[i + 1], '\'')
                || review_tok_punct(&tx->toks[i + 1], 0x2019))
            && review_tok_is(&tx->toks[i + 2], "s")
            && i + 3 < tx->ntoks
            && review_contains_ci(f->item_name.data, f->item_name.len,
                                  tx->toks[i + 3].p, tx->toks[i + 3].len)
            && (tx->toks[i + 3].flags & (REVIEW_TOK_CAP | REVIEW_TOK_EM)))
        {
            f->item_year.data = t->p;
            f->item_year.len = 4;
            return;
        }
    }
}


static void
review_work_duration(review_tx_t *tx, unsigned minutes)
{
    int             n;
    unsigned char  *p;

    if (minutes < 45 || minutes > 400) {
        return;
    }

    p = review_alloc(tx->arena, 16);
    if (p == NULL) {
        return;
    }

    if (minutes % 60) {
        n = snprintf((char *) p, 16, minutes >= 60 ? "PT%uH%uM" : "PT%uM",
                     minutes >= 60 ? minutes / 60 : minutes % 60,
                     minutes % 60);

    } else {
        n = snprintf((char *) p, 16, "PT%uH", minutes / 60);
    }

    tx->facts->runtime.data = p;
    tx->facts->runtime.len = n;
}


/* "166 minutes", "2 hours 46 minutes", "2h 46m" */

static void
review_work_runtime(review_tx_t *tx)
{
    unsigned       h, m;
    uint32_t       i;
    review_tok_t  *t, *u;

    for (i = 0; i + 1 < tx->ntoks && tx->facts->runtime.len == 0; i++) {
        t = &tx->toks[i];

        if (t->type != REVIEW_TOK_NUM || t->len > 3) {
            continue;
        }

        u = &tx->toks[i + 1];

        if (review_tok_is(u, "minutes") || review_tok_is(u, "mins")
            || review_tok_is(u, "min"))
        {
            review_work_duration(tx, (unsigned) atoi((const char *) t->p));
            continue;
        }

        if (review_tok_is(u, "hours") || review_tok_is(u, "hour")
            || review_tok_is(u, "hrs") || review_tok_is(u, "hr")
            || review_tok_is(u, "h"))
        {
            h = (unsigned) atoi((const char *) t->p);
            m = 0;

            if (i + 3 < tx->ntoks && review_tok_is(&tx->toks[i + 2], "and")) {
                i++;
            }

            if (i + 3 < tx->ntoks && tx->toks[i + 2].type == REVIEW_TOK_NUM
                && (review_tok_is(&tx->toks[i + 3], "minutes")
                    || review_tok_is(&tx->toks[i + 3], "mins")
                    || review_tok_is(&tx->toks[i + 3], "min")
                    || review_tok_is(&tx->toks[i + 3], "m")))
            {
                m = (unsigned) atoi((const char *) tx->toks[i + 2].p);
            }

            if (h >= 1 && h <= 6 && m < 60) {
                review_work_duration(tx, h * 60 + m);
            }
        }
    }
}


/* "rated R", "Rated PG-13 for...", "certificate 12A" */

static void
review_work_certificate(review_tx_t *tx)
{
    uint32_t       i, j;
    review_tok_t  *t, *c;
    size_t         len;
    const char    *const *set;

    for (i = 0; i + 1 < tx->ntoks; i++) {
        t = &tx->toks[i];

        if (review_tok_is(t, "rated") || review_tok_is(t, "mpaa")) {
            set = review_mpaa;

        } else if (review_tok_is(t, "certificate") || review_tok_is(t, "cert")
                   || review_tok_is(t, "bbfc"))
        {
            set = review_bbfc;

        } else {
            continue;
        }

        j = i + 1;
        while (j < tx->ntoks && (review_tok_punct(&tx->toks[j], ':')
                                 || review_tok_is(&tx->toks[j], "rating")))
        {
            j++;
        }

        if (j >= tx->ntoks) {
            return;
        }

        c = &tx->toks[j];
        len = c->len;

        /* "PG-13" is one word; "NC-17" too */
        for ( /* void */ ; *set; set++) {
            if (strlen(*set) == len && memcmp(*set, c->p, len) == 0) {
                tx->facts->certificate.data = c->p;
                tx->facts->certificate.len = len;
                return;
            }
        }

        /* "PG" "-" "13" when the tokenizer cut it */
        if (review_tok_exact(c, "PG") && j + 2 < tx->ntoks
            && review_tok_punct(&tx->toks[j + 1], '-')
            && review_tok_exact(&tx->toks[j + 2], "13"))
        {
            tx->facts->certificate.data = c->p;
            tx->facts->certificate.len = 5;
            return;
        }
    }
}


/* "(X is out now on Amazon Prime Video" + "and will ... May 15th.)" */

static void
review_work_release(review_tx_t *tx)
{
    size_t               i;
    uint32_t             k;
    review_buf_t         b;
    review_str_t         s;
    review_sentence_t   *sent, *next;
    const char *const   *cue;

    for (k = 0; k < tx->nsents; k++) {
        sent = &tx->sents[k];

        for (cue = review_release_cues; *cue; cue++) {
            if (review_find_ci(sent->start, sent->len, *cue)) {
                break;
            }
        }

        if (*cue == NULL) {
            continue;
        }

        review_buf_init(&b, tx->arena);
        review_buf_add(&b, sent->start, sent->len);

        /* a sentence the markup cut in two paragraphs */
        if (k + 1 < tx->nsents) {
            next = &tx->sents[k + 1];

            if (next->block == sent->block + 1
                && tx->toks[next->first].type == REVIEW_TOK_WORD
                && !(tx->toks[next->first].flags & REVIEW_TOK_CAP)
                && !review_tok_punct(&tx->toks[sent->last - 1], '.'))
            {
                review_buf_addc(&b, ' ');
                review_buf_add(&b, next->start, next->len);
            }
        }

        if (b.failed) {
            return;
        }

        review_buf_get(&b, &s);

        /* an aside in parentheses: drop them */
        if (s.len && s.data[0] == '(') {
            s.data++;
            s.len--;

            for (i = s.len; i > 0; i--) {
                if (s.data[i - 1] == ')') {
                    memmove((unsigned char *) s.data + i - 1,
                            s.data + i, s.len - i);
                    s.len--;
                    break;
                }
            }
        }

        review_str_trim(&s);

        if (s.len && s.len <= 240) {
            tx->facts->release = s;
        }

        return;
    }
}


/* Title Case for a title the review writes in capitals */

static int
review_work_title_case(review_tx_t *tx, uint32_t first, uint32_t last,
    review_str_t *out)
{
    uint32_t        k;
    review_buf_t    b;
    review_tok_t   *t;
    size_t          i;

    static const char *const  small[] = {
        "a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of",
        "on", "or", "the", "to", "up", NULL
    };

    review_buf_init(&b, tx->arena);

    for (k = first; k < last; k++) {
        t = &tx->toks[k];

        if (k > first && (t->flags & REVIEW_TOK_SPACE)) {
            review_buf_addc(&b, ' ');
        }

        for (i = 0; i < t->len; i++) {
            if (i == 0 && (k == first || !review_tok_in(t, small))) {
                review_buf_addc(&b, t->p[i]);

            } else {
                review_buf_addc(&b, review_tolower(t->p[i]));
            }
        }
    }

    if (b.failed) {
        return REVIEW_ERROR;
    }

    review_buf_get(&b, out);

    return REVIEW_OK;
}


/*
 * Without a name from the page, the review's own: a run of words in
 * capitals that it repeats ("SOUND OF METAL ... SOUND OF METAL").
 */

static void
review_work_name(review_tx_t *tx)
{
    uint32_t        i, j, k, count, best_first, best_last, best_count, runs;
    review_tok_t   *t;

    if (tx->facts->item_name.len
        && tx->facts->name_source >= REVIEW_SOURCE_META)
    {
        return;
    }

    best_count = 0;
    best_first = best_last = 0;
    runs = 0;

    /* the title comes early; a few runs bound the work on any page */
    for (i = 0; i < tx->ntoks && runs < 16; i++) {
        t = &tx->toks[i];

        if (!(t->flags & REVIEW_TOK_ALLCAPS) || t->block >= tx->text->nblocks)
        {
            continue;
        }

        for (j = i + 1; j < tx->ntoks && (tx->toks[j].flags
                                          & REVIEW_TOK_ALLCAPS)
                        && tx->toks[j].block == t->block; j++)
        {
            /* void */
        }

        if (j - i < 2 || j - i > 8) {
            i = j;
            continue;
        }

        runs++;

        /* how often does this run of words come back? */
        count = 0;

        for (k = 0; k + (j - i) <= tx->ntoks; k++) {
            uint32_t  m;

            for (m = 0; m < j - i; m++) {
                if (tx->toks[k + m].len != tx->toks[i + m].len
                    || memcmp(tx->toks[k + m].p, tx->toks[i + m].p,
                              tx->toks[i + m].len) != 0)
                {
                    break;
                }
            }

            if (m == j - i) {
                count++;
                k += m - 1;
            }

            if (count > 16) {
                break;
            }
        }

        if (count >= 2 && count > best_count) {
            best_count = count;
            best_first = i;
            best_last = j;
        }

        i = j;
    }

    if (best_count) {
        if (review_work_title_case(tx, best_first, best_last,
                                   &tx->facts->item_name)
            == REVIEW_OK)
        {
            tx->facts->name_source = REVIEW_SOURCE_TEXT;
        }
    }
}


/*
 * The work's name among candidates, checked against the text: the name
 * the headline gave, each part of the headline between separators and
 * in quotes, and the spans the review sets in italics.  The one the
 * prose names most wins (a part of the headline, or italics, weigh a
 * little more); where the prose states a longer form that holds it,
 * the longer form.  Never the site's name or the section.
 */

typedef struct {
    review_str_t            name;
    review_str_t            form;         /* as the prose writes it */
    unsigned                count;
    unsigned                bonus;        /* where it comes from */
} review_name_cand_t;


typedef struct {
    review_name_cand_t      c[REVIEW_NAME_MAX];
    unsigned                n;
    unsigned                headline;     /* the body repeats the headline:
                                             its parts' free mention */
    const review_facts_t   *f;
} review_names_t;


/*
 * Mentions of a name in the body, as a whole run of words, in any case
 * but a capital first;
 * "form", when given, is the body's own spelling of the first one.
 */

/*
 * "the physics of black holes" uses a headline's "The Physics" as
 * common words: a word of five letters or more in lower case where the
 * name has a capital ("The Shape of Water", "Where the Wild Things are"
 * keep their title's words)
 */

static int
review_name_lowered(const unsigned char *p, const review_str_t *name)
{
    size_t  i, k;

    for (i = 1; i < name->len; i++) {
        if (name->data[i - 1] != ' ' || !review_isupper(name->data[i])
            || !review_islower(p[i]))
        {
            continue;
        }

        for (k = i; k < name->len && review_isalpha(p[k]); k++) {
            /* void */
        }

        if (k - i >= 5) {
            return 1;
        }
    }

    return 0;
}


/*
 * How often the prose writes a name of several words as common words,
 * its capitals lowered: "faithful to the physics", "the physics of
 * curved spacetime" for a headline's "The Physics"
 */

static unsigned
review_name_common(const review_str_t *body, const review_str_t *name)
{
    unsigned              n;
    unsigned char         lo, up;
    const unsigned char  *p, *end, *nlo, *nup;

    if (name->len == 0 || body->len < name->len) {
        return 0;
    }

    n = 0;
    lo = review_tolower(name->data[0]);
    up = review_toupper(lo);
    end = body->data + body->len - name->len;

    /*
     * the name's first letter in either case, found with memchr() (this
     * runs for every candidate over the whole body)
     */
    nlo = memchr(body->data, lo, end - body->data + 1);
    nup = (up != lo) ? memchr(body->data, up, end - body->data + 1) : NULL;

    while (n < REVIEW_NAME_COUNT && (nlo || nup)) {
        p = (nup == NULL || (nlo && nlo < nup)) ? nlo : nup;

        if ((p > body->data && review_isalnum(p[-1]))
            || (p < end && review_isalnum(p[name->len]))
            || review_strncasecmp(p, (const char *) name->data, name->len)
               != 0)
        {
            p++;

        } else if (review_name_lowered(p, name)) {
            n++;
            p += name->len;

        } else {
            p++;
        }

        if (p > end) {
            break;
        }

        if (nlo && nlo < p) {
            nlo = memchr(p, lo, end - p + 1);
        }

        if (nup && nup < p) {
            nup = memchr(p, up, end - p + 1);
        }
    }

    return n;
}


static unsigned
review_name_mentions(const review_str_t *body, const review_str_t *name,
    review_str_t *form)
{
    unsigned              n;
    unsigned char         c0;
    const unsigned char  *p, *end;

    if (name->len == 0) {
        return 0;
    }

    n = 0;
    p = body->data;
    end = body->data + body->len;

    /*
     * A title in the prose is capitalised: "lost" is no "Lost".  So the
     * first byte is the upper case of the name's: memchr() finds them.
     */
    c0 = review_toupper(review_tolower(name->data[0]));

    for ( /* void */ ; n < REVIEW_NAME_COUNT
                       && (size_t) (end - p) >= name->len; p++)
    {
        p = memchr(p, c0, end - p - name->len + 1);
        if (p == NULL) {
            break;
        }

        if (review_strncasecmp(p, (const char *) name->data, name->len)
               != 0
            || (p > body->data && review_isalnum(p[-1]))
            || (p + name->len < end && review_isalnum(p[name->len])))
        {
            continue;
        }

        if (n == 0 && form) {
            form->data = (unsigned char *) p;
            form->len = name->len;
        }

        n++;
        p += name->len - 1;
    }

    return n;
}


/*
 * "Transporter 2 - Click for Trailer": a call to action the text ends
 * on, with the separator before it, is cut off the name
 */

static void
review_name_uncall(review_str_t *s)
{
    size_t              n;
    const char *const  *c;

    for (c = review_en_calls; *c; c++) {
        n = strlen(*c);

        if (s->len <= n || review_isalnum(s->data[s->len - n - 1])
            || review_strncasecmp(s->data + s->len - n, *c, n) != 0)
        {
            continue;
        }

        s->len -= n;

        /* the separator before it: " - ", " | ", ": ", a dash's bytes */
        while (s->len && (s->data[s->len - 1] == ' '
                          || s->data[s->len - 1] == '-'
                          || s->data[s->len - 1] == '|'
                          || s->data[s->len - 1] == ':'
                          || s->data[s->len - 1] >= 0x80))
        {
            /* "–" and "—" only: e2 80 93, e2 80 94 */
            if (s->data[s->len - 1] >= 0x80
                && !(s->len >= 3 && s->data[s->len - 3] == 0xe2
                     && s->data[s->len - 2] == 0x80
                     && (s->data[s->len - 1] == 0x93
                         || s->data[s->len - 1] == 0x94)))
            {
                break;
            }

            s->len -= s->data[s->len - 1] >= 0x80 ? 3 : 1;
        }

        return;
    }
}


/* a subtitle that opens with a call to action: "Click for Trailer" */

static int
review_name_call(const unsigned char *p, size_t len)
{
    size_t              n;
    const char *const  *c;

    for (c = review_en_calls; *c; c++) {
        n = strlen(*c);

        if (len >= n && (len == n || !review_isalnum(p[n]))
            && review_strncasecmp(p, *c, n) == 0)
        {
            return 1;
        }
    }

    return 0;
}


static void
review_name_add(review_names_t *ns, review_str_t s, unsigned bonus)
{
    unsigned  i;

    review_str_trim(&s);
    review_name_uncall(&s);

    while (s.len && (s.data[s.len - 1] == '.' || s.data[s.len - 1] == ','
                     || s.data[s.len - 1] == ':' || s.data[s.len - 1] == '!'
                     || s.data[s.len - 1] == '?'))
    {
        s.len--;
    }

    if (s.len < 2 || s.len > 120 || ns->n == REVIEW_NAME_MAX
        || !(review_isupper(s.data[0]) || review_isdigit(s.data[0])
             || s.data[0] >= 0x80)
        || (ns->f->site_name.len && s.len == ns->f->site_name.len
            && review_strncasecmp(s.data,
                                  (const char *) ns->f->site_name.data,
                                  s.len) == 0))
    {
        return;
    }

    for (i = 0; i < ns->n; i++) {
        if (ns->c[i].name.len == s.len
            && memcmp(ns->c[i].name.data, s.data, s.len) == 0)
        {
            if (bonus > ns->c[i].bonus) {
                ns->c[i].bonus = bonus;
            }

            return;
        }
    }

    ns->c[ns->n].name = s;
    ns->c[ns->n].count = review_name_mentions(&ns->f->body, &s,
                                              &ns->c[ns->n].form);

    if (bonus >= REVIEW_NAME_TITLED) {
        ns->c[ns->n].count -= ns->c[ns->n].count < ns->headline
                              ? ns->c[ns->n].count : ns->headline;
    }

    /* words the prose uses more often as common words than as a title */
    if (ns->c[ns->n].count
        && review_name_common(&ns->f->body, &s) > ns->c[ns->n].count)
    {
        ns->c[ns->n].count = 0;
    }

    ns->c[ns->n].bonus = bonus;
    ns->n++;
}


/*
 * "What I think of the new Star Trek movie": a run of two capitalised
 * words or more inside a headline that is not in title case, past its
 * first word, next to a word for a film ("the X movie", "le film X"):
 * not "A night in January with the Green Lightning"
 */

static int
review_name_film_word(const review_names_t *ns, const unsigned char *p,
    const unsigned char *end)
{
    return p < end
           && (review_lex_lang(ns->f->language, p, end - p)
               & REVIEW_LEX_FILM_WORD) != 0;
}


static void
review_name_runs(review_names_t *ns, const review_str_t *h)
{
    unsigned              caps, lower, film;
    review_str_t          run;
    const unsigned char  *p, *end, *w, *prev;

    end = h->data + h->len;
    lower = 0;

    /* a headline in title case is all runs: none of them stands out */
    for (p = h->data; p < end; p++) {
        if ((p == h->data || p[-1] == ' ') && review_islower(*p)) {
            lower++;
        }
    }

    if (lower < 3) {
        return;
    }

    run.data = NULL;
    run.len = 0;
    caps = 0;
    film = 0;
    prev = NULL;

    for (w = h->data; w <= end; w = p + 1) {
        for (p = w; p < end && *p != ' '; p++) {
            /* void */
        }

        if (p > w && w > h->data && review_isupper(*w)
            && review_isalpha(p[-1]))
        {
            if (caps++ == 0) {
                run.data = (unsigned char *) w;
                film = prev && review_name_film_word(ns, prev, w - 1);
            }

            run.len = p - run.data;
            continue;
        }

        if (caps >= 2 && (film || review_name_film_word(ns, w, p))) {
            review_name_add(ns, run, REVIEW_NAME_TITLED);
        }

        caps = 0;
        prev = w;
    }

    if (caps >= 2 && film) {
        review_name_add(ns, run, REVIEW_NAME_TITLED);
    }
}


/* a headline's parts: between separators, and in quotation marks */

static void
review_name_parts(review_names_t *ns, const review_str_t *h, unsigned bonus)
{
    size_t                n, m;
    review_str_t          part;
    const unsigned char  *p, *q, *start, *end;
    const char *const    *sep;

    review_name_add(ns, *h, bonus);

    if (bonus == REVIEW_NAME_TITLED) {
        review_name_runs(ns, h);
    }

    for (sep = review_name_seps; *sep; sep++) {
        n = strlen(*sep);
        start = h->data;
        end = h->data + h->len;

        while (start < end) {
            p = review_memmem(start, end - start, *sep, n);
            part.data = start;
            part.len = (p ? p : end) - start;

            if (part.len != h->len) {
                review_name_add(ns, part, bonus);
            }

            if (p == NULL) {
                break;
            }

            start = p + n;
        }
    }

    for (sep = review_name_quotes; *sep; sep += 2) {
        n = strlen(sep[0]);
        m = strlen(sep[1]);
        p = review_memmem(h->data, h->len, sep[0], n);

        if (p == NULL) {
            continue;
        }

        p += n;
        q = review_memmem(p, h->data + h->len - p, sep[1], m);

        if (q) {
            part.data = p;
            part.len = q - p;
            review_name_add(ns, part, bonus);
        }
    }
}


/* "The Yes Men Fix the World": a few words in title case */

static int
review_name_titlelike(const unsigned char *p, size_t len)
{
    size_t               i, w;
    unsigned             words;
    const char *const   *sm;

    if (len < 2 || len > 80
        || !(review_isupper(p[0]) || review_isdigit(p[0]) || p[0] >= 0x80)
        || review_memmem(p, len, ". ", 2) || review_memmem(p, len, "? ", 2)
        || p[len - 1] == ',' || p[len - 1] == '.')
    {
        return 0;
    }

    for (i = 0, words = 0; i < len; i = w + 1) {
        for (w = i; w < len && p[w] != ' '; w++) {
            /* void */
        }

        if (w == i || ++words > 10) {
            return 0;
        }

        if (!review_islower(p[i])) {
            continue;
        }

        for (sm = review_name_small; *sm; sm++) {
            if (strlen(*sm) == w - i && memcmp(p + i, *sm, w - i) == 0) {
                break;
            }
        }

        if (*sm == NULL) {
            return 0;
        }
    }

    return 1;
}


/*
 * The page's own address names the work: ".../jojorabbit-review.html",
 * "/posts/hobbs-and-shaw-2019/".  The slug's letters up to its word for
 * review or a year, found in the prose as it writes them ("Jojo Rabbit",
 * "Hobbs and Shaw"): spaces and punctuation aside, from a capital, whole
 * words.
 */

static int
review_name_key(review_names_t *ns, const unsigned char *key, size_t n)
{
    size_t                i;
    unsigned              tries;
    review_str_t          form;
    const unsigned char  *q, *b, *bend;

    b = ns->f->body.data;
    bend = b + ns->f->body.len;

    for (tries = 0; tries < REVIEW_SLUG_TRIES && b < bend; b++, tries++) {
        b = memchr(b, review_toupper(key[0]), bend - b);
        if (b == NULL) {
            return 0;
        }

        if (b > ns->f->body.data && review_isalnum(b[-1])) {
            continue;
        }

        for (q = b, i = 0; q < bend && i < n && q - b < 120; /* void */) {
            if (review_isalnum(*q)) {
                if (review_tolower(*q) != key[i]) {
                    break;
                }

                i++;
                q++;

            } else if (*q == ' ' || *q == '-' || *q == ':' || *q == '\''
                       || *q == ',' || *q == '.' || *q == '&' || *q == '!')
            {
                q++;

            } else if (bend - q >= 3 && memcmp(q, "\xe2\x80\x99", 3) == 0) {
                q += 3;                   /* ’ */

            } else {
                break;
            }
        }

        if (i == n && (q == bend || !review_isalnum(*q))) {
            form.data = (unsigned char *) b;
            form.len = q - b;

            /* a title, not a headline's sentence the slug repeats */
            if (!review_name_titlelike(form.data, form.len)) {
                return 0;
            }

            review_name_add(ns, form, REVIEW_NAME_EMPH);
            return 1;
        }
    }

    return 0;
}


static void
review_name_slug(review_names_t *ns, const review_str_t *url)
{
    size_t                n, lead;
    unsigned              stop;
    unsigned char         key[REVIEW_SLUG_MAX];
    const unsigned char  *p, *q, *w, *end;

    p = review_memmem(url->data, url->len, "://", 3);
    if (p == NULL) {
        return;
    }

    end = url->data + url->len;

    for (q = p + 3; q < end && *q != '?' && *q != '#'; q++) {
        /* void */
    }

    end = q;

    while (end > p && end[-1] == '/') {
        end--;
    }

    /* the last segment of the path, without its extension */
    for (p = end; p > url->data && p[-1] != '/'; p--) {
        /* void */
    }

    for (q = end; q > p && end - q < 6 && review_isalnum(q[-1]); q--) {
        /* void */
    }

    if (q > p + 1 && q < end && q[-1] == '.') {
        end = q - 1;
    }

    n = lead = 0;
    stop = 0;

    while (p < end) {
        for (w = p; p < end && review_isalnum(*p); p++) {
            /* void */
        }

        if (p < end && *p != '-' && *p != '_' && *p != '+' && *p != '.') {
            return;                       /* "%E5...": not a word we read */
        }

        if (p > w) {
            if (review_lang_find_review(w, p - w)
                || (p - w == 4 && (memcmp(w, "19", 2) == 0
                                   || memcmp(w, "20", 2) == 0)
                    && review_isdigit(w[2]) && review_isdigit(w[3])))
            {
                stop = n > 0;             /* "-review", "-2019": the end */

            } else if (stop && !review_isdigit(*w)) {
                return;                   /* "miff-2024-records": a phrase */

            } else if (!stop) {
                if (n + (p - w) > REVIEW_SLUG_MAX) {
                    return;
                }

                for (q = w; q < p; q++) {
                    key[n++] = review_tolower(*q);
                    lead += n == lead + 1 && review_isdigit(*q);
                }
            }
        }

        p++;
    }

    /* "6-underground" as it stands; "05_avatar2" past its number */
    if (n >= 3 && !review_name_key(ns, key, n) && lead && n - lead >= 3) {
        (void) review_name_key(ns, key + lead, n - lead);
    }
}


/*
 * What the prose sets apart in quotation marks: a CJK title in 《》 or
 * 「」 is a work's name as italics are; a span in curly quotes in title case
 * is a longer form of one
 */

static void
review_name_quoted(review_names_t *ns, const review_str_t *body)
{
    size_t                n, m;
    unsigned              k, seen;
    review_str_t          span;
    const unsigned char  *p, *q, *end;
    const char *const    *mark;

    end = body->data + body->len;
    seen = 0;

    for (k = 0; k < 2; k++) {
        for (mark = k ? review_name_cjk : review_name_quotes; *mark;
             mark += 2)
        {
            n = strlen(mark[0]);
            m = strlen(mark[1]);

            for (p = body->data;
                 seen < REVIEW_NAME_SPANS && ns->n < REVIEW_NAME_MAX
                 && (p = review_memmem(p, end - p, mark[0], n)) != NULL;
                 p = q + m)
            {
                p += n;
                q = review_memmem(p, (size_t) (end - p) < 120 ? end - p : 120,
                                  mark[1], m);
                if (q == NULL) {
                    q = p - m;
                    continue;
                }

                span.data = p;
                span.len = q - p;
                seen++;

                /* 「」 quotes speech too: a sentence or a question */
                if (k) {
                    if (span.len <= 60
                        && !review_memmem(span.data, span.len,
                                          "\xe3\x80\x82", 3)
                        && !review_memmem(span.data, span.len,
                                          "\xef\xbc\x9f", 3)
                        && (mark != &review_name_cjk[2]
                            || review_name_mentions(body, &span, NULL)
                               >= REVIEW_NAME_EMPH_MIN))
                    {
                        review_name_add(ns, span, REVIEW_NAME_EMPH);
                    }

                } else if (review_name_titlelike(span.data, span.len)) {
                    review_name_add(ns, span, REVIEW_NAME_FORM);
                }
            }
        }
    }
}


/* "《X》 and life", "'X' and me": the headline sets the name apart */

static int
review_name_marked(const review_str_t *h, const review_str_t *name)
{
    size_t                n;
    unsigned              k;
    const unsigned char  *p;
    const char *const    *mark;

    p = name->len ? review_memmem(h->data, h->len, (const char *) name->data,
                                  name->len)
                  : NULL;
    if (p == NULL) {
        return 0;
    }

    for (k = 0; k < 2; k++) {
        for (mark = k ? review_name_cjk : review_name_quotes; *mark;
             mark += 2)
        {
            n = strlen(mark[0]);

            if ((size_t) (p - h->data) >= n && memcmp(p - n, mark[0], n) == 0)
            {
                return 1;
            }
        }
    }

    return 0;
}


/* the length of what joins a name to its subtitle at p, or 0 */

static size_t
review_name_join(const unsigned char *p, const unsigned char *end)
{
    /* something must follow the join: it is matched short of the end */
    return p < end ? review_str_prefix(p, end - 1, review_name_joins) : 0;
}


/*
 * "Rambo: First Blood Part II" over "Rambo", "Clerks 3" over "Clerks":
 * the longer form opens with the short one and carries it on with a
 * subtitle's join, or with a sequel's number alone
 */

static int
review_name_extends(const review_str_t *longer, const review_str_t *name)
{
    size_t                k;
    const unsigned char  *p, *end;

    if (name->len == 0 || longer->len <= name->len
        || memcmp(longer->data, name->data, name->len) != 0)
    {
        return 0;
    }

    p = longer->data + name->len;
    end = longer->data + longer->len;

    if (review_name_join(p, end)) {
        return 1;
    }

    if (*p++ != ' ' || end - p > 4) {
        return 0;
    }

    for (k = 0; p + k < end; k++) {
        if (!review_isdigit(p[k]) && p[k] != 'I' && p[k] != 'V'
            && p[k] != 'X')
        {
            return 0;
        }
    }

    return k > 0;
}


/*
 * The headline's own part after the site's name that opens it ("Site |
 * Post"): the post's title, which the body may set as a block
 */

static review_str_t
review_headline_post(const review_facts_t *f)
{
    review_str_t          post;
    const review_str_t   *site;

    post = f->headline;
    site = &f->site_name;

    if (site->len && post.len > site->len
        && review_strncasecmp(post.data, (const char *) site->data,
                              site->len) == 0)
    {
        post.data += site->len;
        post.len -= site->len;

        while (post.len && (post.data[0] == ' ' || post.data[0] == '|'
                            || post.data[0] == ':' || post.data[0] == '-'))
        {
            post.data++;
            post.len--;
        }
    }

    return post;
}


/*
 * "Dune: Part Two", "Avatar, la voie de l'eau": the page's whole name
 * stands over its head that the prose names more, when what follows the
 * head is a sequel's number ("Part 2", "Chapter IV", "II") or words the
 * prose states as well, in any case (three at least: no tagline's word)
 */

static int
review_name_whole(const review_facts_t *f, const review_str_t *head)
{
    size_t                k, len;
    unsigned              words, roman;
    review_str_t          post;
    const unsigned char  *p, *end, *w, *last, *h, *b, *bend;
    const review_str_t   *name;

    name = &f->item_name;

    if (head->len == 0 || head->len >= name->len
        || memcmp(name->data, head->data, head->len) != 0)
    {
        return 0;
    }

    p = name->data + head->len;
    end = name->data + name->len;
    k = review_name_join(p, end);

    if (k == 0) {
        if (end - p > 2 && p[0] == ',' && p[1] == ' ') {
            k = 2;

        } else {
            return 0;
        }
    }

    p += k;
    len = end - p;

    if (review_lang_find_review(p, len) || review_memmem(p, len, ". ", 2)) {
        return 0;
    }

    /* the words, and whether the last is a number */
    words = 0;
    last = p;

    for (w = p; w < end; w++) {
        if (*w == ' ') {
            last = w + 1;

        } else if (w == p || w[-1] == ' ') {
            words++;
        }
    }

    roman = last < end;

    for (w = last; w < end; w++) {
        roman &= review_isdigit(*w) || *w == 'I' || *w == 'V' || *w == 'X';
    }

    if (words <= 2 && roman) {
        return 1;
    }

    if (words < 3 || words > 8) {
        return 0;
    }

    /* in the prose, not in the headline the body writes again */
    b = f->body.data;
    bend = b + f->body.len;
    post = review_headline_post(f);
    h = post.len ? review_memmem(b, f->body.len, (const char *) post.data,
                                 post.len)
                 : NULL;

    for ( /* void */ ; (size_t) (bend - b) >= len; b++) {
        if (review_strncasecmp(b, (const char *) p, len) == 0
            && (h == NULL || b < h || b >= h + post.len))
        {
            return 1;
        }
    }

    return 0;
}


/*
 * The body repeats the headline when a block of it is the headline (the
 * theme put the <h1> inside the article): that block names each part
 * once for free.  A first sentence that opens with the name ("A Walk
 * Among the Tombstones is a frustratingly inept ...") is a mention.
 */

static unsigned
review_headline_block(review_tx_t *tx)
{
    unsigned               i;
    review_str_t           t, post;
    const review_str_t    *h;

    h = &tx->facts->headline;

    /* "Site | Post": the block may be the post's part alone */
    post = review_headline_post(tx->facts);

    for (i = 0; h->len && i < tx->text->nblocks; i++) {
        t = tx->text->blocks[i].text;
        review_str_trim(&t);

        if ((t.len == h->len
             && review_strncasecmp(t.data, (const char *) h->data, h->len)
                == 0)
            || (post.len && post.len < h->len && t.len == post.len
                && review_strncasecmp(t.data, (const char *) post.data,
                                      post.len) == 0))
        {
            return 1;
        }
    }

    return 0;
}


static int
review_name_same(const review_str_t *a, const review_str_t *b)
{
    return a->len && a->len == b->len
           && review_strncasecmp(a->data, (const char *) b->data, a->len)
              == 0;
}


/*
 * "Eternal Sunshine of the Spotless Mind" that the prose calls "Eternal
 * Sunshine": a long name's first words, two at least and up to a
 * capital, named twice beside the headline's own line; the mentions of
 * the longest such form, or 0
 */

static unsigned
review_name_short(const review_names_t *ns, const review_str_t *name)
{
    unsigned              words, n, best;
    review_str_t          pre;
    const unsigned char  *p, *end;

    best = 0;
    words = 0;
    end = name->data + name->len;

    for (p = name->data; p < end; p++) {
        if (*p == ' ' && p > name->data && p[-1] != ' ') {
            words++;
        }
    }

    /* three words at least: a two-word name's first is no name */
    if (words < 2) {
        return 0;
    }

    words = 0;

    for (p = name->data; p < end; p++) {
        if (*p != ' ' || p == name->data || p[-1] == ' ') {
            continue;
        }

        if (++words < 2) {
            continue;
        }

        pre.data = name->data;
        pre.len = p - name->data;

        /* it ends on a capitalised word: not "Eternal Sunshine of" */
        for (n = pre.len; n && pre.data[n - 1] != ' '; n--) {
            /* void */
        }

        if (!review_isupper(pre.data[n]) && !review_isdigit(pre.data[n])) {
            continue;
        }

        n = review_name_mentions(&ns->f->body, &pre, NULL);
        n -= n < ns->headline ? n : ns->headline;

        if (n >= 2) {
            best = n;
        }
    }

    return best;
}


/*
 * A span the review sets in italics that may name a work: a title opens
 * with a capital or a digit, and is not a whole paragraph.
 */

static int
review_work_italic(const review_block_t *blk, const review_span_t *sp,
    review_str_t *s)
{
    if (sp->kind != REVIEW_SPAN_EM || sp->len < 2 || sp->len > 120
        || sp->start + sp->len > blk->text.len
        || !(review_isupper(blk->text.data[sp->start])
             || review_isdigit(blk->text.data[sp->start])))
    {
        return 0;
    }

    s->data = blk->text.data + sp->start;
    s->len = sp->len;

    return 1;
}


/*
 * "La La Land" holds the headline's "La la!": a run of whole words of
 * the longer form, in any case (the headline's case is the site's)
 */

static int
review_name_holds(const review_str_t *longer, const review_str_t *name)
{
    const unsigned char  *p, *end;

    if (name->len == 0 || longer->len <= name->len) {
        return 0;
    }

    end = longer->data + longer->len - name->len;

    for (p = longer->data; p <= end; p++) {
        if ((p == longer->data || !review_isalnum(p[-1]))
            && (p == end || !review_isalnum(p[name->len]))
            && review_strncasecmp(p, (const char *) name->data, name->len)
               == 0)
        {
            return 1;
        }
    }

    return 0;
}


static void
review_work_choose(review_tx_t *tx)
{
    unsigned                 i, j, k, n, best, win, score, best_score,
                             tier, seen, nworks;
    review_str_t             s, works[REVIEW_NAME_SPANS];
    review_names_t          *ns;
    review_facts_t          *f;
    const review_block_t    *blk;
    const review_span_t     *sp;

    f = tx->facts;
    nworks = 0;

    if (f->body.len == 0) {
        return;
    }

    ns = review_alloc(tx->arena, sizeof(review_names_t));
    if (ns == NULL) {
        return;
    }

    ns->n = 0;
    ns->f = f;
    ns->headline = review_headline_block(tx);

    /* a headline that is the author's name (the site's heading) */
    if (f->name_source < REVIEW_SOURCE_STRUCTURED
        && review_name_same(&f->item_name, &f->author))
    {
        f->item_name.len = 0;
    }

    if (f->item_name.len) {
        review_name_parts(ns, &f->item_name, REVIEW_NAME_PAGE);
    }

    if (f->headline.len) {
        review_name_parts(ns, &f->headline, REVIEW_NAME_TITLED);
    }

    if (f->url_stated) {
        review_name_slug(ns, &f->url);
    }

    review_name_quoted(ns, &f->body);

    /*
     * What the review sets in italics: the works it names (an essay on
     * many films names many), and a candidate each, as often as the
     * review names it.
     */
    seen = 0;

    for (i = 0; i < tx->text->nblocks && seen < REVIEW_NAME_SPANS; i++) {
        blk = &tx->text->blocks[i];

        for (k = 0; k < blk->nspans && seen < REVIEW_NAME_SPANS; k++) {
            sp = &blk->spans[k];

            if (!review_work_italic(blk, sp, &s)) {
                continue;
            }

            seen++;

            for (j = 0; j < nworks; j++) {
                if (works[j].len == s.len
                    && memcmp(works[j].data, s.data, s.len) == 0)
                {
                    break;
                }
            }

            if (j < nworks) {
                continue;
            }

            works[nworks++] = s;

            if (ns->n < REVIEW_NAME_MAX
                && review_name_mentions(&f->body, &s, NULL)
                   >= REVIEW_NAME_EMPH_MIN)
            {
                review_name_add(ns, s, REVIEW_NAME_EMPH);

            } else if (review_name_titlelike(s.data, s.len)) {
                review_name_add(ns, s, REVIEW_NAME_FORM);
            }
        }
    }

    f->works_named = nworks;

    /* the page's structured data named it: that stands */
    if (f->name_source >= REVIEW_SOURCE_STRUCTURED) {
        return;
    }

    /* a part of the page's name the prose names; of the headline; italics */
    best = ns->n;
    best_score = 0;

    for (tier = REVIEW_NAME_PAGE; best == ns->n && tier > REVIEW_NAME_FORM;
         tier--)
    {
        /* a name the headline quotes is not one italics displace */
        if (tier == REVIEW_NAME_EMPH
            && review_name_marked(&f->headline, &f->item_name))
        {
            break;
        }

        for (i = 0; i < ns->n; i++) {
            if (ns->c[i].count == 0 || ns->c[i].bonus != tier) {
                continue;
            }

            score = ns->c[i].count;

            if (best == ns->n || score > best_score
                || (score == best_score
                    && ns->c[i].name.len > ns->c[best].name.len))
            {
                best = i;
                best_score = score;
            }
        }
    }

    if (best == ns->n) {
        /* the page's long name, that the prose names by its first words */
        n = f->item_name.len ? review_name_short(ns, &f->item_name) : 0;

        if (n) {
            f->name_mentions = n;
            f->name_titled = review_memmem(f->headline.data, f->headline.len,
                                           (const char *) f->item_name.data,
                                           f->item_name.len)
                             != NULL;
            return;
        }

        /* the page names nothing the prose does: its one work in italics */
        if (f->item_name.len == 0 && nworks == 1) {
            f->item_name = works[0];
            f->name_source = REVIEW_SOURCE_TEXT;
            f->name_mentions = 1;
        }

        return;
    }

    /* the longest form the prose states that holds the winner */
    win = best;

    for (i = 0; i < ns->n; i++) {
        if (ns->c[i].count && ns->c[i].name.len > ns->c[best].name.len
            && review_name_holds(&ns->c[i].name, &ns->c[best].name))
        {
            best = i;
        }
    }

    /*
     * a part of the headline that carries the winner on with a sequel's
     * number: the prose may drop the number ("Clerks 3", then "Clerks")
     */
    for (i = 0; i < ns->n; i++) {
        if (ns->c[i].bonus >= REVIEW_NAME_TITLED && ns->c[i].count == 0
            && ns->c[i].name.len <= ns->c[best].name.len + 5
            && review_name_extends(&ns->c[i].name, &ns->c[best].name))
        {
            ns->c[i].form = ns->c[i].name;
            ns->c[i].count = ns->c[best].count;
            best = i;
            break;
        }
    }

    /*
     * the page's name stands when the prose names it as often, or when
     * its title dates it ("GRID: Origins (2025)") and the prose names a
     * part of it
     */
    n = f->item_name.len ? review_name_mentions(&f->body, &f->item_name, NULL)
                         : 0;

    /*
     * ... but not over a longer form the prose states that carries it on
     * ("Rambo", the prose's "Rambo: First Blood Part II")
     */
    if (f->item_name.len
        && !review_name_extends(&ns->c[best].name, &f->item_name)
        && (n >= ns->c[best].count + ns->headline
            || review_name_whole(f, &ns->c[best].name)
            || review_name_whole(f, &ns->c[win].name)
            || (f->name_dated && f->name_source == REVIEW_SOURCE_META
                && !review_lang_find_review(f->item_name.data,
                                            f->item_name.len)
                && review_memmem(f->item_name.data, f->item_name.len,
                                 (const char *) ns->c[best].name.data,
                                 ns->c[best].name.len))))
    {
        f->name_mentions = n >= ns->c[best].count + ns->headline
                           ? n - ns->headline : ns->c[win].count;
        f->name_titled = f->name_source == REVIEW_SOURCE_META;
        return;
    }

    /* the short form's mentions are the work's too */
    f->item_name = ns->c[best].form;
    f->name_mentions = ns->c[best].count > ns->c[win].count
                       ? ns->c[best].count : ns->c[win].count;
    f->name_titled = ns->c[win].bonus >= REVIEW_NAME_TITLED;
}


/* a capital, in ASCII or in Latin-1's upper case letters */

static int
review_name_capital(const unsigned char *p, const unsigned char *end)
{
    uint32_t  cp;

    if (review_isupper(*p) || review_isdigit(*p)) {
        return 1;
    }

    if (*p < 0x80) {
        return 0;
    }

    (void) review_utf8_decode(p, end, &cp);

    return cp >= 0xc0 && cp <= 0xde && cp != 0xd7;
}


/*
 * "Wakanda Forever", "Das große Spiel": a subtitle in title case (one
 * word in lower case may stand between two capitals), two capitalised
 * words at least; its length, or 0
 */

static size_t
review_name_subtitle(const unsigned char *p, const unsigned char *end)
{
    unsigned              caps, gap, words;
    const unsigned char  *q, *w, *last;

    caps = gap = words = 0;
    last = NULL;

    for (q = p; q < end && words < 8; q++) {
        for (w = q; q < end && *q != ' ' && *q != '\n'
                    && !(q[0] < 0x80 && strchr(".,;:!?()\"[]", q[0])); q++)
        {
            /* void */
        }

        if (q == w) {
            break;
        }

        words++;

        if (review_name_capital(w, end)) {
            caps++;
            gap = 0;
            last = q;

        } else if (caps && !gap) {
            gap = 1;

        } else {
            break;
        }

        if (q == end || *q != ' ') {
            break;
        }
    }

    return caps >= 2 && last ? (size_t) (last - p) : 0;
}


/*
 * " of the North", " and the Iron Crown": a title's small words, then
 * words in capitals, right after a name; its length, or 0
 */

static size_t
review_name_of(const unsigned char *p, const unsigned char *end)
{
    unsigned              smalls;
    const unsigned char  *q, *w, *last;
    const char *const    *sm;

    q = p;

    for (smalls = 0; smalls < 3 && q < end && *q == ' '; smalls++) {
        for (w = q + 1; w < end && review_islower(*w); w++) {
            /* void */
        }

        if (w == q + 1 || w >= end || *w != ' ') {
            break;
        }

        for (sm = review_name_of_words; *sm; sm++) {
            if (strlen(*sm) == (size_t) (w - q - 1)
                && memcmp(q + 1, *sm, w - q - 1) == 0)
            {
                break;
            }
        }

        if (*sm == NULL) {
            break;
        }

        q = w;
    }

    last = NULL;

    while (smalls && q < end && *q == ' ' && q + 1 < end
           && review_name_capital(q + 1, end))
    {
        for (w = q + 1; w < end && (review_isalnum(*w) || *w >= 0x80
                                    || *w == '\''); w++)
        {
            /* void */
        }

        last = w;
        q = w;
    }

    return last ? (size_t) (last - p) : 0;
}


static int
review_name_person(const review_people_t *pp, const unsigned char *p,
    size_t len)
{
    unsigned  i;

    for (i = 0; i < pp->nelts; i++) {
        if (pp->elts[i].name.len
            && review_contains_ci(p, len, pp->elts[i].name.data,
                                  pp->elts[i].name.len))
        {
            return 1;
        }
    }

    return 0;
}


/*
 * The full title where the prose first names the work: "watched Black
 * Panther: Wakanda Forever", the headline's "Black Panther" being its
 * short form; not when what follows names someone ("Magnolia: Tom
 * Cruise is ...").  After the people are known.
 */

int
review_work_subtitle(review_tx_t *tx)
{
    size_t                n, k;
    unsigned              i;
    review_str_t          name, rest;
    review_facts_t       *f;
    const unsigned char  *p, *end, *h;

    f = tx->facts;

    /* an empty body has no data pointer: no arithmetic on it */
    if (f->body.len == 0 || f->item_name.len == 0
        || f->name_source >= REVIEW_SOURCE_STRUCTURED)
    {
        return REVIEW_OK;
    }

    rest = f->body;
    end = f->body.data + f->body.len;

    /* the first mention that is not the headline written again */
    h = f->headline.len ? review_memmem(f->body.data, f->body.len,
                                        (const char *) f->headline.data,
                                        f->headline.len)
                        : NULL;

    for (i = 0; i < 4; i++) {
        if (review_name_mentions(&rest, &f->item_name, &name) == 0) {
            return REVIEW_OK;
        }

        if (h == NULL || name.data < h || name.data >= h + f->headline.len) {
            break;
        }

        rest.data = h + f->headline.len;
        rest.len = end - rest.data;
    }

    if (i == 4) {
        return REVIEW_OK;
    }

    p = name.data + name.len;
    k = review_name_join(p, end);

    if (k == 0) {
        /* "Winter Wolves of the North", so written twice or more */
        k = review_name_of(p, end);
        rest.data = name.data;
        rest.len = name.len + k;

        if (k && review_name_mentions(&f->body, &rest, NULL) >= 2
            && !review_name_person(&f->directors, p, k)
            && !review_name_person(&f->actors, p, k)
            && !review_name_person(&f->writers, p, k))
        {
            f->item_name = rest;
        }

        return REVIEW_OK;
    }

    n = review_name_subtitle(p + k, end);

    if (n == 0 || review_lang_find_review(p + k, n)
        || review_name_call(p + k, n)
        || review_name_person(&f->directors, p + k, n)
        || review_name_person(&f->actors, p + k, n)
        || review_name_person(&f->writers, p + k, n))
    {
        return REVIEW_OK;
    }

    f->item_name.data = name.data;
    f->item_name.len = name.len + k + n;
    f->name_mentions += f->name_mentions == 0;

    return REVIEW_OK;
}


/*
 * The most another work the review sets in italics is named: a post on
 * two films names each as often ("Barbie" four times, "Oppenheimer"
 * three); a review names its own more than any it compares it with.
 * For the review decision, after the name is settled.
 */

int
review_work_others(review_tx_t *tx)
{
    unsigned               i, k, n, seen;
    review_str_t           s;
    review_facts_t        *f;
    const review_span_t   *sp;
    const review_block_t  *blk;

    f = tx->facts;
    f->other_mentions = 0;

    if (f->works_named < 2 || f->body.len == 0 || f->item_name.len == 0) {
        return REVIEW_OK;
    }

    seen = 0;

    for (i = 0; i < tx->text->nblocks && seen < REVIEW_NAME_SPANS; i++) {
        blk = &tx->text->blocks[i];

        for (k = 0; k < blk->nspans && seen < REVIEW_NAME_SPANS; k++) {
            sp = &blk->spans[k];

            if (!review_work_italic(blk, sp, &s)) {
                continue;
            }

            seen++;

            /* the work itself: its name, a part or a longer form of it */
            if (review_contains_ci(s.data, s.len, f->item_name.data,
                                   f->item_name.len)
                || review_contains_ci(f->item_name.data, f->item_name.len,
                                      s.data, s.len))
            {
                continue;
            }

            n = review_name_mentions(&f->body, &s, NULL);

            if (n > f->other_mentions) {
                f->other_mentions = n;
            }
        }
    }

    return REVIEW_OK;
}


int
review_work_find(review_tx_t *tx)
{
    review_work_name(tx);
    review_work_choose(tx);
    review_work_year(tx);
    review_work_runtime(tx);
    review_work_certificate(tx);
    review_work_release(tx);

    return REVIEW_OK;
}
