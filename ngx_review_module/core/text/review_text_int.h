
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_TEXT_INT_H_INCLUDED_
#define _REVIEW_TEXT_INT_H_INCLUDED_


/*
 * Inside text understanding: the review as tokens and sentences, shared
 * by the analysers of people, rating, quote and the work.
 */


#include "review_lexicon.h"
#include "review_str.h"
#include "review_text.h"


typedef enum {
    REVIEW_TOK_WORD = 0,
    REVIEW_TOK_NUM,
    REVIEW_TOK_PUNCT
} review_tok_type_e;


/* token flags */
#define REVIEW_TOK_CAP        0x0001    /* starts with a capital letter */
#define REVIEW_TOK_ALLCAPS    0x0002    /* two or more letters, all caps */
#define REVIEW_TOK_EM         0x0004    /* inside <em>, <i>, <cite> */
#define REVIEW_TOK_STRONG     0x0008
#define REVIEW_TOK_LINK       0x0010
#define REVIEW_TOK_SSTART     0x0020    /* first word of its sentence */
#define REVIEW_TOK_POSS       0x0040    /* "Marder's": the word is Marder */
#define REVIEW_TOK_SPACE      0x0080    /* preceded by white space */
#define REVIEW_TOK_QUOTED     0x0100    /* inside quotation marks */


typedef struct {
    const unsigned char     *p;           /* in its block's text */
    uint32_t                 len;
    uint32_t                 cp;          /* punctuation: the code point */
    uint16_t                 flags;
    uint8_t                  type;        /* review_tok_type_e */
    uint8_t                  pad;
    uint32_t                 block;
    uint32_t                 sentence;
    uint64_t                 lex;         /* words: their lexicon lists */
} review_tok_t;


typedef struct {
    uint32_t                 first;       /* token range */
    uint32_t                 last;        /* exclusive */
    uint32_t                 block;
    uint32_t                 words;
    const unsigned char     *start;       /* the sentence's text */
    uint32_t                 len;
} review_sentence_t;


typedef struct {
    review_arena_t          *arena;
    const review_text_t     *text;
    review_facts_t          *facts;

    review_tok_t            *toks;
    uint32_t                 ntoks;
    uint32_t                 nalloc;

    review_sentence_t       *sents;
    uint32_t                 nsents;
    uint32_t                 salloc;

    unsigned                 words;
    unsigned                 prose_blocks;
} review_tx_t;


int review_tokenize(review_tx_t *tx);

/* a word, for a literal: the length is known at compile time */
/* the length and the first letter are checked inline: most words differ
   by them */
#define review_tok_is(t, w)                                                  \
    ((t)->len == sizeof(w) - 1 && sizeof(w) > 1                              \
     && review_lower_map[(t)->p[0]] == review_tolower((unsigned char) (w)[0]) \
     && review_tok_eq(t, w, sizeof(w) - 1))

int review_tok_eq(const review_tok_t *t, const char *word, size_t len);
int review_tok_in(const review_tok_t *t, const char *const *words);

/* the lists of the words inside a run of Chinese or Japanese */
uint64_t review_tok_inside(unsigned lang, const unsigned char *p,
    size_t len);

/* inline: the analysers test most tokens for a mark or two */
static inline int
review_tok_punct(const review_tok_t *t, uint32_t cp)
{
    return t->type == REVIEW_TOK_PUNCT && t->cp == cp;
}


#define review_tok_lex(t, bits)  ((t)->lex & (bits))

int review_rating_find(review_tx_t *tx);
int review_quote_find(review_tx_t *tx);
int review_people_find(review_tx_t *tx);
int review_work_find(review_tx_t *tx);
int review_work_subtitle(review_tx_t *tx);

/* review_voice.c: who speaks, and of what (for the review decision) */
int review_work_others(review_tx_t *tx);
int review_voice_find(review_tx_t *tx);

/* does the sentence name the work (facts->item_name)? */
int review_sentence_names_item(review_tx_t *tx, review_sentence_t *s);


#endif /* _REVIEW_TEXT_INT_H_INCLUDED_ */
