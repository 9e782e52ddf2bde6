
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_facts.h"
#include "review_lexicon.h"
#include "review_str.h"


/*
 * The project's own word lists for English reviews, lower case, matched
 * without regard to case.  Each list is a bit; a word may be in several.
 */


/* a period after these does not end a sentence */
static const char *const  review_abbreviations[] = {
    "mr", "mrs", "ms", "dr", "st", "vs", "jr", "sr", "mt", "prof", "gen",
    "sen", "rep", "col", "lt", "sgt", "capt", "fr", "rev", "vol", "no",
    "nos", "inc", "ltd", "co", "corp", "approx", "dept", "est", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ft",
    "min", "mins", "hr", "hrs", "ed", "eds", "cf", "al", "pt", "op", "dir",
    NULL
};


/* capitalised words that are not names (sentence starts, titles) */
static const char *const  review_function_words[] = {
    "the", "a", "an", "it", "it's", "its", "this", "that", "these",
    "those", "but", "and", "or", "nor", "so", "yet", "if", "when", "while",
    "as", "in", "on", "at", "by", "for", "from", "with", "without", "of",
    "to", "into", "onto", "over", "under", "after", "before", "during",
    "through", "although", "though", "because", "since", "until",
    "unless", "whatever", "whoever", "what", "which", "who", "whom",
    "whose", "where", "why", "how", "there", "here", "then", "now",
    "still", "even", "also", "just", "only", "not", "no", "yes", "his",
    "her", "their", "our", "my", "your", "he", "she", "they", "we", "i",
    "you", "me", "him", "them", "us", "one", "two", "three", "four",
    "five", "first", "second", "third", "last", "every", "each", "all",
    "both", "either", "neither", "some", "any", "many", "much", "more",
    "most", "few", "less", "least", "such", "other", "another", "same",
    "instead", "thankfully", "sadly", "unfortunately", "fortunately",
    "ultimately", "meanwhile", "however", "overall", "finally", "despite",
    "together", "perhaps", "maybe", "indeed", "certainly", "clearly",
    "yes", "well", "oh", "mr", "mrs", "ms", "dr", "sir", "lady", "lord",
    "like", "unlike", "about", "above", "across", "against", "along",
    "among", "around", "behind", "below", "beneath", "beside", "between",
    "beyond", "inside", "outside", "toward", "towards", "upon", "within",
    "again", "already", "always", "never", "often", "sometimes", "soon",
    "yet", "once", "twice", "rather", "quite", "very", "too", "enough",
    "review", "reviews", "verdict", "rating", "film", "movie", "director",
    "cast", "starring", "runtime", "certificate", "release", "watch",
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "oscar", "oscars", "academy", "award", "awards", "festival", "netflix",
    "amazon", "prime", "video", "hbo", "disney", "apple", "hulu", "max",
    "hollywood", "cannes", "sundance", "venice", "berlin", "toronto",
    "bafta", "golden", "globe", "globes", "imax", "youtube", "mubi",
    "part", "chapter", "episode", "season", "volume", "book", "act",
    NULL
};


