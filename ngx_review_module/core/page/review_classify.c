
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_lang.h"
#include "review_lexicon.h"
#include "review_page_int.h"
#include "review_str.h"


/*
 * Is this page one review of one work, and of what kind of work?  Judged
 * by what reviews do: the page's word about itself (structured data, a
 * word for "review" in its title, URL or section), a place of films in
 * its URL or section, a stated rating, credits (a director, a cast, a
 * facts box), a first-person verdict, one work named again and again in
 * the prose, the length of that prose.  A list's, an interview's, a news
 * story's or an index page's marks name what else it is.  The confidence
 * is the sum of the weights below, from 0 to 100; a review needs
 * REVIEW_CLASSIFY_MIN.
 */


typedef struct {
    const char           *name;
    int                   weight;
} review_weight_t;


/* the weight of each part (review_part_e in review_facts.h) */
static const review_weight_t  review_weights[REVIEW_PART_N] = {
    [REVIEW_PART_STRUCTURED] =        { "structured", 50 },
    [REVIEW_PART_TITLE_REVIEW] =      { "title_review", 35 },
    [REVIEW_PART_URL_REVIEW] =        { "url_review", 20 },
    [REVIEW_PART_SECTION_REVIEW] =    { "section_review", 20 },
    [REVIEW_PART_FILM_PLACE] =        { "film_place", 10 },
    [REVIEW_PART_RATING] =            { "rating", 25 },
    [REVIEW_PART_RATING_BOX] =        { "rating_box", 5 },
    [REVIEW_PART_DIRECTOR] =          { "director", 10 },
    [REVIEW_PART_CAST_ONE] =          { "cast_one", 5 },
    [REVIEW_PART_CAST_MANY] =         { "cast_many", 10 },
    [REVIEW_PART_FACTS_BOX] =         { "facts_box", 5 },
    [REVIEW_PART_QUOTE] =             { "quote", 5 },
    [REVIEW_PART_LONG_PROSE] =        { "long_prose", 5 },
    [REVIEW_PART_FILM_TALK] =         { "film_talk", 10 },
    [REVIEW_PART_VERDICT] =           { "verdict", 10 },
    [REVIEW_PART_FIRST_PERSON] =      { "first_person", 10 },
    [REVIEW_PART_ONE_WORK] =          { "one_work", 10 },
    [REVIEW_PART_TITLED_WORK] =       { "titled_work", 15 },
    [REVIEW_PART_HEADLINE_VERDICT] =  { "headline_verdict", 15 },
    [REVIEW_PART_HEADLINE_FILM] =     { "headline_film", 5 },
    [REVIEW_PART_VIEWING] =           { "viewing", 10 },
    [REVIEW_PART_OWN_VERDICT] =       { "own_verdict", 10 },
    [REVIEW_PART_WORK_VERDICT] =      { "work_verdict", 10 },
    [REVIEW_PART_REPORTED] =          { "reported", -20 },
    [REVIEW_PART_ESSAY] =             { "essay", -15 },
    [REVIEW_PART_OTHER_KIND] =        { "other_kind", -60 },
    [REVIEW_PART_MULTI] =             { "multi", -40 },
    [REVIEW_PART_NEWS] =              { "news", -40 }
};


#define REVIEW_CLASSIFY_MIN     50      /* confidence of a review */
#define REVIEW_CLASSIFY_LONG    300     /* words of prose */
#define REVIEW_CLASSIFY_ESSAY   1500    /* words of an essay's prose */
#define REVIEW_CLASSIFY_ESSAY_ONE 2     /* ... unless one work's mentions
                                           are twice the others' works */
#define REVIEW_CLASSIFY_FILM    3       /* words of films */
#define REVIEW_CLASSIFY_MENTIONS  2     /* of the work, in the prose */
#define REVIEW_CLASSIFY_VERDICTS  2     /* sentences, own or of the work */
#define REVIEW_CLASSIFY_RIVAL     2     /* another work named half as often
                                           as the work, twice at least:
                                           two works, neither reviewed */
#define REVIEW_CLASSIFY_REPORTED  3     /* "said": a report, when one in */
#define REVIEW_CLASSIFY_SAID_RATE 150   /* ... every 150 words at least */

/* the kind of work: the winner's score at least, and its lead */
#define REVIEW_ITEM_MIN         3
#define REVIEW_ITEM_LEAD        3
#define REVIEW_ITEM_HEADLINE    3       /* a word in the headline counts
                                           as three in the text */
#define REVIEW_ITEM_CREDITS     3       /* a director, a cast, /films/ */
#define REVIEW_ITEM_PLACE       6       /* the site files it under books,
                                           shows, games or music */
#define REVIEW_ITEM_VIEWING     3       /* "I watched it": a film or a
                                           show, whose own words win */


/* words for "a review" in a title or URL, in the languages of the web */
static const char *const  review_review_words[] = {
    "review", "reaction", "critique", "cr\xc3\xadtica", "critica",
    "rese\xc3\xb1\x61", "resenha", "recensione", "recensie", "recension",
    "rezension", "kritik", "anmeldelse", "arvostelu", "recenzja",
    "\xe3\x83\xac\xe3\x83\x93\xe3\x83\xa5\xe3\x83\xbc", /* レビュー */
    "\xe5\xbd\xb1\xe8\xaf\x84",                         /* 影评 */
    "\xe8\xa9\x95\xe8\xab\x96",                         /* 評論 */
    "\xeb\xa6\xac\xeb\xb7\xb0",                         /* 리뷰 */
    "\xe6\x84\x9f\xe6\x83\xb3",                         /* 感想 */
    "\xe8\xa7\x82\xe5\x90\x8e\xe6\x84\x9f",             /* 观后感 */
    "\xe5\xbd\xb1\xe8\xa9\x95",                         /* 影評 */
    "\xd1\x80\xd0\xb5\xd1\x86\xd0\xb5\xd0\xbd\xd0\xb7\xd0\xb8\xd1\x8f",
    NULL                                 /* рецензия */
};

