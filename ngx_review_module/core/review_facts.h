
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_FACTS_H_INCLUDED_
#define _REVIEW_FACTS_H_INCLUDED_


/*
 * What the core understood of a page.  Page understanding and text
 * understanding fill it; the JSON-LD, card and social meta generators
 * read it and nothing else.  Every string is UTF-8, whitespace collapsed,
 * entities decoded, not escaped; an empty string (len 0) means "not
 * known", and a generator then leaves the property out.
 */


#include "review_core.h"


typedef enum {
    REVIEW_ITEM_UNKNOWN = 0,
    REVIEW_ITEM_MOVIE,
    REVIEW_ITEM_TV,                  /* schema.org TVSeries */
    REVIEW_ITEM_BOOK,
    REVIEW_ITEM_GAME,                /* schema.org VideoGame */
    REVIEW_ITEM_OTHER                /* a product, an album...: no Movie */
} review_item_type_e;


/* the vocabularies that say what kind of work a text speaks of */
typedef enum {
    REVIEW_VOCAB_FILM = 0,
    REVIEW_VOCAB_TV,
    REVIEW_VOCAB_BOOK,
    REVIEW_VOCAB_GAME,
    REVIEW_VOCAB_MUSIC,              /* an album: never a Movie */
    REVIEW_VOCAB_THING,              /* a product, a restaurant: neither */
    REVIEW_VOCAB_N
} review_vocab_e;


typedef enum {
    REVIEW_KIND_UNKNOWN = 0,
    REVIEW_KIND_REVIEW,              /* one review of one work */
    REVIEW_KIND_NEWS,
    REVIEW_KIND_INTERVIEW,
    REVIEW_KIND_LIST,                /* "10 best ...", a ranking */
    REVIEW_KIND_INDEX,               /* home, category, tag, search page */
    REVIEW_KIND_MULTI,               /* several short reviews on one page */
    REVIEW_KIND_OTHER
} review_page_kind_e;


/*
 * The parts of the review decision: each one the page shows adds its
 * weight (review_classify.c, review_part_name()) to the score.
 */
typedef enum {
    REVIEW_PART_STRUCTURED = 0,      /* the page's own Review markup */
    REVIEW_PART_TITLE_REVIEW,        /* a word for "review" in its title */
    REVIEW_PART_URL_REVIEW,
    REVIEW_PART_SECTION_REVIEW,
    REVIEW_PART_FILM_PLACE,          /* /movies/, a "Film" section */
    REVIEW_PART_RATING,              /* a rating the review states */
    REVIEW_PART_RATING_BOX,
    REVIEW_PART_DIRECTOR,
    REVIEW_PART_CAST_ONE,
    REVIEW_PART_CAST_MANY,           /* two or more actors */
    REVIEW_PART_FACTS_BOX,           /* runtime, certificate */
    REVIEW_PART_QUOTE,               /* a sentence that judges */
    REVIEW_PART_LONG_PROSE,
    REVIEW_PART_FILM_TALK,           /* words of films */
    REVIEW_PART_VERDICT,             /* judgement words, dense enough */
    REVIEW_PART_FIRST_PERSON,        /* "I", "my": someone's view */
    REVIEW_PART_ONE_WORK,            /* its name again in the prose */
    REVIEW_PART_TITLED_WORK,         /* ... and the headline's */
    REVIEW_PART_HEADLINE_VERDICT,    /* "X is really cool" */
    REVIEW_PART_HEADLINE_FILM,       /* "X movie ...", "film" */
    REVIEW_PART_VIEWING,             /* "I watched it": of one work */
    REVIEW_PART_OWN_VERDICT,         /* "I loved it", twice at least */
    REVIEW_PART_WORK_VERDICT,        /* judging the film, twice at least */
    REVIEW_PART_REPORTED,            /* others' words ("said"), dense
                                        (minus) */
    REVIEW_PART_ESSAY,               /* long prose, no work in the
                                        headline (minus) */
    REVIEW_PART_OTHER_KIND,          /* a list, news... (minus) */
    REVIEW_PART_MULTI,               /* several reviews (minus) */
    REVIEW_PART_NEWS,                /* news words (minus) */
    REVIEW_PART_N
} review_part_e;


typedef enum {
    REVIEW_SOURCE_NONE = 0,
    REVIEW_SOURCE_URL,
    REVIEW_SOURCE_TEXT,              /* the review's prose */
    REVIEW_SOURCE_MARKUP,            /* visible markup: <time>, byline... */
    REVIEW_SOURCE_META,              /* <meta>, <link>, <title> */
    REVIEW_SOURCE_STRUCTURED         /* the page's JSON-LD, microdata, RDFa */
} review_source_e;