/* words of judgement: a pull-quote is a verdict */
static const char *const  review_eval_words[] = {
    "masterpiece", "masterful", "masterly", "triumph", "triumphant",
    "stunning", "gorgeous", "humane", "astonishing", "astounding",
    "brilliant", "superb", "wonderful", "perfect", "perfectly", "moving",
    "beautiful", "beautifully", "powerful", "compelling", "gripping",
    "remarkable", "extraordinary", "essential", "rewarding", "immaculate",
    "impeccable", "stellar", "exquisite", "tender", "towering",
    "achievement", "magnificent", "marvellous", "marvelous", "dazzling",
    "breathtaking", "riveting", "thrilling", "haunting", "devastating",
    "heartbreaking", "heartfelt", "luminous", "sublime", "terrific",
    "excellent", "outstanding", "exceptional", "unforgettable", "vital",
    "bold", "daring", "ambitious", "assured", "confident", "elegant",
    "graceful", "poignant", "profound", "tense", "taut", "absorbing",
    "engrossing", "delightful", "charming", "funny", "hilarious", "witty",
    "smart", "clever", "inventive", "original", "fresh", "striking",
    "thunderous", "colossal", "spectacular", "intimate", "patient",
    "observed", "accomplished", "finest", "best", "greatest", "great",
    "fine", "good", "strong", "rare", "special", "landmark", "classic",
    "must-see", "unmissable", "flawed", "uneven", "messy", "mess",
    "disappointing", "disappointment", "tedious", "dull", "boring",
    "bland", "forgettable", "clumsy", "overlong", "bloated", "hollow",
    "shallow", "lifeless", "misfire", "failure", "fails", "worst", "weak",
    "lazy", "predictable", "plodding", "slow", "sluggish", "muddled",
    "confusing", "incoherent", "laughable", "awful", "terrible", "dire",
    "lacklustre", "lackluster", "underwhelming", "overwrought", "cheap",
    "gaudy", "hyperbolic", "stilted", "wooden", "derivative", "empty",
    "soulless", "joyless", "grating", "insufferable", "exhausting",
    "satisfying", "entertaining", "enjoyable", "watchable", "solid",
    "affecting", "captivating", "mesmerising", "mesmerizing", "electric",
    "ferocious", "fearless", "nuanced", "resonant", "lyrical", "poetic",
    "achingly", "beguiling", "bravura", "dynamite", "electrifying",
    "exhilarating", "harrowing", "hypnotic", "invigorating", "piercing",
    "ravishing", "searing", "shattering", "sumptuous", "transcendent",
    "virtuoso", "wrenching", "impressive", "admirable", "accomplished",
    "recommend", "recommended", "worth", "deserves", "deserving",
    "performance", "performances", "filmmaking", "cinema", "film",
    "portrait", "debut", "reminder", "achievement", "accolades",
    NULL
};


/* a pull-quote should not lean on what came before it */
static const char *const  review_weak_openers[] = {
    "but", "and", "or", "nor", "so", "yet", "also", "however", "instead",
    "still", "then", "though", "although", "meanwhile", "besides",
    "moreover", "furthermore", "thus", "hence", "which", "they", "he",
    "she", "his", "her", "their", "them", "him", "that", "these", "those",
    "both", "neither", "plus", "anyway", "otherwise", "again", "here",
    "there's", "there", "thankfully", "sadly", "ultimately", "through",
    "from", "as", "when", "while", "if", "because", "since", "whatever",
    NULL
};


/* the reviewer talking about themself */
static const char *const  review_hedges[] = {
    "i", "i'm", "i\xe2\x80\x99m", "i've", "i\xe2\x80\x99ve", "i'd",
    "i\xe2\x80\x99" "d", "me", "my", "we", "our", "us", NULL
};


/* months */
static const char *const  review_months[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", NULL
};


/* words that speak of a rating */
static const char *const  review_rating_cues[] = {
    "rating", "rated", "rate", "score", "scored", "grade", "verdict",
    "stars", "star", "give", "giving", "mark", "marks", NULL
};


/* numbers in words, in order */
static const char *const  review_number_words[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", NULL
};


/* the strongest verdicts */
static const char *const  review_strong_verdicts[] = {
    "masterpiece", "masterful", "triumph", "essential", "unmissable",
    "must-see", "landmark", "classic", "achievement", "disappointment",
    "misfire", "failure", "mess", "finest", "greatest", "best", "worst",
    "towering", "extraordinary", "astonishing", "superb", "brilliant",
    NULL
};


/* words about a film, for a quote about it */
static const char *const  review_film_words[] = {
    "film", "movie", "picture", "drama", "thriller", "comedy",
    "documentary", "sequel", "feature", "debut", "filmmaking", "cinema",
    "performance", "performances", "portrait", "story", "director",
    NULL
};


/* words of where and when to watch */
static const char *const  review_release_words[] = {
    "cinemas", "theaters", "theatres", "streaming", "netflix", "prime",
    "release", "released", "premieres", "available", "rent", "digital",
    "blu-ray", "dvd", NULL
};


