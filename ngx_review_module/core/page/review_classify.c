
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_lexicon.h"
#include "review_page_int.h"
#include "review_str.h"


/*
 * Is this page one review of one work, and of what kind of work?  The
 * page's word about itself (structured data, "review" in its title, URL
 * or section), a stated rating, a director and a cast, verdict language
 * and talk of "the film" count for it; a list's, an interview's, a news
 * story's or an index page's marks count against it and name what it is.
 * The confidence is the sum, from 0 to 100.
 */


static const char *const  review_news_words[] = {
    "announced", "announces", "announce", "to star", "trailer",
    "box office", "box-office", "casting", "cast in", " dies", "dead at",
    " wins ", "nominations", "nominated", "line-up", "lineup", "set to",
    "first look", "release date", "teaser", "confirms", "confirmed",
    "delayed", "renewed", "cancelled", "canceled", "to direct", "joins",
    "in talks", "reveals", "unveils", "unveiled", "shortlist", "festival",
    "lawsuit", "sues", "deal", "acquires", "acquired", "breaking", NULL
};

static const char *const  review_interview_words[] = {
    "interview", "in conversation", "q&a", "q & a", "talks to",
    "speaks to", "sits down with", "on making", "tells us", NULL
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

/* about a film, no judgement of it: "ending explained" */
static const char *const  review_explainer_words[] = {
    "explained", "easter eggs", "theories", NULL
};

static const char *const  review_list_words[] = {
    " ranked", "best films", "best movies", "best tv", "best shows",
    "best books", "best games", "top 10", "top ten", "top 20", "top 25",
    "top 50", "top 100", "films of the year", "movies of the year",
    "must-see", "to watch this", "to stream this", "where to watch", NULL
};






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


/* "10 best films", "The 25 best", "Top 10": a list */

static int
review_headline_list(const review_str_t *h)
{
    review_str_t  s;

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

        if (s.len && s.data[0] == ' ') {
            return 1;
        }
    }

    return review_has_any(h, review_list_words);
}


/* word counts of a vocabulary in a text */

static unsigned
review_vocab(const review_str_t *s, uint64_t bit)
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
        while (p < end && !review_isalpha(*p)) {
            p++;
        }

        w = p;
        while (p < end && (review_isalpha(*p) || *p == '\'')) {
            p++;
        }

        n = p - w;

        if (n && (review_lex(w, n) & bit)) {
            count++;
        }
    }

    return count;
}


static unsigned
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

    return q;
}


int
review_classify(review_arena_t *a, const review_doc_t *doc,
    const review_page_t *page, const review_conf_t *conf,
    review_facts_t *f)
{
    int                           score;
    unsigned                      film, tv, book, game, words;
    review_str_t                  h, publisher;
    const review_page_signals_t  *s;

    s = &page->signals;
    score = 0;

    if (s->structured_review) {
        score += 50;
    }

    if (s->title_says_review) {
        score += 35;
    }

    if (s->url_says_review) {
        score += 20;
    }

    if (s->section.len && (review_find_ci(s->section.data, s->section.len,
                                          "review")
                           || review_find_ci(s->section.data, s->section.len,
                                             "critic")))
    {
        score += 20;
    }

    if (f->rating.stated) {
        score += 15;
    }

    if (s->rating_box) {
        score += 5;
    }

    if (f->directors.nelts) {
        score += 10;
    }

    score += f->actors.nelts >= 2 ? 10 : f->actors.nelts ? 5 : 0;

    if (f->quote.len) {
        score += 10;
    }

    words = f->word_count;

    if (words >= 300) {
        score += 5;
    }

    film = f->vocab[0];

    if (film >= 3) {
        score += 10;
    }

    /* a review judges: three words of judgement in every hundred */
    if (f->judgements >= 6 && f->judgements * 100 >= words * 3) {
        score += 10;
    }

    /* what else it may be */
    h = f->headline.len ? f->headline : f->title;
    f->kind = REVIEW_KIND_REVIEW;

    if (review_headline_list(&h)) {
        f->kind = REVIEW_KIND_LIST;
        f->reason = "list";
        score -= 60;

    } else if ((review_find_ci(h.data, h.len, "critic")
                || review_find_ci(h.data, h.len, "reviews")
                || review_find_ci(h.data, h.len, "round")
                || review_find_ci(h.data, h.len, "reaction"))
               && review_has_any(&h, review_roundup_words))
    {
        f->kind = REVIEW_KIND_NEWS;
        f->reason = "news";
        score -= 60;

    } else if (!s->title_says_review && !s->structured_review
               && review_has_any(&h, review_explainer_words))
    {
        f->kind = REVIEW_KIND_OTHER;
        f->reason = "not-review";
        score -= 60;

    } else if (review_has_any(&h, review_interview_words)
               || (review_questions(page) >= 3 && !s->title_says_review))
    {
        f->kind = REVIEW_KIND_INTERVIEW;
        f->reason = "interview";
        score -= 60;

    } else if (s->teasers >= 4
               || (s->link_density >= 40 && s->prose_words < 400))
    {
        f->kind = REVIEW_KIND_INDEX;
        f->reason = "index";
        score -= 60;

    } else if (s->ratings >= 2 || s->star_lines >= 2
               || (s->headings >= 3 && s->ratings + s->star_lines >= 1
                   && !s->structured_review))
    {
        f->kind = REVIEW_KIND_MULTI;
        f->reason = "multi";
        score -= 40;

    } else if (!s->title_says_review && !s->structured_review
               && (review_has_any(&h, review_news_words)
                   || review_str_eq_ci(&s->section, "news")
                   || review_find_ci(s->section.data, s->section.len,
                                     "news")))
    {
        f->kind = REVIEW_KIND_NEWS;
        f->reason = "news";
        score -= 40;
    }

    f->confidence = score < 0 ? 0 : score > 100 ? 100 : (unsigned) score;

    if (f->kind == REVIEW_KIND_REVIEW && f->confidence < 50) {
        f->kind = REVIEW_KIND_OTHER;
        f->reason = "not-review";
    }

    /* film, TV, book or game */
    tv = f->vocab[1] + review_vocab(&h, REVIEW_LEX_VOCAB_TV) * 3;
    book = f->vocab[2] + review_vocab(&h, REVIEW_LEX_VOCAB_BOOK) * 3;
    game = f->vocab[3] + review_vocab(&h, REVIEW_LEX_VOCAB_GAME) * 3;
    film += review_vocab(&h, REVIEW_LEX_VOCAB_FILM) * 3
            + (f->directors.nelts ? 3 : 0) + (f->actors.nelts ? 3 : 0);

    if (film >= tv && film >= book && film >= game) {
        f->item_type = REVIEW_ITEM_MOVIE;

    } else if (tv >= book && tv >= game) {
        f->item_type = REVIEW_ITEM_TV;

    } else if (book >= game) {
        f->item_type = REVIEW_ITEM_BOOK;

    } else {
        f->item_type = REVIEW_ITEM_GAME;
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
        f->reason = "self-review";
    }

    return REVIEW_OK;
}
