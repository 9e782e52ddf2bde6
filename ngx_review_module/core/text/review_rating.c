
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdlib.h>
#include <string.h>

#include "review_lang.h"
#include "review_str.h"
#include "review_text_int.h"


/*
 * A rating only when the review states one: stars, "4/5", "3.5 out of 4",
 * "4 stars", "Grade: B+", "Rating: 7.5".  The article's rating box (META
 * blocks) first; in the prose only a verdict line or a sentence that
 * speaks of rating, and never one about another work or one that reports
 * someone else's ("Carver gave it three stars", "IMDb: 7.8/10", "Netflix
 * predicts I'll like it 3 out of 5").  Nothing is ever inferred from the
 * tone of the review.
 */


typedef struct {
    double                   value;
    double                   best;
    double                   worst;
    const unsigned char     *text;
    size_t                   len;
    int                      strength;    /* 0: none */
    uint32_t                 sentence;    /* where it was read */

    uint32_t                 at;          /* the sentence being read */
    unsigned                 bracket;     /* inside brackets there */
    unsigned                 drawn:1;     /* stars drawn, not a number */
} review_rating_cand_t;





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
    case 0xfe0e:                    /* an emoji's variation selector */
    case 0xfe0f:
    case 0x200d:                    /* the zero-width joiner */
        return 3;
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
        return review_tok_lex(t, REVIEW_LEX_NUMBER)
               ? (double) review_lex_number(t->p, t->len) : -1;
    }

    if (t->type != REVIEW_TOK_NUM || t->len >= sizeof(buf)) {
        return -1;
    }

    /*
     * "1,000" is a thousand; "7,5" and "8,25", a comma and one or two
     * digits to the end, is the decimal comma of most of Europe
     */
    for (i = 0, n = 0; i < t->len; i++) {
        if (t->p[i] == ',') {
            if (i == 0 || i + 1 == t->len || t->len - i > 3) {
                return -1;
            }

            buf[n++] = '.';
            continue;
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


/*
 * Whether one of the phrases starts at token k, in its sentence (a
 * language's table: "or higher", "ou plus").  A phrase is words
 * separated by a blank ("ou plus"); an apostrophe inside a word is the
 * tokenizer's.
 */

static int
review_rating_phrase(review_tx_t *tx, uint32_t k,
    const char *const *phrases)
{
    size_t               n;
    uint32_t             j, si;
    const char          *w;
    const review_tok_t  *t;

    si = tx->toks[k].sentence;

    for ( /* void */ ; phrases && *phrases; phrases++) {
        w = *phrases;

        for (j = k; j < tx->ntoks; j++) {
            t = &tx->toks[j];
            n = t->len;

            if (t->sentence != si || t->type != REVIEW_TOK_WORD
                || review_strncasecmp(t->p, w, n) != 0
                || (w[n] != ' ' && w[n] != '\0'))
            {
                break;
            }

            if (w[n] == '\0') {
                return 1;
            }

            w += n + 1;
        }
    }

    return 0;
}


/*
 * Per sentence, once: may it state this work's rating?  A verdict line
 * (few words) or one that speaks of rating, and not one that names
 * another work.  One pass over the tokens: a page that is one endless
 * sentence costs no more than any other.
 */

static int
review_rating_contexts(review_tx_t *tx, uint8_t **ok)
{
    uint32_t              k, si, words, depth, score;
    uint8_t              *c;
    review_tok_t         *t;
    const char *const    *bar;

    c = review_calloc(tx->arena, tx->nsents ? tx->nsents : 1);
    if (c == NULL) {
        return REVIEW_ERROR;
    }

    /*
     * bit 1: a cue; bit 2: another work named; bit 4: a rating given by
     * someone ("Carver gave the film three stars"); bit 8: by the
     * reviewer ("I gave it four stars", "we", "my"); bit 16: a score
     * another site keeps ("7.8 on IMDb"), unless the reviewer gave
     * theirs; bit 64: a guess at what the reviewer will think ("Netflix
     * predicts I'll like it 3 out of 5") or a bar ("rated 4 or above"),
     * never the review's; bit 32: a verdict line, eight words or fewer
     * outside brackets ("bfp: Transformers 3/5 (or maybe 2/5, so hard
     * to tell)")
     */
    /* the page's language's bars; English's are always read */
    bar = tx->facts->language < REVIEW_LANG_N
          && tx->facts->language != REVIEW_LANG_EN
          ? review_langs[tx->facts->language]->thresholds : NULL;

    words = depth = 0;
    si = score = (uint32_t) -1;

    for (k = 0; k <= tx->ntoks; k++) {
        t = k < tx->ntoks ? &tx->toks[k] : NULL;

        if (t == NULL || t->sentence != si) {
            if (si < tx->nsents && words <= 8) {
                c[si] |= 32;
            }

            if (t == NULL) {
                break;
            }

            si = t->sentence;
            words = depth = 0;
        }

        if (review_tok_punct(t, '(')) {
            depth++;

        } else if (review_tok_punct(t, ')') && depth) {
            depth--;

        } else if (t->type != REVIEW_TOK_PUNCT && depth == 0) {
            words++;
        }

        if (review_tok_lex(t, REVIEW_LEX_GAVE)) {
            c[si] |= 4;
        }

        if (review_tok_lex(t, REVIEW_LEX_HEDGE)) {
            c[si] |= 8;
        }

        /* "bfp: 4/5, imdb, amazon": a link to a site is no score */
        if (review_tok_lex(t, REVIEW_LEX_THIRD)
            && !(t->flags & REVIEW_TOK_LINK))
        {
            c[si] |= 16;
        }

        if (review_tok_lex(t, REVIEW_LEX_PREDICT)) {
            c[si] |= 64;
        }

        /*
         * "a four star rating or above", "4 étoiles ou plus": a bar
         * others' scores pass, a few words after a score
         */
        if (t->type == REVIEW_TOK_NUM
            || review_tok_lex(t, REVIEW_LEX_NUMBER | REVIEW_LEX_RATING_CUE))
        {
            score = k;

        } else if (score != (uint32_t) -1 && k - score <= 3
                   && tx->toks[score].sentence == si
                   && (review_rating_phrase(tx, k, review_lang_en.thresholds)
                       || review_rating_phrase(tx, k, bar)))
        {
            c[si] |= 64;
        }

        if ((t->flags & (REVIEW_TOK_EM | REVIEW_TOK_QUOTED))
            && (t->flags & REVIEW_TOK_CAP)
            && !review_rating_in_name(tx, t))
        {
            c[si] |= 2;
        }

        if (review_tok_lex(t, REVIEW_LEX_RATING_CUE)
            || (review_tok_is(t, "out") && k + 1 < tx->ntoks
                && tx->toks[k + 1].sentence == si
                && review_tok_is(&tx->toks[k + 1], "of")))
        {
            c[si] |= 1;
        }
    }

    for (si = 0; si < tx->nsents; si++) {
        c[si] = !(c[si] & (2 | 64))
                && !((c[si] & 16) && (c[si] & (4 | 8)) != (4 | 8))
                && (c[si] & (4 | 8)) != 4
                && (c[si] & (1 | 32));
    }

    *ok = c;

    return REVIEW_OK;
}


/*
 * In a box of scores, "IMDb 7.1/10" or "7.1 on IMDb": another site's,
 * a few words either side of the number
 */

static int
review_rating_third(review_tx_t *tx, uint32_t i)
{
    uint32_t  k, from, to;

    from = i > 4 ? i - 4 : 0;
    to = i + 5 < tx->ntoks ? i + 5 : tx->ntoks;

    for (k = from; k < to; k++) {
        if (tx->toks[k].sentence == tx->toks[i].sentence
            && review_tok_lex(&tx->toks[k], REVIEW_LEX_THIRD))
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
    /* a letter grade has a scale of its own, no "x/13" has */
    if (value < 0 || value > scale
        || !(review_scale(scale)
             || (scale == REVIEW_GRADE_SCALE && len <= 2
                 && review_isupper(text[0]))))
    {
        return;
    }

    /* stronger sources win; among equals, the later verdict */
    if (strength < best->strength) {
        return;
    }

    /* "3/5 (or maybe 2/5)": a second thought in brackets is no verdict */
    if (best->bracket && strength == best->strength
        && best->at == best->sentence)
    {
        return;
    }

    best->value = value;
    best->best = scale;
    best->worst = value < worst ? 0 : worst;
    best->text = text;
    best->len = len;
    best->strength = strength;
    best->sentence = best->at;
    best->drawn = 0;
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

        /* "⭐️": an emoji's presentation selector between the stars */
        if (kind == 3) {
            continue;
        }

        if (kind == 2) {
            full++;

        } else if (kind == 1) {
            half++;

        } else {
            empty++;
        }
    }

    /* a "½" alone is a fraction ("2½ hours"), not half a star */
    if (full + half == 0 || full + half + empty > 10
        || (full == 0 && empty == 0))
    {
        return j;
    }

    /*
     * "Note : 4.5/5" and five emoji stars and a half: stars drawn after
     * the number its line states are its picture; the number is what
     * the reviewer said
     */
    if (best->strength == strength && best->sentence == best->at
        && best->text != NULL && !best->drawn)
    {
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

    if (best->text == tx->toks[i].p) {
        best->drawn = 1;
    }

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


/* the letter at j and its sign: the end of the grade, or 0 */

static uint32_t
review_rating_letter(review_tx_t *tx, uint32_t j, uint32_t end, double *g)
{
    const review_tok_t  *t, *sign;

    t = &tx->toks[j];
    sign = j + 1 < end && tx->toks[j + 1].type == REVIEW_TOK_PUNCT
           && tx->toks[j + 1].p == t->p + 1 && tx->toks[j + 1].cp != '.'
           ? &tx->toks[j + 1] : NULL;

    if (!review_grade(t, sign, g)) {
        return 0;
    }

    return sign && (review_tok_punct(sign, '+') || review_tok_punct(sign, '-')
                    || review_tok_punct(sign, 0x2212)
                    || review_tok_punct(sign, 0x2013))
           ? j + 2 : j + 1;
}


/*
 * A letter grade by its cue: "Grade: B+", "Verdict - A-" (then no word
 * may follow in the sentence: "Verdict: A triumph" is no grade), or
 * "B+ grade".  Returns the token after it, or 0.
 */

static uint32_t
review_rating_grade(review_tx_t *tx, uint32_t i, uint32_t end, int strength,
    review_rating_cand_t *best)
{
    double               g;
    uint32_t             j, k, len;
    const review_tok_t  *t, *n;

    t = &tx->toks[i];
    g = 0;
    j = i;
    k = 0;
    len = 1;

    if (review_tok_lex(t, REVIEW_LEX_GRADE_CUE)) {
        j = i + 1;

        if (j < end && (review_tok_punct(&tx->toks[j], ':')
                        || review_tok_punct(&tx->toks[j], '-')
                        || review_tok_punct(&tx->toks[j], 0x2013)
                        || review_tok_punct(&tx->toks[j], 0x2014)))
        {
            j++;
        }

        if (j >= end || tx->toks[j].sentence != t->sentence) {
            return 0;
        }

        k = review_rating_letter(tx, j, end, &g);
        len = k - j;

        n = k && k < end ? &tx->toks[k] : NULL;
        if (n && n->sentence == t->sentence && n->type == REVIEW_TOK_WORD) {
            return 0;
        }

    } else if (t->type == REVIEW_TOK_WORD && t->len == 1) {
        j = i;
        k = review_rating_letter(tx, j, end, &g);
        len = k - j;

        if (k == 0 || k >= end || tx->toks[k].sentence != t->sentence
            || !review_tok_is(&tx->toks[k], "grade"))
        {
            return 0;
        }

        k++;
    }

    if (k == 0) {
        return 0;
    }

    review_rating_take(best, g, REVIEW_GRADE_SCALE, 1, tx->toks[j].p, len,
                       strength);

    if (best->text == tx->toks[j].p) {
        best->worst = 1;
    }

    return k;
}


/*
 * "give 12 Strong a 5.5 at best", "I'd give it a 7": the reviewer
 * ("I", "we") gives a number after "a", with no scale said; of ten, as
 * such marks are; a whole number of five or less could be of five, so it
 * is left alone
 */

static int
review_rating_give_a(review_tx_t *tx, uint32_t i, uint32_t end, double v)
{
    int                  gave, self;
    uint32_t             k;
    const review_tok_t  *t, *n;

    t = &tx->toks[i];

    if (t->type != REVIEW_TOK_NUM || i < 2 || v > 10
        || (v <= 5 && v == (double) (long) v)
        || !review_tok_is(&tx->toks[i - 1], "a")
        || tx->toks[i - 1].sentence != t->sentence)
    {
        return 0;
    }

    /* nothing after it but the sentence's end or "at best" */
    n = i + 1 < end ? &tx->toks[i + 1] : NULL;

    if (n && n->sentence == t->sentence && n->type != REVIEW_TOK_PUNCT
        && !review_tok_is(n, "at"))
    {
        return 0;
    }

    gave = self = 0;

    for (k = i - 1; k > 0 && k + 10 > i; k--) {
        if (tx->toks[k - 1].sentence != t->sentence) {
            break;
        }

        gave |= review_tok_is(&tx->toks[k - 1], "give")
                || review_tok_is(&tx->toks[k - 1], "giving")
                || review_tok_is(&tx->toks[k - 1], "gave");
        self |= review_tok_lex(&tx->toks[k - 1], REVIEW_LEX_HEDGE) != 0;
    }

    return gave && self;
}


/*
 * A bare number under a rating label of any language, with no scale
 * said: "Nota: 8", "Note globale : 7,5", "Mi nota: un 8", "评分：8.5".
 * Only a number above 5 and up to 10 is taken, as a mark of ten: "Note : 2"
 * may be of five, of ten or a school grade, "Rated: 15" is a
 * certificate; when the scale is not sure there is no rating.  The
 * number ends its line.
 */

static int
review_rating_labelled(review_tx_t *tx, uint32_t i, uint32_t end, double v)
{
    uint32_t             k, s;
    const review_tok_t  *t, *n;

    t = &tx->toks[i];
    s = t->sentence;

    if (t->type != REVIEW_TOK_NUM || v <= 5 || v > 10) {
        return 0;
    }

    n = i + 1 < end ? &tx->toks[i + 1] : NULL;

    /* nothing after the number in its line but punctuation */
    if (n && n->sentence == s && n->type != REVIEW_TOK_PUNCT) {
        return 0;
    }

    if (n && n->sentence == s
        && (review_tok_punct(n, '/') || review_tok_punct(n, '%')))
    {
        return 0;
    }

    /* before it: "label [word] : [article]" */
    k = i;

    if (k && tx->toks[k - 1].sentence == s
        && tx->toks[k - 1].type == REVIEW_TOK_WORD
        && review_tok_lex(&tx->toks[k - 1], REVIEW_LEX_FUNCTION))
    {
        k--;
    }

    if (k == 0 || tx->toks[k - 1].sentence != s
        || !(review_tok_punct(&tx->toks[k - 1], ':')
             || review_tok_punct(&tx->toks[k - 1], 0xff1a)))
    {
        return 0;
    }

    k--;

    if (k && tx->toks[k - 1].sentence == s
        && review_tok_lex(&tx->toks[k - 1], REVIEW_LEX_RATING_CUE)
        && !review_tok_lex(&tx->toks[k - 1], REVIEW_LEX_GAVE))
    {
        return 1;
    }

    return k >= 2 && tx->toks[k - 2].sentence == s
           && tx->toks[k - 1].type == REVIEW_TOK_WORD
           && review_tok_lex(&tx->toks[k - 2], REVIEW_LEX_RATING_CUE)
           && !review_tok_lex(&tx->toks[k - 2], REVIEW_LEX_GAVE);
}


/* "7.5" in [p, e): not NUL-terminated */

static double
review_rating_decimal(const unsigned char *p, const unsigned char *e)
{
    double  v, f;

    for (v = 0, f = 0; p < e; p++) {
        if (*p == '.') {
            f = 1;

        } else if (f) {
            f /= 10;
            v += (*p - '0') * f;

        } else {
            v = v * 10 + (*p - '0');
        }
    }

    return v;
}


/* the page's own description ending on "8 / 10", "**4/5**." */

static void
review_rating_summary(const review_str_t *d, review_rating_cand_t *best)
{
    size_t               e, k, dot, end;
    double               v, m;
    const unsigned char  *p;

    p = d->data;
    e = d->len;

    while (e && (p[e - 1] == ' ' || p[e - 1] == '.' || p[e - 1] == '*'
                 || p[e - 1] == '"' || p[e - 1] == ')'))
    {
        e--;
    }

    for (k = e; k && review_isdigit(p[k - 1]) && e - k < 3; k--) {
        /* void */
    }

    if (k == e || k == 0) {
        return;
    }

    m = review_rating_decimal(p + k, p + e);
    end = e;
    e = k;

    while (e && p[e - 1] == ' ') {
        e--;
    }

    if (e == 0 || p[e - 1] != '/') {
        return;
    }

    e--;

    while (e && p[e - 1] == ' ') {
        e--;
    }

    for (k = e, dot = 0; k && (review_isdigit(p[k - 1])
                               || (p[k - 1] == '.' && !dot++)); k--)
    {
        /* void */
    }

    if (k == e || !review_isdigit(p[k]) || e - k > 4
        || (k && !(p[k - 1] == ' ' || p[k - 1] == '*' || p[k - 1] == '(')))
    {
        return;
    }

    v = review_rating_decimal(p + k, p + e);

    review_rating_take(best, v, m, m > 5 ? 0 : 1, p + k, end - k, 1);
}


int
review_rating_find(review_tx_t *tx)
{
    int                    meta, strength, kind;
    double                 v, m;
    uint8_t               *context;
    uint32_t               i, end, j, depth;
    review_tok_t          *t;
    review_rating_cand_t   best;

    if (tx->facts->rating.stated) {
        return REVIEW_OK;           /* the page's structured data said */
    }

    if (review_rating_contexts(tx, &context) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    memset(&best, 0, sizeof(best));
    end = tx->ntoks;
    depth = 0;

    for (i = 0; i < end; i++) {
        t = &tx->toks[i];
        meta = t->block >= tx->text->nblocks;

        if (t->sentence != best.at) {
            best.at = t->sentence;
            depth = 0;
        }

        if (review_tok_punct(t, '(')) {
            depth++;

        } else if (review_tok_punct(t, ')') && depth) {
            depth--;
        }

        best.bracket = depth > 0;

        if (!meta && !context[t->sentence]) {
            continue;
        }

        /* a box of scores: "IMDb 7.1/10" is not the reviewer's */
        if (meta && t->type != REVIEW_TOK_WORD
            && review_rating_third(tx, i))
        {
            continue;
        }

        strength = meta ? 3 : tx->sents[t->sentence].words <= 8 ? 2 : 1;

        kind = t->type == REVIEW_TOK_PUNCT ? review_star_kind(t->cp) : 0;

        if (kind == 1 || kind == 2) {

            /* "⭐" as a tag or a link is no rating */
            if (!(t->flags & REVIEW_TOK_LINK)) {
                i = review_rating_stars(tx, i, end, strength, &best) - 1;
            }

            continue;
        }

        /* "Grade: B+", "Verdict: B+", "a B+ grade" */
        j = review_rating_grade(tx, i, end, strength, &best);
        if (j) {
            i = j - 1;
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

        /* "4 von 5 Sternen", "8 su 10", "7 sur 10": a language's "of" */
        if (i + 2 < end && review_tok_lex(&tx->toks[i + 1], REVIEW_LEX_SCALE_OF)
            && tx->toks[i + 2].type == REVIEW_TOK_NUM
            && t->type == REVIEW_TOK_NUM)
        {
            m = review_tok_number(&tx->toks[i + 2]);

            if (m >= v && !(i + 3 < end
                            && review_tok_punct(&tx->toks[i + 3], '%')))
            {
                review_rating_take(&best, v, m, m > 5 ? 0 : 1, t->p,
                                   tx->toks[i + 2].p + tx->toks[i + 2].len
                                   - t->p, strength);
            }

            i += 2;
            continue;
        }

        /* "gave it 4 of 5 stars" */
        if (i + 3 < end && review_tok_is(&tx->toks[i + 1], "of")
            && (review_tok_is(&tx->toks[i + 3], "stars")
                || review_tok_is(&tx->toks[i + 3], "star")))
        {
            m = review_tok_number(&tx->toks[i + 2]);
            review_rating_take(&best, v, m, 1, t->p,
                               tx->toks[i + 3].p + tx->toks[i + 3].len
                               - t->p, strength);
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
                        || review_tok_is(&tx->toks[j], "star")
                        || review_tok_lex(&tx->toks[j], REVIEW_LEX_STARS)))
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
            continue;
        }

        /* "Nota: 8", "Voto: 7,5": of ten */
        if (review_rating_labelled(tx, i, end, v)) {
            review_rating_take(&best, v, 10, 0, t->p, t->len, strength);
            continue;
        }

        /* "I'm going to give it a 5.5 at best": the reviewer's, of 10 */
        if (review_rating_give_a(tx, i, end, v)) {
            review_rating_take(&best, v, 10, 0, t->p, t->len, strength);
        }
    }

    /* a summary that ends on its verdict: "... where words cannot. 8/10" */
    if (best.strength == 0) {
        review_rating_summary(&tx->facts->description, &best);
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