/* a place of films: a URL path segment or a section name opening so */
static const char *const  review_film_places[] = {
    "movie", "movies", "film", "films", "filme", "filmes", "cinema",
    "cin\xc3\xa9ma", "cine", "kino", "pelicula", "peliculas",
    "pel\xc3\xad\x63ula", "pel\xc3\xad\x63ulas",
    "\xe6\x98\xa0\xe7\x94\xbb",                          /* 映画 */
    "\xe7\x94\xb5\xe5\xbd\xb1",                          /* 电影 */
    "\xe9\x9b\xbb\xe5\xbd\xb1",                          /* 電影 */
    "\xec\x98\x81\xed\x99\x94",                          /* 영화 */
    NULL
};

/* places of the other kinds of work, the same way */
static const char *const  review_tv_places[] = {
    "tv", "television", "series", "serie", "s\xc3\xa9ries", "seriados",
    "serien", "shows", NULL
};

static const char *const  review_book_places[] = {
    "book", "books", "libro", "libros", "livre", "livres", "livro",
    "livros", "libri", "buch", "buecher", "b\xc3\xbc\x63her", "lecture",
    "lecturas", "leituras", "reading", NULL
};

static const char *const  review_game_places[] = {
    "game", "games", "gaming", "videogames", "videojuegos", "juegos",
    "jeux", "spiele", "videogiochi", NULL
};

static const char *const  review_music_places[] = {
    "music", "musica", "m\xc3\xbasica", "musique", "musik", "album",
    "albums", "discos", NULL
};

/* a place of news: a URL path segment or a section name opening so */
static const char *const  review_news_places[] = {
    "news", "noticias", "nachrichten", "actualites", "actu", "notizie",
    "breaking", "gossip", "celebrity", NULL
};

/* headlines of index and archive pages, whole or as a prefix */
static const char *const  review_index_titles[] = {
    "reviews", "movie reviews", "film reviews", "latest", "latest reviews",
    "archive", "archives", "all posts", "blog", "home", "posts", NULL
};

static const char *const  review_index_prefixes[] = {
    "category:", "category archives", "tag:", "tag archives",
    "archives:", "archive:", "posts tagged", "posts about", "author:",
    "monthly archives", "yearly archives", "page 2", "reviews archive",
    NULL
};

/*
 * <body> classes of a CMS's listings: WordPress's archives (category,
 * tag, author, date) and search results, Drupal's taxonomy pages
 */
static const char *const  review_index_body_classes[] = {
    "archive", "category", "tag", "author", "date", "search",
    "search-results", "paged", "post-type-archive", "page-taxonomy-term",
    NULL
};


/* og:type of a page that is the work itself: a film database's title page */
static const char *const  review_work_og_types[] = {
    "video.movie", "video.tv_show", "video.episode", "book", "product",
    "music.album", "music.song", "game", NULL
};

/* a number opens a list when one of these follows it: "10 best films" */
static const char *const  review_list_nouns[] = {
    "best", "greatest", "worst", "films", "movies", "shows", "series",
    "books", "games", "albums", "things", "reasons", "ways", "times",
    "moments", "scenes", "essential", "underrated", "overlooked", "great",
    "most", "favourite", "favorite", "favourites", "favorites", "new",
    "must-see", "classic", "classics", "horror", "picks", "tips", NULL
};

static const char *const  review_news_words[] = {
    "announced", "announces", "announce", "to star", "trailer",
    "box office", "box-office", "casting", "cast in", " dies", "dead at",
    " wins ", "nominations", "nominated", "line-up", "lineup", "set to",
    "first look", "release date", "teaser", "confirms", "confirmed",
    "delayed", "renewed", "cancelled", "canceled", "to direct", "joins",
    "in talks", "reveals", "unveils", "unveiled", "shortlist", "festival",
    "lawsuit", "sues", "deal", "acquires", "acquired", "breaking",
    "obituary", "passed away", "dies at", "died at", "in memoriam",
    "\xe5\x85\xac\xe9\x96\x8b\xef\xbc\x81",             /* 公開！ */
    "\xe6\x9c\x80\xe6\x96\xb0\xe6\x83\x85\xe5\xa0\xb1", /* 最新情報 */
    "\xe4\xba\x88\xe5\x91\x8a",                         /* 予告 */
    "\xe8\xa7\xa3\xe7\xa6\x81",                         /* 解禁 */
    "\xe9\x80\x9f\xe5\xa0\xb1",                         /* 速報 */
    "\xe5\xae\x9a\xe6\xa1\xa3",                         /* 定档 */
    "\xe9\xa2\x84\xe5\x91\x8a",                         /* 预告 */
    "\xe5\xae\x98\xe5\xae\xa3",                         /* 官宣 */
    "\xe7\xa5\xa8\xe6\x88\xbf",                         /* 票房 */
    NULL
};

/* an obituary's headline opens so: "RIP: X", "In memoriam X" */
static const char *const  review_obituary_heads[] = {
    "rip:", "rip ", "r.i.p", "in memoriam", "obituary", "nachruf",
    "necrol\xc3\xb3gica", "addio a ", "adi\xc3\xb3s a ", NULL
};

static const char *const  review_interview_words[] = {
    "interview", "in conversation", "q&a", "q & a", "talks to",
    "speaks to", "sits down with", "on making", "tells us", " discusses ",
    " talks ", "entrevista", "intervista", "entretien", NULL
};

/*
 * other critics' reviews reported, not one of its own; each holds
 * "critic", "reviews", "round" or "reaction", looked for first
 */