typedef struct {
    review_str_t           name;
    review_str_t           url;
    review_str_t           character;    /* actors: the part they play */
    unsigned               mentions;
    unsigned               confidence;   /* 0-100 */
} review_person_t;


typedef struct {
    review_person_t       *elts;
    unsigned               nelts;
    unsigned               nalloc;
} review_people_t;


/* a letter grade's scale: F = 1, D- = 2 .. A+ = 13 */
#define REVIEW_GRADE_SCALE  13


typedef struct {
    unsigned               stated:1;     /* never set from sentiment */
    double                 value;
    double                 best;
    double                 worst;
    review_str_t           text;         /* as printed: "4/5", "B+" */
    review_source_e        source;
} review_rating_t;


typedef struct {
    /* the page */
    review_str_t           url;          /* canonical URL */
    review_str_t           title;        /* <title> as is */
    review_str_t           headline;     /* og:title, h1 or <title> */
    review_str_t           site_name;
    review_str_t           lang;         /* BCP 47: "en-GB" */
    unsigned               language;     /* review_lang_e its text is
                                            read in (REVIEW_LANG_EN
                                            when no table knows it) */
    unsigned               lang_unknown:1;   /* declared in a language
                                                no table knows */
    review_str_t           description;  /* the page's own description */
    review_str_t           image;        /* lead image, absolute URL */
    review_str_t           author;
    review_str_t           author_url;
    review_str_t           date_published;   /* ISO 8601 */
    review_str_t           date_modified;
    review_str_t           section;      /* article:section, category */
    review_source_e        author_source;
    review_source_e        date_source;
    review_source_e        name_source;

    /* sent as XML (application/xhtml+xml): what is inserted is XML too */
    unsigned               xhtml:1;

    /* what the page already says in structured data */
    unsigned               has_review_ld:1;
    unsigned               has_movie_ld:1;
    unsigned               has_og_description:1;
    unsigned               has_twitter_card:1;
    unsigned               has_twitter_description:1;
    review_str_t           existing_review_id;    /* its @id, if any */
    review_str_t           existing_movie_id;

    /* the decision */
    review_page_kind_e     kind;
    unsigned               confidence;   /* 0-100 that it is a review */
    review_status_e        reason;       /* why not, for $review_status */
    uint32_t               parts;        /* 1 << review_part_e: the parts
                                            the score summed */
    int                    score;        /* their sum, before the clamp */
    unsigned               voice:1;      /* someone judges: a word for
                                            review, a rating, a verdict */

    /* the work */
    review_item_type_e     item_type;
    review_str_t           item_name;
    review_str_t           item_year;    /* "2020" */
    review_str_t           item_date;    /* release date, ISO 8601 */
    review_str_t           item_image;
    review_str_t           item_same_as; /* IMDb, Wikidata... page linked */
    review_str_t           runtime;      /* ISO 8601 duration: PT2H46M */
    review_str_t           certificate;  /* contentRating: "R", "15" */
    review_str_t           release;      /* "Out now on Amazon Prime Video" */
    review_people_t        directors;
    review_people_t        actors;
    review_people_t        writers;
    review_people_t        composers;
    review_people_t        producers;

    /* the verdict and the text */
    review_rating_t        rating;
    review_str_t           quote;        /* the best pull-quote sentence */
    review_str_t           quote2;       /* a second, different one */
    review_str_t           summary;      /* <= 300 bytes, for description */
    review_str_t           body;         /* paragraphs joined by "\n\n" */
    unsigned               word_count;
    unsigned               reading_minutes;
    unsigned               vocab[REVIEW_VOCAB_N];   /* words of each kind */
    unsigned               judgements;   /* words that judge: "superb" */
    unsigned               first_person; /* "I", "my": someone speaks
                                            (not inside quotation marks) */
    unsigned               viewings;     /* sentences: "I watched it" */
    unsigned               own_verdicts; /* sentences: "I loved it", "my
                                            favourite", a judgement said
                                            in the first person */
    unsigned               work_verdicts;    /* sentences judging the film
                                                or the work by its name */
    unsigned               reported;     /* "said", "told": others' words */
    unsigned               works_named;  /* titles set in italics */
    unsigned               name_mentions;    /* the work's, in the prose */
    unsigned               other_mentions;   /* the most another work in
                                                italics is named */
    unsigned               name_titled:1;    /* the headline names it */
    unsigned               name_dated:1;     /* the title dates the name:
                                                "X: Y (2025)" */
    unsigned               url_stated:1;     /* the page states its own
                                                address (canonical,
                                                og:url) */
} review_facts_t;


review_person_t *review_people_add(review_arena_t *a, review_people_t *p);


#endif /* _REVIEW_FACTS_H_INCLUDED_ */
