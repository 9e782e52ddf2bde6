
/*
 * Copyright (C) ngx_review_module developers
 */


#include "review_text_int.h"


/*
 * Who speaks, and of what: measures for the review decision.  A review
 * is someone's verdict on one work: a viewer says they saw it ("I
 * watched it twice"), liked it or not ("I loved", "I'd recommend"), and
 * sentences judge the film by its name or as "the film".  A news story
 * or a premiere report gives other people's words ("said Bellgardt"):
 * a first person inside quotation marks is theirs, not the writer's.
 * One pass over the sentences, each sentence once.
 */


#define REVIEW_VOICE_JUDGE  (REVIEW_LEX_EVAL | REVIEW_LEX_STRONG              \
                             | REVIEW_LEX_PRAISE)
#define REVIEW_VOICE_FILM   (REVIEW_LEX_FILM_WORD | REVIEW_LEX_VOCAB_FILM)


int
review_voice_find(review_tx_t *tx)
{
    uint32_t             i, k;
    unsigned             fp, view, like, judge, film;
    review_tok_t        *t;
    review_facts_t      *f;
    review_sentence_t   *s;

    f = tx->facts;

    if (review_work_others(tx) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    for (i = 0; i < tx->nsents; i++) {
        s = &tx->sents[i];

        if (s->block >= tx->text->nblocks) {
            continue;
        }

        fp = 0;
        view = 0;
        like = 0;
        judge = 0;
        film = 0;

        for (k = s->first; k < s->last; k++) {
            t = &tx->toks[k];

            if (t->type != REVIEW_TOK_WORD || t->lex == 0) {
                continue;
            }

            if (t->flags & REVIEW_TOK_QUOTED) {
                continue;
            }

            fp |= !!(t->lex & REVIEW_LEX_HEDGE);
            view |= !!(t->lex & REVIEW_LEX_VIEW);
            like |= !!(t->lex & REVIEW_LEX_LIKE);
            film |= !!(t->lex & REVIEW_VOICE_FILM);

            /* "film" is a judgement word of the quote, not a verdict */
            judge |= (t->lex & REVIEW_VOICE_JUDGE)
                     && !(t->lex & REVIEW_VOICE_FILM);

            f->reported += !!(t->lex & REVIEW_LEX_SAID);
        }

        f->viewings += fp && view;
        f->own_verdicts += fp && (like || judge);

        if (judge && (film || review_sentence_names_item(tx, s))) {
            f->work_verdicts++;
        }
    }

    return REVIEW_OK;
}
