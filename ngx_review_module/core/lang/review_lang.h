
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_LANG_H_INCLUDED_
#define _REVIEW_LANG_H_INCLUDED_


/*
 * The languages reviews are read in.  A language is one table
 * (review_lang_XX.c): its words for the lexicon's lists, its credit labels
 * and verbs, month names, the words that say "review" in a title or a
 * URL, the labels of a verdict, and the frequent words that recognise it
 * in a text.  The engine
 * (tokenizer, lexicon bits, cues, weights) is shared: adding a language is
 * adding a table and its line in review_lang.c.
 *
 * English is the fallback and is always read: a French page gets the
 * English lists and the French ones.
 */


#include "review_core.h"


typedef enum {
    REVIEW_LANG_EN = 0,
    REVIEW_LANG_FR,
    REVIEW_LANG_DE,
    REVIEW_LANG_ES,
    REVIEW_LANG_PT,
    REVIEW_LANG_IT,
    REVIEW_LANG_ZH,
    REVIEW_LANG_JA,
    REVIEW_LANG_N
} review_lang_e;


/*
 * what a credit word says: "Regie:" (a label), "réalisé par" (a verb),
 * "A directs" (after the name)
 */
typedef enum {
    REVIEW_CREDIT_NONE = 0,
    REVIEW_CREDIT_DIR,
    REVIEW_CREDIT_WRI,
    REVIEW_CREDIT_COMP,
    REVIEW_CREDIT_PROD,
    REVIEW_CREDIT_ACT,
    REVIEW_CREDIT_CREW
} review_credit_e;


typedef struct {
    const char *const       *words;
    uint64_t                 bit;        /* REVIEW_LEX_* */
} review_lang_list_t;


typedef struct {
    const char              *word;
    uint8_t                  label;      /* "Regie: A": A's credit */
    uint8_t                  verb;       /* "inszeniert von A" */
    uint8_t                  after;      /* "A dirige", "A 导演": the
                                            name before it */
} review_lang_credit_t;


typedef struct {
    const char              *word;
    uint8_t                  month;      /* 1 .. 12 */
} review_lang_month_t;


typedef struct {
    const char                   *code;          /* ISO 639-1 */
    const review_lang_list_t     *lists;         /* { NULL, 0 } ends */
    const review_lang_credit_t   *credits;       /* { NULL } ends */
    const char *const            *by;            /* "by", "par", "von" */
    const review_lang_month_t    *months;        /* { NULL } ends */
    const char *const            *common;        /* its most frequent
                                                    words: detection */
    const char *const            *review_words;  /* a title, URL or
                                                    section saying
                                                    "review" */
    const char *const            *title_prefixes;    /* "Critique :" */
    const char *const            *title_fillers;     /* "X : notre
                                                        critique" */
    const char *const            *title_labels;      /* "DVD: X" */
    const char *const            *numbers;       /* zero .. ten */
    const char *const            *noun_suffixes;     /* German "-ung" */
    const char *const            *byline;        /* "by", "par", "文：" */
    const char *const            *endings;       /* "wunderbarer" is
                                                    "wunderbar" */
    const char *const            *verdict_labels;    /* "Fazit:" */
    const char *const            *person_endings;    /* Italian
                                                        "-iamo": "we" */
    const char *const            *thresholds;    /* "rated 8 or higher",
                                                    "4 étoiles ou plus":
                                                    a bar, no verdict;
                                                    words by blanks */
    unsigned                      no_spaces:1;   /* Chinese, Japanese */
    unsigned                      capital_nouns:1;   /* German */
} review_lang_t;


extern const review_lang_t  review_lang_en;
extern const review_lang_t  review_lang_fr;
extern const review_lang_t  review_lang_de;
extern const review_lang_t  review_lang_es;
extern const review_lang_t  review_lang_pt;
extern const review_lang_t  review_lang_it;
extern const review_lang_t  review_lang_zh;
extern const review_lang_t  review_lang_ja;

extern const review_lang_t *const  review_langs[REVIEW_LANG_N];

/* the class and id words of CMS themes: no language's */
extern const review_lang_list_t    review_hint_lists[];

/* account names that name nobody ("admin"); an author page's folders */
extern const char *const           review_hint_nobody[];
extern const char *const           review_hint_author_paths[];
extern const char *const           review_hint_tag_paths[];
extern const char *const           review_hint_updated[];
extern const char *const           review_hint_bio[];
extern const char *const           review_hint_layout[];
extern const char *const           review_hint_rating[];
extern const char *const           review_hint_rating_label[];
extern const char *const           review_hint_rating_theirs[];
extern const char *const           review_hint_star_full[];
extern const char *const           review_hint_star_empty[];
extern const char *const           review_hint_star_outline[];
extern const char *const           review_hint_star_half[];

/*
 * English words for peoples ("Australians", "Korean"): never a name, nor
 * its first word ("directed by Australians A and B"); a list of its own
 * until the lexicon has a bit to spare
 */
extern const char *const           review_en_peoples[];

/* "its two leads, A and B": the players named after the comma */
extern const char *const           review_en_lead_nouns[];

/*
 * A link's call to action a headline or a candidate ends on ("Title -
 * Click for Trailer"): never a part of a name
 */
extern const char *const           review_en_calls[];


/* "fr-CA", "pt_BR", "zh-Hans": the table; REVIEW_LANG_N for none */
review_lang_e review_lang_from_code(const unsigned char *p, size_t len);

/*
 * The language of a text from its frequent words (and, for Chinese and
 * Japanese, its characters); "declared" (<html lang>, Content-Language,
 * og:locale; REVIEW_LANG_N when none is known) wins unless the text
 * plainly says otherwise.  Reads at most "max" bytes.
 */
review_lang_e review_lang_detect(const review_str_t *texts, unsigned n,
    size_t max, review_lang_e declared);

/* whether a title, URL or section says "review" in a known language */
const unsigned char *review_lang_find_review(const unsigned char *p,
    size_t len);

/* "Critique : X": the length of a review prefix that s starts with */
size_t review_lang_title_prefix(const unsigned char *p, size_t len);

/*
 * "DVD: X", "Sneak: X", "I watched X": the length of a label that s
 * starts with, with the separator and blanks after it, or 0.  A label
 * written with a colon needs a separator after it (":", "::", "|", a
 * dash); one without, a blank.
 */
size_t review_lang_title_label(const unsigned char *p, size_t len);

/* "X : notre critique": a word that may stand before the review word */
int review_lang_title_filler(const unsigned char *p, size_t len);

/*
 * "By Ana", "Par Ana", "Von Ana", "文：NAME": the length of a byline's
 * opening word at p with the blanks and colon after it, or 0
 */
size_t review_lang_byline(const unsigned char *p, size_t len);

/*
 * "Verdict: skip it", "Fazit: sehenswert": whether a verdict label of a
 * known language starts at p, followed by blanks, a colon, a blank and
 * a word
 */
int review_lang_verdict_at(const unsigned char *p, const unsigned char *end);

/* a heading that is a verdict label alone: "The Verdict", "Notre avis" */
int review_lang_verdict_label(const review_str_t *s);

/* a month name or abbreviation in any known language: 1 .. 12, or 0 */
int review_lang_month(const unsigned char *p, size_t len);


#endif /* _REVIEW_LANG_H_INCLUDED_ */
