
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_json_write.h"
#include "review_str.h"
#include "review_text_int.h"


/*
 * The pull-quote: the sentence that best stands alone as the review's
 * verdict.  Judgement words score, the strongest most; so do naming the
 * work, the "X is a ..." form of verdicts, the opening and closing
 * paragraphs and a quotable length.  A sentence leaning on what came
 * before (a connective, a pronoun for a person), the reviewer's hedges,
 * dialogue, asides and questions score down or out.  Ties go to the
 * earlier sentence: the same page always gives the same quote.
 */


#define REVIEW_SUMMARY_MAX  300






int
review_sentence_names_item(review_tx_t *tx, review_sentence_t *s)
{
    size_t               first;
    uint32_t             k;
    review_tok_t        *t;
    const review_str_t  *name;

    name = &tx->facts->item_name;

    if (name->len == 0 || name->len > s->len) {
        return 0;
    }

    /* the name's first word among the sentence's words, then the rest */
    for (first = 0; first < name->len && name->data[first] != ' '; first++) {
        /* void */
    }

    for (k = s->first; k < s->last; k++) {
        t = &tx->toks[k];

        if (t->len == first && review_strncasecmp(t->p, (const char *)
                                                  name->data, first) == 0
            && (size_t) (s->start + s->len - t->p) >= name->len
            && review_strncasecmp(t->p, (const char *) name->data, name->len)
               == 0)
        {
            return 1;
        }
    }

    return 0;
}


static int
review_quote_score(review_tx_t *tx, uint32_t si, uint32_t first_block,
    uint32_t last_block)
{
    int                 score, eval, hedge;
    uint32_t            k, first, colons, caps;
    review_tok_t       *t;
    review_sentence_t  *s;
    review_block_kind_e kind;

    s = &tx->sents[si];

    if (s->block >= tx->text->nblocks) {
        return -100;                /* the rating box is no quote */
    }

    kind = tx->text->blocks[s->block].kind;

    if (kind != REVIEW_BLOCK_PARA) {
        return -100;
    }

    if (s->words < 6 || s->words > 50) {
        return -100;
    }

    score = 0;
    eval = 0;
    hedge = 0;
    colons = 0;
    caps = 0;
    first = s->first;

    while (first < s->last && tx->toks[first].type == REVIEW_TOK_PUNCT) {

        /* it opens with a quotation: dialogue, not a verdict */
        if (tx->toks[first].cp == '"' || tx->toks[first].cp == 0x201c) {
            score -= 3;
        }

        first++;
    }

    for (k = s->first; k < s->last; k++) {
        t = &tx->toks[k];

        if (t->type == REVIEW_TOK_PUNCT) {
            if (t->cp == '?') {
                return -100;
            }

            if (t->cp == '(') {
                score -= 3;
            }

            if (t->cp == '%') {
                score -= 1;
            }

            colons += t->cp == ':';

            if ((t->cp == '"' || t->cp == 0x201c) && k != s->first) {
                score -= 1;
            }

            continue;
        }

        if (review_tok_lex(t, REVIEW_LEX_STRONG)) {
            eval += 3;

        } else if (review_tok_lex(t, REVIEW_LEX_EVAL)) {
            eval += review_tok_lex(t, REVIEW_LEX_FILM_WORD) ? 1 : 2;

        } else if (review_tok_lex(t, REVIEW_LEX_FILM_WORD)) {
            eval += 1;
        }

        if (review_tok_lex(t, REVIEW_LEX_HEDGE)) {
            hedge++;
        }

        if (review_tok_lex(t, REVIEW_LEX_RELEASE)) {
            score -= 2;
        }

        caps += (t->flags & REVIEW_TOK_CAP) != 0;
    }

    /* "Cast: A, B Director: C": a credits line, or a headline, no quote */
    if (colons >= 2 || caps * 100 > s->words * 60) {
        return -100;
    }

    /* two or three judgements make a verdict; more is just adjectives */
    score += eval > 6 ? 6 : eval;
    score -= hedge > 3 ? 3 : hedge;

    if (first < s->last) {
        t = &tx->toks[first];

        if (review_tok_lex(t, REVIEW_LEX_WEAK_OPENER)) {
            score -= 4;

        } else if (review_tok_lex(t, REVIEW_LEX_HEDGE)) {
            score -= 3;
        }

        /* the verdict form: "It is a ...", "X is one of ...", "This is" */
        for (k = first; k < s->last && k < first + 8; k++) {
            if (review_tok_lex(&tx->toks[k], REVIEW_LEX_VERDICT_IS)
                && k + 1 < s->last
                && review_tok_lex(&tx->toks[k + 1], REVIEW_LEX_VERDICT_A))
            {
                score += 3;
                break;
            }

            if (tx->toks[k].type == REVIEW_TOK_PUNCT) {
                break;
            }
        }
    }

    if (review_sentence_names_item(tx, s)) {
        score += 2;
    }

    if (s->words >= 10 && s->words <= 35) {
        score += 3;

    } else if (s->words >= 8 && s->words <= 42) {
        score += 1;

    } else {
        score -= 2;
    }

    /* verdicts open and close reviews */
    if (s->block == first_block || s->block + 2 >= last_block) {
        score += 2;
    }

    return score;
}


