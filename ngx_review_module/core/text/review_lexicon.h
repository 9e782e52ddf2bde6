
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_LEXICON_H_INCLUDED_
#define _REVIEW_LEXICON_H_INCLUDED_


/*
 * The word lists of every language (core/lang/), in one hash table
 * built once: a word gives the set of lists it belongs to, as bits.
 * Text understanding looks every word up once, when it tokenizes, in the
 * page's language and in English.
 */


#include "review_core.h"


#define REVIEW_LEX_ABBREV          (1ULL << 0)   /* a period after it */
#define REVIEW_LEX_FUNCTION        (1ULL << 1)   /* capitalised, no name */
#define REVIEW_LEX_EVAL            (1ULL << 2)   /* words of judgement */
#define REVIEW_LEX_WEAK_OPENER     (1ULL << 3)
#define REVIEW_LEX_HEDGE           (1ULL << 4)   /* the reviewer, 1st person */
#define REVIEW_LEX_MONTH           (1ULL << 5)
#define REVIEW_LEX_RATING_CUE      (1ULL << 6)
#define REVIEW_LEX_NUMBER          (1ULL << 7)   /* one .. ten */
#define REVIEW_LEX_STRONG          (1ULL << 8)   /* strong verdicts */
#define REVIEW_LEX_FILM_WORD       (1ULL << 9)
#define REVIEW_LEX_RELEASE         (1ULL << 10)
#define REVIEW_LEX_PARTICLE        (1ULL << 11)  /* de, van, von */
#define REVIEW_LEX_DIRECTOR        (1ULL << 12)  /* director, filmmaker */
#define REVIEW_LEX_NOT_FILM_DIR    (1ULL << 13)  /* festival director */
#define REVIEW_LEX_GENRE           (1ULL << 14)  /* X's film, X's thriller */
#define REVIEW_LEX_PLAY            (1ULL << 15)  /* plays, portrays */
#define REVIEW_LEX_LIST_CUE        (1ULL << 16)  /* starring, cast */
#define REVIEW_LEX_ACTING          (1ULL << 17)  /* performance, turn */
#define REVIEW_LEX_PRAISE          (1ULL << 18)  /* X is superb */
#define REVIEW_LEX_CREW            (1ULL << 19)  /* editor, cinematographer */
#define REVIEW_LEX_OTHER           (1ULL << 20)  /* critic, jury */
#define REVIEW_LEX_WRITER          (1ULL << 21)
#define REVIEW_LEX_VOCAB_FILM      (1ULL << 22)  /* what kind of work */
#define REVIEW_LEX_VOCAB_TV        (1ULL << 23)
#define REVIEW_LEX_VOCAB_BOOK      (1ULL << 24)
#define REVIEW_LEX_VOCAB_GAME      (1ULL << 25)

#define REVIEW_LEX_HINT_NEG        (1ULL << 26)
#define REVIEW_LEX_HINT_META       (1ULL << 27)
#define REVIEW_LEX_HINT_POS        (1ULL << 28)
#define REVIEW_LEX_HINT_BYLINE     (1ULL << 29)
#define REVIEW_LEX_HINT_DATE       (1ULL << 30)
#define REVIEW_LEX_HINT_WHOLE      (1ULL << 31)  /* counts as a whole class
                                                    name, not as a part */
#define REVIEW_LEX_ROLE            (1ULL << 32)  /* newcomer, actress */
#define REVIEW_LEX_HONORIFIC       (1ULL << 33)  /* Dr. Fenwick, Mr. Hanks */
#define REVIEW_LEX_PERSON          (1ULL << 34)  /* her father (X) */
#define REVIEW_LEX_GAVE            (1ULL << 35)  /* X gave it 3 stars */
#define REVIEW_LEX_VOCAB_MUSIC     (1ULL << 36)  /* an album, a song */
#define REVIEW_LEX_VOCAB_THING     (1ULL << 37)  /* a product, a place */
#define REVIEW_LEX_BY              (1ULL << 38)  /* directed by, par, von */
#define REVIEW_LEX_ARTICLE         (1ULL << 39)  /* der, ein: a noun follows */
#define REVIEW_LEX_VERDICT_IS      (1ULL << 40)  /* "it is a", "c'est un" */
#define REVIEW_LEX_VERDICT_A       (1ULL << 41)
#define REVIEW_LEX_GRADE_CUE       (1ULL << 42)  /* Verdict: B+ */
#define REVIEW_LEX_THIRD           (1ULL << 43)  /* IMDb, Rotten Tomatoes:
                                                    a score not the
                                                    review's own */
