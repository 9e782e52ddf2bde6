
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdlib.h>
#include <string.h>

#include "review_str.h"
#include "review_text_int.h"


/*
 * A rating only when the review states one: stars, "4/5", "3.5 out of 4",
 * "4 stars", "Grade: B+", "Rating: 7.5".  The article's rating box (META
 * blocks) first; in the prose only a verdict line or a sentence that
 * speaks of rating, and never one about another work.  Nothing is ever
 * inferred from the tone of the review.
 */


typedef struct {
    double                   value;
    double                   best;
    double                   worst;
    const unsigned char     *text;
    size_t                   len;
    int                      strength;    /* 0: none */
} review_rating_cand_t;


static const char *const  review_rating_cues[] = {
    "rating", "rated", "rate", "score", "scored", "grade", "verdict",
    "stars", "star", "give", "giving", "mark", "marks", NULL
};

static const char *const  review_number_words[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", NULL
};


static int
review_star_kind(uint32_t cp)
{
    switch (cp) {
    case 0x2605:                    /* ★ */
    case 0x2b50:                    /* ⭐ */
    case 0x272d:
    case 0x272e:
    case 0x272f:
    case 0x2730:
        return 2;
    case 0x2bea:                    /* half star */
    case 0x2beb:
    case 0x00bd:                    /* ½ */
        return 1;
    case 0x2606:                    /* ☆ */
    case 0x2729:
        return -1;
    default:
        return 0;
    }
}


static double
review_tok_number(const review_tok_t *t)
{
    char    buf[32];
    size_t  i, n;

    if (t->type == REVIEW_TOK_WORD) {
        for (i = 0; review_number_words[i]; i++) {
            if (review_tok_is(t, review_number_words[i])) {
                return (double) i;
            }
        }

        return -1;
    }

    if (t->type != REVIEW_TOK_NUM || t->len >= sizeof(buf)) {
        return -1;
    }

    for (i = 0, n = 0; i < t->len; i++) {
        if (t->p[i] == ',') {
            return -1;
        }

        buf[n++] = (char) t->p[i];
    }

    buf[n] = '\0';

    return strtod(buf, NULL);
}


static int
review_scale(double best)
{
    return best == 4 || best == 5 || best == 10 || best == 20 || best == 100;
}


/* is the word part of the reviewed work's name? */

static int
review_rating_in_name(review_tx_t *tx, const review_tok_t *t)
{
    return review_contains_ci(tx->facts->item_name.data,
                              tx->facts->item_name.len, t->p, t->len);
}


/* the sentence of token i mentions rating, or is a verdict line */

static int
review_rating_context(review_tx_t *tx, uint32_t i, int meta)
{
    uint32_t            k;
    review_sentence_t  *s;

    if (meta) {
        return 1;
    }

    s = &tx->sents[tx->toks[i].sentence];

    for (k = s->first; k < s->last; k++) {

        /* another work named in the same breath: not this one's rating */
        if ((tx->toks[k].flags & (REVIEW_TOK_EM | REVIEW_TOK_QUOTED))
            && (tx->toks[k].flags & REVIEW_TOK_CAP)
            && !review_rating_in_name(tx, &tx->toks[k]))
        {
            return 0;
        }
    }

    if (s->words <= 8) {
        return 1;
    }

    for (k = s->first; k < s->last; k++) {
        if (review_tok_in(&tx->toks[k], review_rating_cues)
            || (review_tok_is(&tx->toks[k], "out")
                && k + 1 < s->last && review_tok_is(&tx->toks[k + 1], "of")))
        {
            return 1;
        }
    }

    return 0;
}


static void
review_rating_take(review_rating_cand_t *best, double value, double scale,
    double worst, const unsigned char *text, size_t len, int strength)
{
    if (value < 0 || value > scale || !review_scale(scale)) {
        return;
    }

    /* stronger sources win; among equals, the later verdict */
    if (strength < best->strength) {
        return;
    }

    best->value = value;
    best->best = scale;
    best->worst = value < worst ? 0 : worst;
    best->text = text;
    best->len = len;
    best->strength = strength;
}


