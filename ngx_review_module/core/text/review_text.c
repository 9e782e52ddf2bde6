
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_text_int.h"


/*
 * Text understanding: the review's words into the work's facts, its
 * people, the stated rating, the pull-quote and the reading facts.  The
 * work's name comes first because the others use it.
 */


#define REVIEW_WORDS_PER_MINUTE  230


static int
review_text_body(review_tx_t *tx)
{
    unsigned               i;
    review_buf_t           b;
    const review_block_t  *blk;

    review_buf_init(&b, tx->arena);

    for (i = 0; i < tx->text->nblocks; i++) {
        blk = &tx->text->blocks[i];

        if (blk->kind == REVIEW_BLOCK_META || blk->text.len == 0) {
            continue;
        }

        if (b.len) {
            review_buf_add(&b, "\n\n", 2);
        }

        review_buf_add_str(&b, &blk->text);
    }

    if (b.failed) {
        return REVIEW_ERROR;
    }

    review_buf_get(&b, &tx->facts->body);

    return REVIEW_OK;
}


int
review_text_analyze(review_arena_t *a, const review_text_t *text,
    review_facts_t *facts)
{
    int          rc;
    uint32_t     i, v;
    review_tx_t  tx;

    memset(&tx, 0, sizeof(review_tx_t));
    tx.arena = a;
    tx.text = text;
    tx.facts = facts;

    rc = review_tokenize(&tx);
    if (rc != REVIEW_OK) {
        return rc;
    }

    facts->word_count = tx.words;

    /* what kind of work it speaks of, for classification */
    for (i = 0; i < tx.ntoks; i++) {
        if (tx.toks[i].block >= text->nblocks || tx.toks[i].lex == 0) {
            continue;
        }

        for (v = 0; v < REVIEW_VOCAB_N; v++) {
            facts->vocab[v] += !!(tx.toks[i].lex & review_vocab_bits[v]);
        }

        /* an "I" in quotation marks is someone else's */
        facts->first_person += (tx.toks[i].lex & REVIEW_LEX_HEDGE)
                               && !(tx.toks[i].flags & REVIEW_TOK_QUOTED);
        facts->judgements += !!(tx.toks[i].lex & (REVIEW_LEX_EVAL
                                                  | REVIEW_LEX_STRONG
                                                  | REVIEW_LEX_PRAISE));
    }

    facts->reading_minutes = tx.words
        ? (tx.words + REVIEW_WORDS_PER_MINUTE - 1) / REVIEW_WORDS_PER_MINUTE
        : 0;

    if (review_text_body(&tx) != REVIEW_OK
        || review_work_find(&tx) != REVIEW_OK
        || review_people_find(&tx) != REVIEW_OK
        || review_work_subtitle(&tx) != REVIEW_OK
        || review_rating_find(&tx) != REVIEW_OK
        || review_quote_find(&tx) != REVIEW_OK
        || review_voice_find(&tx) != REVIEW_OK)
    {
        return REVIEW_ERROR;
    }

    return REVIEW_OK;
}