static int
review_quote_summary(review_tx_t *tx)
{
    size_t          n;
    review_buf_t    b;
    review_facts_t *f;

    f = tx->facts;

    if (f->quote.len == 0) {
        return REVIEW_OK;
    }

    if (f->quote.len >= REVIEW_SUMMARY_MAX - 40 || f->quote2.len == 0
        || f->quote.len + 1 + f->quote2.len > REVIEW_SUMMARY_MAX)
    {
        n = review_cut_words(f->quote.data, f->quote.len, REVIEW_SUMMARY_MAX);
        f->summary.data = f->quote.data;
        f->summary.len = n;

        if (n < f->quote.len) {
            review_buf_init(&b, tx->arena);
            review_buf_add(&b, f->quote.data, n);
            review_buf_add(&b, "\xe2\x80\xa6", 3);

            if (b.failed) {
                return REVIEW_ERROR;
            }

            review_buf_get(&b, &f->summary);
        }

        return REVIEW_OK;
    }

    review_buf_init(&b, tx->arena);
    review_buf_add_str(&b, &f->quote);
    review_buf_addc(&b, ' ');
    review_buf_add_str(&b, &f->quote2);

    if (b.failed) {
        return REVIEW_ERROR;
    }

    review_buf_get(&b, &f->summary);

    return REVIEW_OK;
}


int
review_quote_find(review_tx_t *tx)
{
    int        score, best, second;
    uint32_t   i, bi, si, first_block, last_block, words;

    best = second = -100;
    bi = si = (uint32_t) -1;
    last_block = tx->text->nblocks;

    /* the opening: the first real paragraph, not a one-line aside */
    first_block = 0;
    words = 0;

    for (i = 0; i < tx->nsents; i++) {
        if (tx->sents[i].block != first_block) {
            if (words >= 20 || tx->sents[i].block >= tx->text->nblocks) {
                break;
            }

            first_block = tx->sents[i].block;
            words = 0;
        }

        words += tx->sents[i].words;
    }

    for (i = 0; i < tx->nsents; i++) {
        score = review_quote_score(tx, i, first_block, last_block);

        if (score > best) {
            second = best;
            si = bi;
            best = score;
            bi = i;

        } else if (score > second) {
            second = score;
            si = i;
        }
    }

    if (best < 3) {
        return REVIEW_OK;
    }

    tx->facts->quote.data = tx->sents[bi].start;
    tx->facts->quote.len = tx->sents[bi].len;

    if (second >= 3 && si != (uint32_t) -1) {
        tx->facts->quote2.data = tx->sents[si].start;
        tx->facts->quote2.len = tx->sents[si].len;
    }

    return review_quote_summary(tx);
}