static const char *const  review_roundup_words[] = {
    "what critics are saying", "what critics say", "what the critics",
    "critics are saying", "critics say", "critics react", "critics agree",
    "reviews are in", "review roundup", "reviews roundup",
    "review round-up", "reviews round-up", "first reactions",
    "first reviews", "reactions are in", "critics' verdict", NULL
};

/* films in the plural: a headline about several ("Films in December") */
static const char *const  review_works_words[] = {
    "films", "movies", "filme", "filmes", "pel\xc3\xad\x63ulas",
    "peliculas", "flicks", "documentaries", "documentaires", NULL
};

/* a festival's report: many films, none judged alone ("X Fest 2013") */
static const char *const  review_festival_words[] = {
    "fest", "festival", "festivals", "filmfest", "filmfestival",
    "festiwal", "berlinale",
    "\xe6\x98\xa0\xe7\x94\xbb\xe7\xa5\xad",          /* 映画祭 */
    "\xe7\x94\xb5\xe5\xbd\xb1\xe8\x8a\x82",          /* 电影节 */
    NULL
};

/* a headline that says it is no review */
static const char *const  review_not_review_words[] = {
    "not a review", "not really a review", "no review", "non-review",
    "kein review", "keine kritik", "pas une critique", NULL
};

/* how an essay's headline, or its part after a colon, opens */
static const char *const  review_essay_heads[] = {
    "on ", "notes on ", "thoughts on ", "in defense of ", "in defence of ",
    "in praise of ", "the case for ", "the case against ", "why ", "how ",
    "what ", "a history of ", "the art of ",
    "\xe5\xa6\x82\xe4\xbd\x95",                          /* 如何 */
    "\xe4\xb8\xba\xe4\xbb\x80\xe4\xb9\x88",              /* 为什么 */
    "\xe7\x82\xba\xe4\xbb\x80\xe9\xba\xbc",              /* 為什麼 */
    "\xe6\x80\x8e\xe6\xa0\xb7",                          /* 怎样 */
    "\xe6\x80\x8e\xe4\xb9\x88",                          /* 怎么 */
    "\xe6\xb5\x85\xe8\xb0\x88",                          /* 浅谈 */
    "\xe3\x81\xaa\xe3\x81\x9c",                          /* なぜ */
    NULL
};

/* ... but the reviewer's verdict announced is no essay */
static const char *const  review_opinion_heads[] = {
    "what i think of", "what i thought of", "what i thought about",
    "what we thought of", "why i loved", "why i liked", "why i hated",
    "why i disliked", "why i didn't like", "why i didn\xe2\x80\x99t like",
    NULL
};

/* a guide's section headings open so: "How to Critique a Film's Plot" */
static const char *const  review_guide_heads[] = {
    "how to ", "how do you ", "c\xc3\xb3mo ", "comment ", "wie man ",
    "como fazer ", "come fare ", NULL
};

#define REVIEW_CLASSIFY_GUIDE   2       /* headings of a guide's steps */

/* about a film, no judgement of it: "ending explained" */
static const char *const  review_explainer_words[] = {
    "explained", "easter eggs", "theories", NULL
};

/*
 * ... not where the list word gathers one viewer's impressions of one
 * work: "『X』感想まとめ" (impressions of X, gathered)
 */
static const char *const  review_list_not_words[] = {
    "\xe6\x84\x9f\xe6\x83\xb3\xe3\x81\xbe\xe3\x81\xa8\xe3\x82\x81",
                                                         /* 感想まとめ */
    NULL
};

static const char *const  review_list_words[] = {
    " ranked", "best films", "best movies", "best tv", "best shows",
    "best books", "best games", "top 10", "top ten", "top 20", "top 25",
    "top 50", "top 100", "films of the year", "movies of the year",
    "must-see", "to watch this", "to stream this", "where to watch",
    " picks", "predictions",
    "\xe3\x81\xbe\xe3\x81\xa8\xe3\x82\x81",              /* まとめ */
    "\xe5\x8e\xb3\xe9\x81\xb8",                          /* 厳選 */
    "\xe6\x96\xb0\xe7\x9d\x80",                          /* 新着 */
    "\xe3\x83\xa9\xe3\x83\xb3\xe3\x82\xad\xe3\x83\xb3\xe3\x82\xb0",
                                                         /* ランキング */
    "\xe4\xb8\x80\xe8\xa6\xa7",                          /* 一覧 */
    "\xe7\x9b\x98\xe7\x82\xb9",                          /* 盘点 */
    "\xe7\x89\x87\xe5\x8d\x95",                          /* 片单 */
    "\xe6\xa6\x9c\xe5\x8d\x95",                          /* 榜单 */
    "\xe5\x90\x88\xe9\x9b\x86",                          /* 合集 */
    NULL
};


static void
review_part(review_facts_t *f, review_part_e part)
{
    f->parts |= (uint32_t) 1 << part;
    f->score += review_weights[part].weight;
}


const char *
review_part_name(unsigned part, int *weight)
{
    if (part >= REVIEW_PART_N) {
        return NULL;
    }

    *weight = review_weights[part].weight;

    return review_weights[part].name;
}


static int
review_has_any(const review_str_t *s, const char *const *words)
{
    for ( /* void */ ; *words; words++) {
        if (review_find_ci(s->data, s->len, *words)) {
            return 1;
        }
    }

    return 0;
}


/* the text opens with one of the words */

static int
review_starts_any(const review_str_t *s, const char *const *words)
{
    for ( /* void */ ; *words; words++) {
        if (review_str_starts_ci(s, *words)) {
            return 1;
        }
    }

    return 0;
}


/* one of the words, as a whole word: "films" but not "filmstock" */