/* "★★★★☆", "★★★½" */

static uint32_t
review_rating_stars(review_tx_t *tx, uint32_t i, uint32_t end, int strength,
    review_rating_cand_t *best)
{
    int           kind;
    double        full, half, empty, scale;
    uint32_t      j;

    full = half = empty = 0;

    for (j = i; j < end && tx->toks[j].type == REVIEW_TOK_PUNCT
                && tx->toks[j].block == tx->toks[i].block; j++)
    {
        kind = review_star_kind(tx->toks[j].cp);
        if (kind == 0) {
            break;
        }

        if (kind == 2) {
            full++;

        } else if (kind == 1) {
            half++;

        } else {
            empty++;
        }
    }

    if (full + half == 0 || full + half + empty > 10) {
        return j;
    }

    scale = empty ? full + half + empty : 5;

    /* "★★★ out of 4" */
    if (j + 2 < end && review_tok_is(&tx->toks[j], "out")
        && review_tok_is(&tx->toks[j + 1], "of"))
    {
        scale = review_tok_number(&tx->toks[j + 2]);
    }

    review_rating_take(best, full + half * 0.5, scale, 1, tx->toks[i].p,
                       tx->toks[j - 1].p + tx->toks[j - 1].len
                       - tx->toks[i].p, strength);

    return j;
}


static int
review_grade(const review_tok_t *t, const review_tok_t *sign, double *v)
{
    int  base;

    if (t->type != REVIEW_TOK_WORD || !(t->flags & REVIEW_TOK_CAP)) {
        return 0;
    }

    if (t->len == 1) {
        switch (t->p[0]) {
        case 'A': base = 12; break;
        case 'B': base = 9; break;
        case 'C': base = 6; break;
        case 'D': base = 3; break;
        case 'F': *v = 1; return 1;
        default: return 0;
        }

        *v = base;

        if (sign && review_tok_punct(sign, '+')) {
            *v = base + 1;

        } else if (sign && (review_tok_punct(sign, '-')
                            || review_tok_punct(sign, 0x2212)
                            || review_tok_punct(sign, 0x2013)))
        {
            *v = base - 1;
        }

        return 1;
    }

    return 0;
}