#define REVIEW_LEX_PREDICT         (1ULL << 44)  /* Netflix predicts ... */
#define REVIEW_LEX_COMPANY         (1ULL << 45)  /* New Line Cinema: no one */
#define REVIEW_LEX_CLAUSE          (1ULL << 46)  /* when, because: a new
                                                    clause */
#define REVIEW_LEX_DETERMINER      (1ULL << 47)  /* the, his: a noun next */
#define REVIEW_LEX_POSSESSIVE      (1ULL << 48)  /* his producer (X) */
#define REVIEW_LEX_MADE            (1ULL << 49)  /* X made <the film> */
#define REVIEW_LEX_TITLE_WORD      (1ULL << 50)  /* "Of" in "Best Use Of" */
#define REVIEW_LEX_MODAL           (1ULL << 51)  /* "it'd star X": a verb */
#define REVIEW_LEX_LABEL_OF        (1ULL << 52)  /* "Direção de A": a
                                                    label's "of" */
#define REVIEW_LEX_SCALE_OF        (1ULL << 53)  /* "4 von 5", "8 su 10" */
#define REVIEW_LEX_VIEW            (1ULL << 54)  /* "I watched", "j'ai vu" */
#define REVIEW_LEX_LIKE            (1ULL << 55)  /* "I loved", "empfehle" */
#define REVIEW_LEX_SAID            (1ULL << 56)  /* "X said": reported */
#define REVIEW_LEX_BYLINE_LEAD     (1ULL << 58)  /* "Posted ... by A": a
                                                    byline's first word */
#define REVIEW_LEX_FOOTER          (1ULL << 59)  /* "(c) Ana Ruiz. All
                                                    rights": ends a name */
#define REVIEW_LEX_ORG             (1ULL << 60)  /* "(c) Ruiz Media": a
                                                    company's or a site's
                                                    name, no person's */
#define REVIEW_LEX_BE              (1ULL << 61)  /* "X is a filmmaker" */
#define REVIEW_LEX_BE_AUX          (1ULL << 62)  /* "X has always been" */
#define REVIEW_LEX_STARS           (1ULL << 63)  /* "4 Sterne", "3 étoiles" */
#define REVIEW_LEX_AS_NO_PART      (1ULL << 57)  /* "marketed as", "such
                                                    as": no part follows */

/* the lexicon bit of each vocabulary slot (review_vocab_e) */
extern const uint64_t  review_vocab_bits[];

void review_lexicon_init(void);

/* words the tables had no room for (0, or a table outgrew its room) */
unsigned review_lexicon_lost(void);

/* the English lists a word (any case) belongs to; 0 for none */
uint64_t review_lex(const unsigned char *p, size_t len);

/* the lists of English and of a language (review_lang_e) */
uint64_t review_lex_lang(unsigned lang, const unsigned char *p, size_t len);

/* the same for a capitalised word: "Überzeugend", "È" as in lower case */
uint64_t review_lex_lang_cap(unsigned lang, const unsigned char *p,
    size_t len);

/* a credit word of English or of a language as a label ("Regie:"), as
   a verb ("directed by", verb 1) or after the name ("A directs", verb
   REVIEW_CREDIT_AFTER): a review_credit_e, 0 for none */
#define REVIEW_CREDIT_AFTER  2
unsigned review_lex_credit(unsigned lang, const unsigned char *p,
    size_t len, unsigned verb);

/* either: the label's review_credit_e, else the verb's; one lookup */
unsigned review_lex_credit_any(unsigned lang, const unsigned char *p,
    size_t len);

/* the languages (a bit per review_lang_e) a word is frequent in */
unsigned review_lex_common(const unsigned char *p, size_t len);

/* one .. ten as a number; -1 if not one */
int review_lex_number(const unsigned char *p, size_t len);


#endif /* _REVIEW_LEXICON_H_INCLUDED_ */