static int
review_has_word(const review_str_t *s, const char *const *words)
{
    review_str_t          w;
    const unsigned char  *p;

    if (s->len == 0) {
        return 0;
    }

    p = s->data;

    while (review_str_word(&p, s->data + s->len, &w)) {
        if (review_str_in_ci(&w, words)) {
            return 1;
        }
    }

    return 0;
}


static int
review_words_in(const review_str_t *s, const char *const *words, int whole)
{
    return whole ? review_has_word(s, words) : review_has_any(s, words);
}


/*
 * Words of a page kind in the headline, outside the work's name: a film
 * called "The Interview" or "Breaking News" does not make its review an
 * interview or news.
 */

/* where the headline names the work, or NULL */

static const unsigned char *
review_headline_name(const review_str_t *h, const review_str_t *name)
{
    size_t  i;

    for (i = 0; name->len > 2 && i + name->len <= h->len; i++) {
        if (review_strncasecmp(h->data + i, (const char *) name->data,
                               name->len) == 0)
        {
            return h->data + i;
        }
    }

    return NULL;
}


static int
review_headline_has(const review_str_t *h, const review_str_t *name,
    const char *const *words, int whole)
{
    review_str_t          part;
    const unsigned char  *p;

    p = review_headline_name(h, name);

    if (p == NULL) {
        return review_words_in(h, words, whole);
    }

    part.data = h->data;
    part.len = p - h->data;

    if (review_words_in(&part, words, whole)) {
        return 1;
    }

    part.data = p + name->len;
    part.len = h->data + h->len - part.data;

    return review_words_in(&part, words, whole);
}


/* the headline is a question: "The best film ever?", "¿Vale la pena?" */

static int
review_headline_asks(const review_str_t *h)
{
    size_t  n;

    n = h->len;

    while (n && (h->data[n - 1] == ' ' || h->data[n - 1] == '.'
                 || h->data[n - 1] == '!'))
    {
        n--;
    }

    return (n >= 1 && h->data[n - 1] == '?')
           || (n >= 3 && h->data[n - 3] == 0xef && h->data[n - 2] == 0xbc
               && h->data[n - 1] == 0x9f);                     /* ？ */
}


/* "10 best films", "The 25 best", "Top 10": a list; "12 Strong" is not */

static int
review_headline_list(const review_str_t *h)
{
    size_t              n, k;
    review_str_t        s;
    const char *const  *w;

    s = *h;

    if (review_str_starts_ci(&s, "the ")) {
        s.data += 4;
        s.len -= 4;
    }

    if (s.len > 3 && review_isdigit(s.data[0])) {
        while (s.len && review_isdigit(s.data[0])) {
            s.data++;
            s.len--;
        }

        while (s.len && s.data[0] == ' ') {
            s.data++;
            s.len--;
        }

        /* the noun may follow a word or two: "10 movie review tips" */
        for (k = 0; k < 3 && s.len; k++) {
            for (w = review_list_nouns; *w; w++) {
                n = strlen(*w);

                if (s.len >= n && review_strncasecmp(s.data, *w, n) == 0
                    && (s.len == n || !review_isalpha(s.data[n])))
                {
                    return 1;
                }
            }

            if (k == 0 || (k == 1 && review_isalpha(s.data[0]))) {
                while (s.len && s.data[0] != ' ') {
                    s.data++;
                    s.len--;
                }

                while (s.len && s.data[0] == ' ') {
                    s.data++;
                    s.len--;
                }
            }
        }
    }

    return review_has_any(h, review_list_words)
           && !review_has_any(h, review_list_not_words);
}


/*
 * "On Kubelka's Cinema", "Notes on Rohmer", "Lost: Why X Matters"; not
 * the reviewer's verdict announced: "What I think of X"
 */

static int
review_headline_essay(const review_str_t *h)
{
    review_str_t          part;
    const unsigned char  *p;

    part = *h;
    p = review_memmem(h->data, h->len, ": ", 2);

    for ( ;; ) {
        if (review_starts_any(&part, review_essay_heads)
            && !review_starts_any(&part, review_opinion_heads))
        {
            return 1;
        }

        if (p == NULL) {
            return 0;
        }

        part.data = p + 2;
        part.len = h->data + h->len - part.data;
        p = NULL;
    }
}


/*
 * A month and a year in a part of the headline: "October 2023
 * logbook", "Media Log (July 2023)", a period's log of what was seen;
 * 1 for a month, 2 for a year
 */

static unsigned
review_period_in(const review_str_t *s)
{
    size_t                i;
    unsigned              found;
    review_str_t          w;
    const unsigned char  *p, *d;

    found = 0;
    p = s->data;

    while (s->len && review_str_word(&p, s->data + s->len, &w)) {
        if (review_lang_month(w.data, w.len)) {
            found |= 1;
        }
    }

    d = s->data;

    for (i = 0; i + 4 <= s->len; i++) {
        if ((i == 0 || !review_isdigit(d[i - 1]))
            && (i + 4 == s->len || !review_isdigit(d[i + 4]))
            && ((d[i] == '1' && d[i + 1] == '9')
                || (d[i] == '2' && d[i + 1] == '0'))
            && review_isdigit(d[i + 2]) && review_isdigit(d[i + 3]))
        {
            found |= 2;
        }
    }

    return found;
}


/* ... outside the work's name: a film may be called "October 1917" */

static int
review_headline_period(const review_str_t *h, const review_str_t *name)
{
    review_str_t          part;
    const unsigned char  *p;

    p = review_headline_name(h, name);

    if (p == NULL) {
        return review_period_in(h) == 3;
    }

    part.data = h->data;
    part.len = p - h->data;

    if (review_period_in(&part) == 3) {
        return 1;
    }

    part.data = p + name->len;
    part.len = h->data + h->len - part.data;

    return review_period_in(&part) == 3;
}