/* particles inside names */
/* a rating someone gave: "Carver gave it three stars" */
static const char *const  review_gave_words[] = {
    "gave", "gives", "giving", "awarded", "awarding", "awards", NULL
};


/* before a name they belong to it: the part may be "Dr. Fenwick" */
static const char *const  review_honorifics[] = {
    "mr", "mrs", "ms", "mx", "dr", "prof", NULL
};


/* who a character is: "her father (Paul Durant)" names the actor */
static const char *const  review_person_nouns[] = {
    "father", "mother", "sister", "brother", "son", "daughter", "husband",
    "wife", "uncle", "aunt", "cousin", "niece", "nephew", "grandmother",
    "grandfather", "grandson", "granddaughter", "stepfather",
    "stepmother", "boyfriend", "girlfriend", "fiance", "fiancee", "lover",
    "partner", "friend", "neighbour", "neighbor", "boss", "mentor",
    "colleague", "teacher", "student", "doctor", "nurse", "cop",
    "detective", "officer", "priest", "lawyer", "mayor", "engineer",
    "landlord", "landlady", "stranger", "widow", "widower", "captain",
    "soldier", "sheriff", "agent", "assistant", "rival", "ex-husband",
    "ex-wife", "ex", "child", "kid", "teenager", "woman", "man", "girl",
    "boy", "killer", "villain", "hero", "heroine", "protagonist",
    "sidekick", "roommate", "flatmate", "housekeeper", "maid", "butler",
    "driver", "servant", "king", "queen", "prince", "princess", NULL
};


static const char *const  review_particles[] = {
    "de", "da", "del", "della", "der", "den", "di", "du", "van", "von",
    "le", "la", "bin", "ibn", "al", "el", "dos", "das", "ter", "ten", NULL
};


/* "director X" */
static const char *const  review_director_nouns[] = {
    "director", "filmmaker", "writer-director", "co-director",
    "documentarian", "auteur", "helmer", "director-writer",
    "writer/director", NULL
};


/* "festival director X" is not the film's */
static const char *const  review_not_film_directors[] = {
    "festival", "artistic", "casting", "music", "creative", "managing",
    "executive", "art", "musical", "programme", "program", "fight",
    "animation", "photography", NULL
};


/* "X's film", "X's latest": X directed it */
static const char *const  review_genre_nouns[] = {
    "film", "films", "movie", "picture", "latest", "debut", "feature",
    "thriller", "drama", "comedy", "documentary", "adaptation", "sequel",
    "follow-up", "epic", "western", "horror", "remake", "direction",
    "oeuvre", "filmography", "camera", NULL
};


/* "X plays Y" */
static const char *const  review_play_verbs[] = {
    "plays", "played", "playing", "portrays", "portrayed", "portraying",
    "embodies", "embodied", "inhabits", "inhabited", "voices", "voiced",
    "stars", "starred", NULL
};


/* a list of the cast follows */
static const char *const  review_list_cues[] = {
    "starring", "co-starring", "featuring", "cast", "supporting",
    "alongside", "co-stars", "costars", "co-star", "ensemble", NULL
};


/* "performance by X", "X's turn" */
static const char *const  review_acting_nouns[] = {
    "performance", "performances", "turn", "turns", "portrayal", "role",
    "acting", "presence", "work", NULL
};


/* "X is superb": said of actors */
static const char *const  review_praise[] = {
    "excellent", "superb", "terrific", "wonderful", "stellar", "luminous",
    "magnetic", "mesmerising", "mesmerizing", "great", "brilliant",
    "extraordinary", "remarkable", "outstanding", "phenomenal",
    "convincing", "heartbreaking", "electric", "ferocious", "fearless",
    "riveting", "compelling", "charming", "funny", "hilarious",
    "note-perfect", "impeccable", "astonishing", "magnificent", "fantastic",
    "marvellous", "marvelous", "strong", "sympathetic", "menacing",
    "chilling", "effective", "believable", "endearing", "captivating",
    "memorable", "miscast", "wasted", "good", "fine", "solid", NULL
};