int
review_rating_find(review_tx_t *tx)
{
    int                    meta, strength;
    double                 v, m, g;
    uint32_t               i, end, j;
    review_tok_t          *t;
    review_rating_cand_t   best;
    const unsigned char   *q;

    if (tx->facts->rating.stated) {
        return REVIEW_OK;           /* the page's structured data said */
    }

    memset(&best, 0, sizeof(best));
    end = tx->ntoks;

    for (i = 0; i < end; i++) {
        t = &tx->toks[i];
        meta = t->block >= tx->text->nblocks;

        if (!review_rating_context(tx, i, meta)
            && !(t->type == REVIEW_TOK_PUNCT && review_star_kind(t->cp)
                 && tx->sents[t->sentence].words <= 8))
        {
            continue;
        }

        strength = meta ? 3 : tx->sents[t->sentence].words <= 8 ? 2 : 1;

        if (t->type == REVIEW_TOK_PUNCT && review_star_kind(t->cp) > 0) {
            i = review_rating_stars(tx, i, end, strength, &best) - 1;
            continue;
        }

        /* "Grade: B+" */
        if (review_tok_is(t, "grade") && i + 2 < end) {
            j = i + 1;
            if (review_tok_punct(&tx->toks[j], ':')) {
                j++;
            }

            if (j < end && review_grade(&tx->toks[j],
                                        j + 1 < end ? &tx->toks[j + 1] : NULL,
                                        &g))
            {
                q = tx->toks[j].p;
                review_rating_take(&best, g, 13, 1, q,
                                   j + 1 < end
                                   && tx->toks[j + 1].type == REVIEW_TOK_PUNCT
                                   && tx->toks[j + 1].p == q + 1
                                   && tx->toks[j + 1].cp != '.'
                                   ? 2 : 1, strength);

                /* a grade scale is not one of ours: accept 13 */
                if (best.text == q) {
                    best.best = 13;
                    best.worst = 1;
                }
            }

            continue;
        }

        v = review_tok_number(t);
        if (v < 0) {
            continue;
        }

        /* "5%" is not a rating */
        if (i + 1 < end && review_tok_punct(&tx->toks[i + 1], '%')) {
            continue;
        }

        /* "4/5", "8 / 10" */
        if (i + 2 < end && review_tok_punct(&tx->toks[i + 1], '/')
            && tx->toks[i + 2].type == REVIEW_TOK_NUM
            && t->type == REVIEW_TOK_NUM)
        {
            m = review_tok_number(&tx->toks[i + 2]);

            /* not a date: 24/7, 9/11, 12/2020 */
            if (!(i + 4 < end && review_tok_punct(&tx->toks[i + 3], '/'))) {
                review_rating_take(&best, v, m, m > 5 ? 0 : 1, t->p,
                                   tx->toks[i + 2].p + tx->toks[i + 2].len
                                   - t->p, strength);
            }

            i += 2;
            continue;
        }

        /* "3.5 out of 4" */
        if (i + 3 < end && review_tok_is(&tx->toks[i + 1], "out")
            && review_tok_is(&tx->toks[i + 2], "of"))
        {
            m = review_tok_number(&tx->toks[i + 3]);

            if (!(i + 4 < end && review_tok_punct(&tx->toks[i + 4], '%'))) {
                review_rating_take(&best, v, m, m > 5 ? 0 : 1, t->p,
                                   tx->toks[i + 3].p + tx->toks[i + 3].len
                                   - t->p, strength);
            }

            i += 3;
            continue;
        }

        /* "4 stars", "3½ stars", "four-star" */
        j = i + 1;
        if (j < end && review_tok_punct(&tx->toks[j], 0xbd)) {
            v += 0.5;
            j++;
        }

        if (j < end && review_tok_punct(&tx->toks[j], '-')) {
            j++;
        }

        if (j < end && (review_tok_is(&tx->toks[j], "stars")
                        || review_tok_is(&tx->toks[j], "star")))
        {
            m = 5;

            if (j + 3 < end && review_tok_is(&tx->toks[j + 1], "out")
                && review_tok_is(&tx->toks[j + 2], "of"))
            {
                m = review_tok_number(&tx->toks[j + 3]);
            }

            if (v >= 0.5 && v <= m) {
                review_rating_take(&best, v, m, 1, t->p,
                                   tx->toks[j].p + tx->toks[j].len - t->p,
                                   strength);
            }

            i = j;
            continue;
        }

        /* "Rating: 7.5" */
        if (i >= 2 && review_tok_punct(&tx->toks[i - 1], ':')
            && (review_tok_is(&tx->toks[i - 2], "rating")
                || review_tok_is(&tx->toks[i - 2], "score")
                || review_tok_is(&tx->toks[i - 2], "verdict"))
            && t->type == REVIEW_TOK_NUM)
        {
            m = v <= 5 ? 5 : v <= 10 ? 10 : 100;
            review_rating_take(&best, v, m, m > 5 ? 0 : 1, t->p, t->len,
                               strength);
        }
    }

    if (best.strength) {
        tx->facts->rating.stated = 1;
        tx->facts->rating.value = best.value;
        tx->facts->rating.best = best.best;
        tx->facts->rating.worst = best.worst;
        tx->facts->rating.text.data = best.text;
        tx->facts->rating.text.len = best.len;
        tx->facts->rating.source = REVIEW_SOURCE_TEXT;
    }

    return REVIEW_OK;
}