/*
 * The page's own address is the work's: "/2013/02/08/stand-up-guys/"
 * for "Stand Up Guys".  A post's page, however many links its short
 * text sits among; never a tag's or an author's listing.
 */

static int
review_post_address(const review_str_t *path, const review_str_t *name)
{
    const unsigned char  *p, *end, *n, *nend;
    const char *const    *w;

    if (name->len < 4 || path->len == 0) {
        return 0;
    }

    for (w = review_hint_tag_paths; *w; w++) {
        if (review_find_ci(path->data, path->len, *w)) {
            return 0;
        }
    }

    for (w = review_hint_author_paths; *w; w++) {
        if (review_find_ci(path->data, path->len, *w)) {
            return 0;
        }
    }

    /* the last segment, without a trailing slash or an extension */
    end = path->data + path->len;

    while (end > path->data && end[-1] == '/') {
        end--;
    }

    p = end;

    while (p > path->data && p[-1] != '/') {
        p--;
    }

    nend = memchr(p, '.', end - p);
    end = nend ? nend : end;

    /* the same letters and digits, punctuation and spaces aside */
    n = name->data;
    nend = name->data + name->len;

    for ( ;; ) {
        while (n < nend && !review_isalnum(*n)) {
            n++;
        }

        while (p < end && !review_isalnum(*p)) {
            p++;
        }

        if (n == nend || p == end) {
            return n == nend && p == end;
        }

        if (review_tolower(*n) != review_tolower(*p)) {
            return 0;
        }

        n++;
        p++;
    }
}


/*
 * A label of the verdict ("Nuestra opinión: muy buena", "Verdict: skip
 * it", a heading "The Verdict"; each language's verdict_labels in
 * core/lang/) that opens a block or a sentence and is followed by a
 * colon and words, or a heading that is the label alone: a critic's,
 * whatever the prose's person.  Only the places a sentence starts are
 * tried, one pass over the text: a search for every label over the whole
 * text cost the seed page a quarter of its analysis
 */

static int
review_verdict_label(const review_block_t *blocks, unsigned n)
{
    unsigned              i;
    const char           *m;
    review_str_t          t;
    const unsigned char  *p, *q, *end;

    static const char     review_verdict_ends[] = ".!";

    for (i = 0; i < n; i++) {
        t = blocks[i].text;
        review_str_trim(&t);

        while (t.len && t.data[t.len - 1] == ':') {
            t.len--;
        }

        if (blocks[i].kind == REVIEW_BLOCK_HEADING
            && review_lang_verdict_label(&t))
        {
            return 1;
        }

        end = t.data + t.len;

        if (review_lang_verdict_at(t.data, end)) {
            return 1;
        }

        /* after each ". " and "! ", found by memchr */
        for (m = review_verdict_ends; *m; m++) {
            for (p = t.data;
                 (q = memchr(p, *m, end - p)) != NULL;
                 p = q + 1)
            {
                if (q + 2 < end && q[1] == ' '
                    && review_lang_verdict_at(q + 2, end))
                {
                    return 1;
                }
            }
        }
    }

    return 0;
}


/* the page says it is a listing in its <body> classes */

static int
review_body_index(const review_doc_t *doc)
{
    const char *const  *w;

    if (doc->body == REVIEW_NONE) {
        return 0;
    }

    for (w = review_index_body_classes; *w; w++) {
        if (review_doc_has_class(doc, &doc->nodes[doc->body], *w)) {
            return 1;
        }
    }

    return 0;
}


/* "Reviews", "Category: Film", "Tag Archives: horror": an index */

static int
review_headline_index(const review_str_t *h)
{
    const char *const  *w;

    if (review_str_in_ci(h, review_index_titles)) {
        return 1;
    }

    for (w = review_index_prefixes; *w; w++) {
        if (review_str_starts_ci(h, *w)) {
            return 1;
        }
    }

    return 0;
}


/*
 * Headings that match a table: "How to ..." sections make a guide,
 * headings that say "review" head reviews one by one.
 */

static unsigned
review_headings_matching(const review_page_t *page,
    int (*match)(const review_str_t *s, const char *const *words),
    const char *const *words)
{
    unsigned               i, n;
    const review_block_t  *b;

    n = 0;

    for (i = 0; i < page->text.nblocks; i++) {
        b = &page->text.blocks[i];

        if (b->kind == REVIEW_BLOCK_HEADING && match(&b->text, words)) {
            n++;
        }
    }

    return n;
}


/* word counts of a vocabulary in a text */

static unsigned
review_vocab(const review_str_t *s, unsigned lang, uint64_t bit)
{
    size_t                n;
    unsigned              count;
    const unsigned char  *p, *end, *w;

    count = 0;

    if (s->len == 0) {
        return 0;
    }

    p = s->data;
    end = s->data + s->len;

    while (p < end) {
        /* letters, and the bytes of accented ones: "série" */
        while (p < end && !review_isalpha(*p) && *p < 0x80) {
            p++;
        }

        w = p;
        while (p < end && (review_isalpha(*p) || *p >= 0x80 || *p == '\'')) {
            p++;
        }

        n = p - w;

        if (n && (review_lex_lang(lang, w, n) & bit)) {
            count++;
        }
    }

    return count;
}


/* an interview asks: a quarter of its blocks, three at least, are questions */

static int
review_questions(const review_page_t *page)
{
    unsigned               i, q;
    const review_block_t  *b;

    q = 0;

    for (i = 0; i < page->text.nblocks; i++) {
        b = &page->text.blocks[i];

        if (b->text.len && b->text.len < 400
            && b->text.data[b->text.len - 1] == '?')
        {
            q++;
        }
    }

    return q >= 3 && q * 4 >= page->text.nblocks;
}


/* a segment of a path, or a section, that opens with one of the words */