/* crew schema.org has no property for */
static const char *const  review_crew_nouns[] = {
    "cinematographer", "editor", "artist", "designer", "dp", "photography",
    "cinematography", "supervisor", "choreographer", "stuntman",
    "animator", "colourist", "colorist", "mixer", "engineer", "editing",
    "lensing", "costumes", "camerawork", "effects", NULL
};


/* people who are not in the film */
static const char *const  review_other_nouns[] = {
    "critic", "critics", "jury", "juror", "president", "chair", "host",
    "presenter", "reviewer", "journalist", "writer's", "novelist",
    "author", "ceo", "executive", "chief", "spokesperson", "minister",
    "senator", "judge", "programmer", NULL
};


/* "writer X" */
static const char *const  review_writer_nouns[] = {
    "writer", "screenwriter", "co-writer", "scribe", "writer-director",
    "screenwriters", "writers", "director-writer", "writer/director",
    NULL
};


/* what a film review talks of */
static const char *const  review_film_vocab[] = {
    "film", "films", "movie", "movies", "cinema", "cinemas", "director",
    "directed", "screenplay", "cinematography", "theatrical", "theaters",
    "theatres", "filmmaker", "filmmaking", "starring", "runtime",
    "premiere", "sequel", "documentary", "blockbuster", "box", "animated",
    "animation", "animator", "animators", "pel\xc3\xad" "cula",
    "pel\xc3\xad" "culas", "pelicula", "peliculas", "filme", "filmes", "cine",
    "kino", "r\xc3\xa9\x61lisateur", "r\xc3\xa9\x61lisatrice", "regisseur",
    "regisseurin", "regista", "realizador", "diretor", "cin\xc3\xa9ma",
    "filmen", NULL
};


/* what a TV review talks of */
static const char *const  review_tv_vocab[] = {
    "series", "season", "seasons", "episode", "episodes", "showrunner",
    "network", "finale", "pilot", "miniseries", "sitcom", "tv", "hbo",
    "binge", NULL
};


/* what a book review talks of */
static const char *const  review_book_vocab[] = {
    "novel", "novels", "book", "books", "chapter", "chapters", "pages",
    "prose", "publisher", "memoir", "paperback", "hardback", "hardcover",
    "readers", "fiction", "novelist", "author's", "poems", "poetry", NULL
};


/* what a game review talks of */
static const char *const  review_game_vocab[] = {
    "game", "games", "gameplay", "player", "players", "console",
    "playstation", "xbox", "nintendo", "switch", "multiplayer", "levels",
    "controls", "boss", "quest", "dlc", "steam", NULL
};


/* what a music review talks of: never a film */
static const char *const  review_music_vocab[] = {
    "album", "albums", "tracklist", "songs", "band", "vinyl", "lyrics",
    "vocals", "vocalist", "singer", "guitar", "guitars", "chorus", "ep",
    "lp", "discography", "songwriting", NULL
};


/* what a review of a product or a place talks of: never a film */
static const char *const  review_thing_vocab[] = {
    "restaurant", "dish", "dishes", "chef", "waiter", "dessert", "priced",
    "battery", "device", "laptop", "smartphone", "specs", "hardware",
    "keyboard", "warranty", "hotel", "product", "recipe", "appetizer",
    NULL
};


/* class and id words of what is not the article */
static const char *const  review_hint_negative[] = {
    "comment", "comments", "commentlist", "comments-area", "sidebar",
    "footer", "nav", "navbar", "navigation", "menu", "related", "share",
    "sharing", "sharedaddy", "social", "sponsor", "sponsored", "promo",
    "promoted", "advert", "advertisement", "ad", "ads", "adsense",
    "widget", "widgets", "widget-area", "banner", "breadcrumb",
    "breadcrumbs", "subscribe", "subscription", "newsletter", "popup",
    "modal", "cookie", "cookies", "gdpr", "disqus", "replies", "reply",
    "respond", "pagination", "pager", "masthead", "outbrain", "taboola",
    "recirc", "trending", "popular", "signup", "login", "toolbar", "print",
    "skip", "jump", "recommended", "more", "next", "prev", "previous",
    "author-bio", "bio", "about-author", "hidden", "offscreen",
    "screen-reader-text", "sr-only", "visually-hidden", "site-header",
    "site-footer", "site-nav", "site-title", "cta", NULL
};


