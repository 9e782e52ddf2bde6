
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review_json_write.h"
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


int
review_work_find(review_tx_t *tx)
{
    review_work_name(tx);
    review_work_year(tx);
    review_work_runtime(tx);
    review_work_certificate(tx);
    review_work_release(tx);

    return REVIEW_OK;
}