static int
review_place_is(const review_str_t *s, const char *const *words)
{
    size_t               i, n;
    const char *const   *w;

    for (i = 0; i < s->len; i++) {
        if (i && s->data[i - 1] != '/') {
            continue;
        }

        for (w = words; *w; w++) {
            n = strlen(*w);

            if (s->len - i >= n
                && review_strncasecmp(s->data + i, *w, n) == 0
                && (s->len - i == n || !review_isalpha(s->data[i + n])))
            {
                return 1;
            }
        }
    }

    return 0;
}


/* the path of a URL: what follows its host */

static review_str_t
review_url_path(const review_str_t *url)
{
    review_str_t          s;
    const unsigned char  *p;

    s = *url;
    p = review_memmem(s.data, s.len, "://", 3);

    if (p) {
        p += 3;
        s.len -= p - s.data;
        s.data = p;
        p = memchr(s.data, '/', s.len);
        s.len = p ? (size_t) (s.data + s.len - p) : 0;
        s.data = p ? p : s.data;
    }

    return s;
}


/* the kind of work: the clear winner of the vocabularies, or none */

static review_item_type_e
review_item_kind(const review_facts_t *f, const review_str_t *h,
    unsigned credits, const review_page_signals_t *s,
    const review_str_t *path)
{
    unsigned                  v, best, second, own, text, head;
    unsigned                  score[REVIEW_VOCAB_N];
    const char *const        *places;
    static const review_item_type_e  types[REVIEW_VOCAB_N] = {
        REVIEW_ITEM_MOVIE, REVIEW_ITEM_TV, REVIEW_ITEM_BOOK,
        REVIEW_ITEM_GAME, REVIEW_ITEM_OTHER, REVIEW_ITEM_OTHER
    };

    /*
     * a section or path of books ("/libros/"), shows, games or music:
     * the site's own filing, over a film's credits the text of a
     * novel's page may name (its adaptation's director); not tags (the
     * cards of other posts beside it carry theirs)
     */
    static const char *const *const  kind_places[REVIEW_VOCAB_N] = {
        NULL, review_tv_places, review_book_places, review_game_places,
        review_music_places, NULL
    };

    best = 0;

    for (v = 0; v < REVIEW_VOCAB_N; v++) {

        /*
         * the work's name says nothing of its kind: "The Grand Budapest
         * Hotel" is no hotel, "Game Night" no game; its words, where
         * the headline and the prose name it, are not counted
         */
        own = review_vocab(&f->item_name, f->language, review_vocab_bits[v])
              * (f->name_mentions + f->name_titled);
        text = f->vocab[v];
        head = review_vocab(h, f->language, review_vocab_bits[v]);

        if (own) {
            text -= text < own ? text : own;

            own = review_vocab(&f->item_name, f->language,
                               review_vocab_bits[v]);

            if (review_contains_ci(h->data, h->len, f->item_name.data,
                                   f->item_name.len))
            {
                head -= head < own ? head : own;
            }
        }

        score[v] = text + head * REVIEW_ITEM_HEADLINE;

        if (v == REVIEW_VOCAB_FILM) {
            score[v] += credits;
        }

        places = kind_places[v];

        if (places
            && (review_place_is(path, places)
                || review_place_is(&s->section, places)))
        {
            score[v] += REVIEW_ITEM_PLACE;
        }

        if (score[v] > score[best]) {
            best = v;
        }
    }

    second = 0;

    for (v = 0; v < REVIEW_VOCAB_N; v++) {
        if (v != best && score[v] > second) {
            second = score[v];
        }
    }

    if (score[best] < REVIEW_ITEM_MIN
        || score[best] < second + REVIEW_ITEM_LEAD)
    {
        return REVIEW_ITEM_UNKNOWN;
    }

    return types[best];
}