/*
 * class words that say something only on their own: "hidden" hides, but
 * Drupal's "field--label-hidden" wraps every article body, and its
 * "node-promoted" is any post on the front page
 */
static const char *const  review_hint_whole[] = {
    "hidden", "print", "more", "single", "promoted", NULL
};


/* what an actor is called before the name: "newcomer Kai Jensen" */
static const char *const  review_role_nouns[] = {
    "newcomer", "veteran", "actor", "actress", "co-star", "costar",
    "star", "comedian", NULL
};


/* class and id words of what is around the prose */
static const char *const  review_hint_meta[] = {
    "header", "byline", "meta", "entry-meta", "post-meta", "article-meta",
    "author", "dateline", "date", "timestamp", "published", "posted-on",
    "rating", "ratings", "stars", "star-rating", "score", "grade",
    "info", "infobox", "fact", "facts", "factbox", "fact-box", "credits",
    "details", "caption", "wp-caption", "wp-caption-text", "tags",
    "categories", "cat-links", "tags-links", "entry-footer", "post-footer",
    "kicker",
    "standfirst", "dek", "subtitle", "sub-title", "subhead", NULL
};


/* class and id words of the article */
static const char *const  review_hint_positive[] = {
    "article", "body", "content", "entry", "entry-content", "post",
    "post-content", "post-body", "review", "review-body", "story", "text",
    "main", "blog", "hentry", "prose", "article-body", "gh-content",
    "field-body", "page-content", "single", NULL
};


/* class and id words of a byline */
static const char *const  review_hint_byline[] = {
    "byline", "author", "author-name", "by-line", "byline-name", "fn",
    "vcard", "writer", "contributor", "article-author", "post-author",
    "submitted", "createdby", "blog-author-name", NULL
};


/* class and id words of a date */
static const char *const  review_hint_date[] = {
    "date", "published", "entry-date", "post-date", "dateline",
    "timestamp", "posted-on", "pubdate", "byline-date", "created",
    "submitted", NULL
};


static const struct {
    const char *const       *words;
    uint64_t                 bit;
} review_lex_lists[] = {
    { review_abbreviations, REVIEW_LEX_ABBREV },
    { review_function_words, REVIEW_LEX_FUNCTION },
    { review_eval_words, REVIEW_LEX_EVAL },
    { review_weak_openers, REVIEW_LEX_WEAK_OPENER },
    { review_hedges, REVIEW_LEX_HEDGE },
    { review_months, REVIEW_LEX_MONTH },
    { review_rating_cues, REVIEW_LEX_RATING_CUE },
    { review_number_words, REVIEW_LEX_NUMBER },
    { review_strong_verdicts, REVIEW_LEX_STRONG },
    { review_film_words, REVIEW_LEX_FILM_WORD },
    { review_release_words, REVIEW_LEX_RELEASE },
    { review_particles, REVIEW_LEX_PARTICLE },
    { review_director_nouns, REVIEW_LEX_DIRECTOR },
    { review_not_film_directors, REVIEW_LEX_NOT_FILM_DIR },
    { review_genre_nouns, REVIEW_LEX_GENRE },
    { review_play_verbs, REVIEW_LEX_PLAY },
    { review_list_cues, REVIEW_LEX_LIST_CUE },
    { review_acting_nouns, REVIEW_LEX_ACTING },
    { review_praise, REVIEW_LEX_PRAISE },
    { review_crew_nouns, REVIEW_LEX_CREW },
    { review_other_nouns, REVIEW_LEX_OTHER },
    { review_writer_nouns, REVIEW_LEX_WRITER },
    { review_film_vocab, REVIEW_LEX_VOCAB_FILM },
    { review_tv_vocab, REVIEW_LEX_VOCAB_TV },
    { review_book_vocab, REVIEW_LEX_VOCAB_BOOK },
    { review_game_vocab, REVIEW_LEX_VOCAB_GAME },
    { review_music_vocab, REVIEW_LEX_VOCAB_MUSIC },
    { review_thing_vocab, REVIEW_LEX_VOCAB_THING },
    { review_hint_negative, REVIEW_LEX_HINT_NEG },
    { review_hint_meta, REVIEW_LEX_HINT_META },
    { review_hint_positive, REVIEW_LEX_HINT_POS },
    { review_hint_byline, REVIEW_LEX_HINT_BYLINE },
    { review_hint_date, REVIEW_LEX_HINT_DATE },
    { review_hint_whole, REVIEW_LEX_HINT_WHOLE },
    { review_role_nouns, REVIEW_LEX_ROLE },
    { review_honorifics, REVIEW_LEX_HONORIFIC },
    { review_person_nouns, REVIEW_LEX_PERSON },
    { review_gave_words, REVIEW_LEX_GAVE },
    { NULL, 0 }
};


#define REVIEW_LEX_SIZE  4096             /* a power of two, > 2 x words */


typedef struct {
    const char              *word;
    uint32_t                 len;
    uint32_t                 hash;
    uint64_t                 mask;
} review_lex_entry_t;


static review_lex_entry_t  review_lex_table[REVIEW_LEX_SIZE];
static int                 review_lex_ready;


static uint32_t
review_lex_hash(const unsigned char *p, size_t len)
{
    size_t    i;
    uint32_t  h;

    h = 2166136261u;

    for (i = 0; i < len; i++) {
        h ^= review_lower_map[p[i]];
        h *= 16777619u;
    }

    return h;
}


void
review_lexicon_init(void)
{
    size_t                 len;
    uint32_t               i, h;
    const char *const     *w;
    review_lex_entry_t    *e;
    unsigned               k;

    if (review_lex_ready) {
        return;
    }

    for (k = 0; review_lex_lists[k].words; k++) {
        for (w = review_lex_lists[k].words; *w; w++) {
            len = strlen(*w);
            h = review_lex_hash((const unsigned char *) *w, len);
            i = h & (REVIEW_LEX_SIZE - 1);

            for ( ;; ) {
                e = &review_lex_table[i];

                if (e->word == NULL) {
                    e->word = *w;
                    e->len = (uint32_t) len;
                    e->hash = h;
                    e->mask = review_lex_lists[k].bit;
                    break;
                }

                if (e->len == len && memcmp(e->word, *w, len) == 0) {
                    e->mask |= review_lex_lists[k].bit;
                    break;
                }

                i = (i + 1) & (REVIEW_LEX_SIZE - 1);
            }
        }
    }

    review_lex_ready = 1;
}


const uint64_t  review_vocab_bits[REVIEW_VOCAB_N] = {
    REVIEW_LEX_VOCAB_FILM, REVIEW_LEX_VOCAB_TV, REVIEW_LEX_VOCAB_BOOK,
    REVIEW_LEX_VOCAB_GAME, REVIEW_LEX_VOCAB_MUSIC, REVIEW_LEX_VOCAB_THING
};


uint64_t
review_lex(const unsigned char *p, size_t len)
{
    uint32_t             i, h;
    review_lex_entry_t  *e;

    if (!review_lex_ready) {
        review_lexicon_init();
    }

    if (len == 0 || len > 32) {
        return 0;
    }

    h = review_lex_hash(p, len);
    i = h & (REVIEW_LEX_SIZE - 1);

    for ( ;; ) {
        e = &review_lex_table[i];

        if (e->word == NULL) {
            return 0;
        }

        if (e->hash == h && e->len == len
            && review_strncasecmp(p, e->word, len) == 0)
        {
            return e->mask;
        }

        i = (i + 1) & (REVIEW_LEX_SIZE - 1);
    }
}


int
review_lex_number(const unsigned char *p, size_t len)
{
    int  i;

    if (!(review_lex(p, len) & REVIEW_LEX_NUMBER)) {
        return -1;
    }

    for (i = 0; review_number_words[i]; i++) {
        if (strlen(review_number_words[i]) == len
            && review_strncasecmp(p, review_number_words[i], len) == 0)
        {
            return i;
        }
    }

    return -1;
}