int
review_classify(review_arena_t *a, const review_doc_t *doc,
    const review_page_t *page, const review_conf_t *conf,
    review_facts_t *f)
{
    int                           voice, essay, one;
    unsigned                      words, credits, film_place;
    review_str_t                  h, name, publisher, path;
    const review_page_signals_t  *s;

    s = &page->signals;
    f->parts = 0;
    f->score = 0;
    voice = 0;
    h = f->headline.len ? f->headline : f->title;
    path = review_url_path(&f->url);

    if (s->structured_review) {
        review_part(f, REVIEW_PART_STRUCTURED);
        voice = 1;
    }

    if (s->title_says_review || review_has_any(&h, review_review_words)) {
        review_part(f, REVIEW_PART_TITLE_REVIEW);
        voice = 1;
    }

    if (s->url_says_review || review_has_any(&path, review_review_words)) {
        review_part(f, REVIEW_PART_URL_REVIEW);
        voice = 1;
    }

    if ((s->section.len && (review_has_any(&s->section, review_review_words)
                            || review_find_ci(s->section.data,
                                              s->section.len, "critic")))
        || review_has_any(&s->tags, review_review_words)
        || review_has_any(&s->tag_links, review_review_words))
    {
        review_part(f, REVIEW_PART_SECTION_REVIEW);
        voice = 1;
    }

    film_place = review_place_is(&path, review_film_places)
                 || review_place_is(&s->section, review_film_places)
                 || review_place_is(&s->tags, review_film_places);

    if (film_place) {
        review_part(f, REVIEW_PART_FILM_PLACE);
    }

    if (f->rating.stated) {
        review_part(f, REVIEW_PART_RATING);
        voice = 1;
    }

    if (s->rating_box) {
        review_part(f, REVIEW_PART_RATING_BOX);
    }

    if (review_verdict_label(page->text.blocks, page->text.nblocks)
        || review_verdict_label(page->text.meta, page->text.nmeta))
    {
        voice = 1;
    }

    if (f->directors.nelts) {
        review_part(f, REVIEW_PART_DIRECTOR);
    }

    if (f->actors.nelts >= 2) {
        review_part(f, REVIEW_PART_CAST_MANY);

    } else if (f->actors.nelts) {
        review_part(f, REVIEW_PART_CAST_ONE);
    }

    /*
     * a facts box: a runtime or a certificate beside the credits; a
     * duration alone may be the prose's ("after 3 hours' sleep")
     */
    if ((f->runtime.len || f->certificate.len)
        && (f->directors.nelts || f->actors.nelts))
    {
        review_part(f, REVIEW_PART_FACTS_BOX);
    }

    if (f->quote.len) {
        review_part(f, REVIEW_PART_QUOTE);
    }

    words = f->word_count;

    if (words >= REVIEW_CLASSIFY_LONG) {
        review_part(f, REVIEW_PART_LONG_PROSE);
    }

    if (f->vocab[REVIEW_VOCAB_FILM] >= REVIEW_CLASSIFY_FILM) {
        review_part(f, REVIEW_PART_FILM_TALK);
    }

    /* a review judges: five words of judgement in every two hundred */
    if (f->judgements >= 6 && f->judgements * 200 >= words * 5) {
        review_part(f, REVIEW_PART_VERDICT);
        voice = 1;
    }

    /* and someone judges: one "I" or "my" in every two hundred words */
    if (f->first_person >= 3 && f->first_person * 200 >= words) {
        review_part(f, REVIEW_PART_FIRST_PERSON);
        voice = 1;
    }

    /* a verdict in the headline; "The best film ever?" asks, says none */
    if (!review_headline_asks(&h)
        && review_vocab(&h, f->language,
                        REVIEW_LEX_STRONG | REVIEW_LEX_PRAISE))
    {
        review_part(f, REVIEW_PART_HEADLINE_VERDICT);
        voice = 1;
    }

    if (review_vocab(&h, f->language, REVIEW_LEX_VOCAB_FILM)) {
        review_part(f, REVIEW_PART_HEADLINE_FILM);
    }

    /* one work: the prose keeps naming it; the one the headline names */
    if (f->name_mentions >= REVIEW_CLASSIFY_MENTIONS) {
        review_part(f, REVIEW_PART_ONE_WORK);
    }

    /*
     * ... or a capsule's: a few lines under the work's name and the
     * rating it gives that work ("Cloverfield", "bfp: 4/5, liked it")
     */
    if ((f->name_mentions && f->name_titled)
        || (f->rating.stated && f->name_source == REVIEW_SOURCE_META
            && f->name_mentions == 0 && words < REVIEW_CLASSIFY_LONG))
    {
        review_part(f, REVIEW_PART_TITLED_WORK);
    }

    /*
     * long prose whose headline names no work it keeps naming; where
     * the prose sets titles apart (italics) and names one work twice
     * as often as it sets titles, it is that work's review, whatever
     * its headline ("Waiting for Light")
     */
    essay = words >= REVIEW_CLASSIFY_ESSAY && !f->name_titled
            && (f->works_named == 0
                || f->name_mentions
                   < REVIEW_CLASSIFY_ESSAY_ONE * f->works_named);

    if (essay) {
        review_part(f, REVIEW_PART_ESSAY);
    }

    /*
     * someone saw one work and judges it: the headline names the work
     * the prose names, or the prose keeps naming it (not an essay's
     * many)
     */
    if ((f->name_titled && f->name_mentions)
        || (f->name_mentions >= REVIEW_CLASSIFY_MENTIONS && !essay))
    {
        if (f->viewings) {
            review_part(f, REVIEW_PART_VIEWING);
            voice = 1;
        }

        if (f->own_verdicts >= REVIEW_CLASSIFY_VERDICTS) {
            review_part(f, REVIEW_PART_OWN_VERDICT);
            voice = 1;
        }

        if (f->work_verdicts >= REVIEW_CLASSIFY_VERDICTS) {
            review_part(f, REVIEW_PART_WORK_VERDICT);
            voice = 1;
        }
    }

    /* other people's words reported: a news story, a premiere report */
    if (f->reported >= REVIEW_CLASSIFY_REPORTED
        && f->reported * REVIEW_CLASSIFY_SAID_RATE >= words)
    {
        review_part(f, REVIEW_PART_REPORTED);
    }

    /*
     * one work: the headline names it, the prose keeps naming it and no
     * other work as often; its review may rate its parts ("Story: 7",
     * "Acting: 8", "Overall: 7.5") and is still one review, unless the
     * page heads reviews one by one ("Review: X", "Review: Y")
     */
    one = f->name_titled && f->name_mentions >= REVIEW_CLASSIFY_MENTIONS
          && f->other_mentions < f->name_mentions;

    /* what else it may be; a work's name apart from "review" is not */
    f->kind = REVIEW_KIND_REVIEW;
    name = f->item_name;

    if (!s->title_says_review) {
        name.len = 0;
    }

    if (review_headline_list(&h)) {
        f->kind = REVIEW_KIND_LIST;
        f->reason = REVIEW_STATUS_LIST;
        review_part(f, REVIEW_PART_OTHER_KIND);

    } else if ((review_find_ci(h.data, h.len, "critic")
                || review_find_ci(h.data, h.len, "reviews")
                || review_find_ci(h.data, h.len, "round")
                || review_find_ci(h.data, h.len, "reaction"))
               && review_headline_has(&h, &name, review_roundup_words, 0))
    {
        f->kind = REVIEW_KIND_NEWS;
        f->reason = REVIEW_STATUS_NEWS;
        review_part(f, REVIEW_PART_OTHER_KIND);

    } else if (!s->title_says_review && !s->structured_review
               && review_headline_has(&h, &name, review_explainer_words, 0))
    {
        f->kind = REVIEW_KIND_OTHER;
        f->reason = REVIEW_STATUS_NOT_REVIEW;
        review_part(f, REVIEW_PART_OTHER_KIND);

    } else if (review_has_any(&h, review_not_review_words)
               || review_headings_matching(page, review_starts_any,
                                           review_guide_heads)
                  >= REVIEW_CLASSIFY_GUIDE
               || (!s->title_says_review && !s->structured_review
                   && (review_headline_essay(&h)
                       || review_headline_has(&h, &name,
                                              review_festival_words, 1))))
    {
        f->kind = REVIEW_KIND_OTHER;
        f->reason = REVIEW_STATUS_NOT_REVIEW;
        review_part(f, REVIEW_PART_OTHER_KIND);

    } else if (review_headline_has(&h, &name, review_interview_words, 0)
               || (review_questions(page) && !s->title_says_review))
    {
        f->kind = REVIEW_KIND_INTERVIEW;
        f->reason = REVIEW_STATUS_INTERVIEW;
        review_part(f, REVIEW_PART_OTHER_KIND);

    } else if (!s->structured_review && !s->title_says_review
               && review_str_in_ci(&s->og_type, review_work_og_types))
    {
        f->kind = REVIEW_KIND_OTHER;
        f->reason = REVIEW_STATUS_NOT_REVIEW;
        review_part(f, REVIEW_PART_OTHER_KIND);

    /*
     * a short post among many links (a blog's archive beside it) is a
     * post when its address is the work's, or its headline names the
     * work the prose names and no teaser heads a link
     */
    } else if (review_headline_index(&h) || s->teasers >= 4
               || review_body_index(doc)
               || (s->link_density >= 40 && s->prose_words < 400
                   && !review_post_address(&path, &f->item_name)
                   && !(f->name_titled && f->name_mentions
                        && s->teasers == 0)))
    {
        f->kind = REVIEW_KIND_INDEX;
        f->reason = REVIEW_STATUS_INDEX;
        review_part(f, REVIEW_PART_OTHER_KIND);

    /*
     * several reviews: two rated items at least, or a headline that
     * speaks of films in the plural ("A bunch of films I've seen") or
     * of a period ("Media Log (July 2023)")
     */
    /*
     * ... or two works named as often, the headline naming neither
     * ("Barbenheimer": "Barbie" and "Oppenheimer")
     */
    } else if (((s->ratings >= 2 || s->star_lines >= 2)
                && (!one || review_headings_matching(page, review_has_any,
                                               review_review_words) >= 2))
               || (!s->title_says_review && !s->structured_review
                   && (review_headline_has(&h, &name, review_works_words, 1)
                       || review_headline_period(&h, &f->item_name)
                       || (!f->name_titled
                           && f->other_mentions >= REVIEW_CLASSIFY_RIVAL
                           && f->other_mentions * REVIEW_CLASSIFY_RIVAL
                              >= f->name_mentions))))
    {
        f->kind = REVIEW_KIND_MULTI;
        f->reason = REVIEW_STATUS_MULTI;
        review_part(f, REVIEW_PART_MULTI);

    } else if (!s->title_says_review && !s->structured_review
               && (review_headline_has(&h, &name, review_news_words, 0)
                   || review_starts_any(&h, review_obituary_heads)
                   || review_find_ci(s->section.data, s->section.len,
                                     "news")
                   || review_place_is(&path, review_news_places)))
    {
        f->kind = REVIEW_KIND_NEWS;
        f->reason = REVIEW_STATUS_NEWS;
        review_part(f, REVIEW_PART_NEWS);
    }

    f->voice = voice;
    f->confidence = f->score < 0 ? 0
                    : f->score > 100 ? 100 : (unsigned) f->score;

    /* credits and film talk without anyone judging: a database page */
    if (f->kind == REVIEW_KIND_REVIEW
        && (f->confidence < REVIEW_CLASSIFY_MIN || !voice))
    {
        f->kind = REVIEW_KIND_OTHER;
        f->reason = REVIEW_STATUS_NOT_REVIEW;
    }

    /* film, TV, book, game, or something no Movie may be claimed for */
    /*
     * a link to a tag's page ("/tags/film/") hints the post's kind of
     * work, not that it is a review: it counts for the kind alone
     */
    film_place |= review_place_is(&s->tag_links, review_film_places);

    credits = (f->directors.nelts ? REVIEW_ITEM_CREDITS : 0)
              + (f->actors.nelts ? REVIEW_ITEM_CREDITS : 0)
              + (film_place ? REVIEW_ITEM_CREDITS : 0)
              + ((f->parts & (1u << REVIEW_PART_VIEWING))
                 ? REVIEW_ITEM_VIEWING : 0);

    f->item_type = review_item_kind(f, &h, credits, s, &path);

    if (f->kind == REVIEW_KIND_REVIEW && f->item_type == REVIEW_ITEM_UNKNOWN)
    {
        f->kind = REVIEW_KIND_OTHER;
        f->reason = REVIEW_STATUS_UNSURE_WORK;

    } else if (f->kind == REVIEW_KIND_REVIEW
               && f->item_type == REVIEW_ITEM_OTHER)
    {
        f->kind = REVIEW_KIND_OTHER;
        f->reason = REVIEW_STATUS_NOT_FILM;
    }

    /* a review of the publisher itself is not one Google accepts */
    publisher = conf->publisher_name.len ? conf->publisher_name
                                         : f->site_name;

    if (f->kind == REVIEW_KIND_REVIEW && publisher.len
        && f->item_name.len == publisher.len
        && review_strncasecmp(f->item_name.data,
                              (const char *) publisher.data,
                              publisher.len) == 0)
    {
        f->kind = REVIEW_KIND_OTHER;
        f->reason = REVIEW_STATUS_SELF_REVIEW;
    }

    return REVIEW_OK;
}
