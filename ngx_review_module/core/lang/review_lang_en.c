
/*
 * Copyright (C) ngx_review_module developers
 */


#include "review_lang.h"
#include "review_lexicon.h"


/*
 * English: the language the project started in, and the fallback every
 * page is also read in.  Lower case, matched without regard to case; each
 * list is a lexicon bit, a word may be in several.
 */



/* a period after these does not end a sentence */
static const char *const  review_en_abbreviations[] = {
    "mr", "mrs", "ms", "dr", "st", "vs", "jr", "sr", "mt", "prof", "gen",
    "sen", "rep", "col", "lt", "sgt", "capt", "fr", "rev", "vol", "no",
    "nos", "inc", "ltd", "co", "corp", "approx", "dept", "est", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ft",
    "min", "mins", "hr", "hrs", "ed", "eds", "cf", "al", "pt", "op", "dir",
    NULL
};


/* capitalised words that are not names (sentence starts, titles) */
static const char *const  review_en_function_words[] = {
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
    "furthermore", "moreover", "nevertheless", "nonetheless", "besides",
    "likewise", "otherwise", "anyway", "wikipedia", "imdb", "letterboxd",
    "metacritic", NULL
};


/* words of judgement: a pull-quote is a verdict */
static const char *const  review_en_eval_words[] = {
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
    "amazing", "awesome", "incredible", "fantastic", "fun", "cool",
    "inept", "frustrating", "frustratingly", "bad", "poor", "cheesy",
    "silly", "pointless", "overrated", "underrated", "decent",
    "mediocre", "fascinating", "pretentious", "formulaic", "generic",
    "unremarkable", "ridiculous", "dreadful", "horrible", "annoying",
    "tiresome", "rubbish", "lovely", "memorable", "gem",
    NULL
};


/* a pull-quote should not lean on what came before it */
static const char *const  review_en_weak_openers[] = {
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
static const char *const  review_en_hedges[] = {
    "i", "i'm", "i\xe2\x80\x99m", "i've", "i\xe2\x80\x99ve", "i'd",
    "i\xe2\x80\x99" "d", "me", "my", "we", "our", "us", NULL
};


/* months */
static const char *const  review_en_months[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", NULL
};


/* words that speak of a rating */
static const char *const  review_en_rating_cues[] = {
    "rating", "rated", "rate", "score", "scored", "grade", "verdict",
    "stars", "star", "give", "giving", "mark", "marks", NULL
};


/* words before a letter grade ("Verdict: B+") or after it ("B+ grade") */
static const char *const  review_en_grade_cues[] = {
    "grade", "graded", "verdict", "rating", "rated", "score", "overall",
    NULL
};


/* who else scores films: "IMDb 7.8/10", "four stars on Rotten Tomatoes" */
static const char *const  review_en_third_party[] = {
    "imdb", "rotten", "tomatoes", "tomatometer", "metacritic", "metascore",
    "letterboxd", "netflix", "audience", "audiences", "aggregate",
    /* readers' votes: a rating widget's "9.0/10 (1 vote cast)" */
    "vote", "votes", "voters", NULL
};


/* a score guessed for the reviewer: "Netflix predicts I'll like it 3/5" */
static const char *const  review_en_predict[] = {
    "predicts", "predicted", "prediction", "predict", "guesses", NULL
};


/* numbers in words, in order */
static const char *const  review_en_number_words[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", NULL
};


/* the strongest verdicts */
static const char *const  review_en_strong_verdicts[] = {
    "masterpiece", "masterful", "triumph", "essential", "unmissable",
    "must-see", "landmark", "classic", "achievement", "disappointment",
    "misfire", "failure", "mess", "finest", "greatest", "best", "worst",
    "towering", "extraordinary", "astonishing", "superb", "brilliant",
    NULL
};


/* words about a film, for a quote about it */
static const char *const  review_en_film_words[] = {
    "film", "movie", "picture", "drama", "thriller", "comedy",
    "documentary", "sequel", "feature", "debut", "filmmaking", "cinema",
    "performance", "performances", "portrait", "story", "director",
    NULL
};


/* words of where and when to watch */
static const char *const  review_en_release_words[] = {
    "cinemas", "theaters", "theatres", "streaming", "netflix", "prime",
    "release", "released", "premieres", "available", "rent", "digital",
    "blu-ray", "dvd", NULL
};


/* a rating someone gave: "Carver gave it three stars" */
static const char *const  review_en_gave_words[] = {
    "gave", "gives", "giving", "awarded", "awarding", "awards", NULL
};


/* before a name they belong to it: the part may be "Dr. Fenwick" */
static const char *const  review_en_honorifics[] = {
    "mr", "mrs", "ms", "mx", "dr", "prof", NULL
};


/* who a character is: "her father (Paul Durant)" names the actor */
static const char *const  review_en_person_nouns[] = {
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


/* the verdict form: "It is a ...", "X is one of ...", "This is the" */
static const char *const  review_en_verdict_verbs[] = {
    "is", "it's", "it\xe2\x80\x99s", NULL
};


static const char *const  review_en_verdict_articles[] = {
    "a", "an", "one", "the", NULL
};


/* before "as", no part follows: "such as", "marketed as a satire" */
static const char *const  review_en_as_no_part[] = {
    "such", "well", "much", "known", "same", "so", "marketed", "billed",
    "described", "regarded", "touted", "sold", "labelled", "labeled",
    "branded", "hailed", "advertised", "pitched", "dismissed", "used",
    "views", "viewed", "seen", "treated", "mind", NULL
};


/* particles inside names */
static const char *const  review_en_particles[] = {
    "de", "da", "del", "della", "der", "den", "di", "du", "van", "von",
    "le", "la", "bin", "ibn", "al", "el", "dos", "das", "ter", "ten", NULL
};


/* "director X" */
static const char *const  review_en_director_nouns[] = {
    "director", "filmmaker", "writer-director", "co-director",
    "documentarian", "auteur", "helmer", "director-writer",
    "writer/director", "dir", "auteurs", "filmmakers", NULL
};


/* "festival director X" is not the film's */
static const char *const  review_en_not_film_directors[] = {
    "festival", "artistic", "casting", "music", "creative", "managing",
    "executive", "art", "musical", "programme", "program", "fight",
    "animation", "photography", NULL
};


/* "X's film", "X's latest": X directed it */
static const char *const  review_en_genre_nouns[] = {
    "film", "films", "movie", "picture", "latest", "debut", "feature",
    "thriller", "drama", "comedy", "documentary", "adaptation", "sequel",
    "follow-up", "epic", "western", "horror", "remake", "direction",
    "oeuvre", "filmography", "camera", NULL
};


/* "X plays Y" */
static const char *const  review_en_play_verbs[] = {
    "plays", "played", "playing", "portrays", "portrayed", "portraying",
    "embodies", "embodied", "inhabits", "inhabited", "voices", "voiced",
    "stars", "starred", NULL
};


/* a list of the cast follows */
static const char *const  review_en_list_cues[] = {
    "starring", "co-starring", "featuring", "cast", "supporting",
    "alongside", "co-stars", "costars", "co-star", "ensemble", NULL
};


/* "performance by X", "X's turn" */
static const char *const  review_en_acting_nouns[] = {
    "performance", "performances", "turn", "turns", "portrayal", "role",
    "acting", "presence", "work", "character", NULL
};


/* "X is superb": said of actors */
static const char *const  review_en_praise[] = {
    "excellent", "superb", "terrific", "wonderful", "stellar", "luminous",
    "magnetic", "mesmerising", "mesmerizing", "great", "brilliant",
    "extraordinary", "remarkable", "outstanding", "phenomenal",
    "convincing", "heartbreaking", "electric", "ferocious", "fearless",
    "riveting", "compelling", "charming", "funny", "hilarious",
    "note-perfect", "impeccable", "astonishing", "magnificent", "fantastic",
    "marvellous", "marvelous", "strong", "sympathetic", "menacing",
    "chilling", "effective", "believable", "endearing", "captivating",
    "memorable", "miscast", "wasted", "good", "fine", "solid",
    "disappointing", NULL
};


/* crew schema.org has no property for */
static const char *const  review_en_crew_nouns[] = {
    "cinematographer", "editor", "artist", "designer", "dp", "photography",
    "cinematography", "supervisor", "choreographer", "stuntman",
    "animator", "colourist", "colorist", "mixer", "engineer", "editing",
    "lensing", "costumes", "camerawork", "effects", NULL
};


/* people who are not in the film */
static const char *const  review_en_other_nouns[] = {
    "critic", "critics", "jury", "juror", "president", "chair", "host",
    "presenter", "reviewer", "journalist", "writer's", "novelist",
    "author", "ceo", "executive", "chief", "spokesperson", "minister",
    "senator", "judge", "programmer", NULL
};


/* "writer X" */
static const char *const  review_en_writer_nouns[] = {
    "writer", "screenwriter", "co-writer", "scribe", "writer-director",
    "screenwriters", "writers", "director-writer", "writer/director",
    NULL
};


/* what a film review talks of */
static const char *const  review_en_film_vocab[] = {
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
static const char *const  review_en_tv_vocab[] = {
    "series", "season", "seasons", "episode", "episodes", "showrunner",
    "network", "finale", "pilot", "miniseries", "sitcom", "tv", "hbo",
    "binge", NULL
};


/* what a book review talks of */
static const char *const  review_en_book_vocab[] = {
    "novel", "novels", "book", "books", "chapter", "chapters", "pages",
    "prose", "publisher", "memoir", "paperback", "hardback", "hardcover",
    "readers", "fiction", "novelist", "author's", "poems", "poetry", NULL
};


/* what a game review talks of */
static const char *const  review_en_game_vocab[] = {
    "game", "games", "gameplay", "player", "players", "console",
    "playstation", "xbox", "nintendo", "switch", "multiplayer", "levels",
    "controls", "boss", "quest", "dlc", "steam", NULL
};


/* what a music review talks of: never a film */
static const char *const  review_en_music_vocab[] = {
    "album", "albums", "tracklist", "songs", "band", "vinyl", "lyrics",
    "vocals", "vocalist", "singer", "guitar", "guitars", "chorus", "ep",
    "lp", "discography", "songwriting", NULL
};


/* what a review of a product or a place talks of: never a film */
static const char *const  review_en_thing_vocab[] = {
    "restaurant", "dish", "dishes", "chef", "waiter", "dessert", "priced",
    "battery", "device", "laptop", "smartphone", "specs", "hardware",
    "keyboard", "warranty", "hotel", "product", "recipe", "appetizer",
    "food", "foods", "eat", "eating", "ate", "taste", "tasted", "tasty",
    "delicious", "flavor", "flavour", "flavors", "flavours", "cafe",
    "caf\xc3\xa9", "ramen", "sushi", "noodles", "bakery", "snack",
    "snacks", "fried", "meal", "meals", "shop", "travel", "menu", NULL
};


/* what an actor is called before the name: "newcomer Kai Jensen" */
static const char *const  review_en_role_nouns[] = {
    "newcomer", "actor", "actress", "co-star", "costar", "star",
    "comedian", NULL
};


/* "Posted on May 10 by Ana", "Words by Ana": a byline's first word */
static const char *const  review_en_byline_leads[] = {
    "posted", "submitted", "written", "words", "review", "reviewed",
    "text", "article", "story", "published", "filed", NULL
};


/* the words of a footer's next line, no part of a copyright's name */
static const char *const  review_en_footer_words[] = {
    "all", "social", "links", "follow", "powered", "privacy", "terms",
    "contact", "home", "about", "menu", "subscribe", "theme", "proudly",
    "built", "design", "designed", "some", "rights", NULL
};


/* a copyright's name with one of these is a company's or a site's */
static const char *const  review_en_org_words[] = {
    "inc", "ltd", "llc", "gmbh", "media", "news", "group", "press",
    "magazine", "publishing", "studios", "network", "company", "corp",
    "limited", "blog", "the", "site", "film", "films", NULL
};


/* "X is a filmmaker of extremes", "X has long been an auteur" */
static const char *const  review_en_be[] = {
    "is", "was", "been", "remains", "remained", NULL
};

static const char *const  review_en_be_aux[] = {
    "has", "had", "always", "long", "also", NULL
};


/* a name with one of these is a company: "New Line Cinema", "Columbia" */
static const char *const  review_en_company_words[] = {
    "pictures", "films", "studios", "studio", "entertainment",
    "productions", "releasing", "distribution", "classics", "cinema",
    "paramount", "columbia", "miramax", "lionsgate", "dreamworks", "pixar",
    "a24", "mgm", "searchlight", "warner", "bros", "universal", "sony",
    "lucasfilm", "inc", "ltd", "llc", "corp", NULL
};


/* a new clause: "X tries to ... when it comes to charming the ladies as" */
static const char *const  review_en_clause_words[] = {
    "when", "while", "if", "because", "since", "although", "though",
    "whereas", "until", "unless", "after", "before", "who", "which", NULL
};


/* a noun follows: "the cat, Cabbage", "the Canadian director, X" */
static const char *const  review_en_determiners[] = {
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
    "whose", "this", "that", NULL
};


/* someone's: "his producer (Lisa Houle)" is a part */
static const char *const  review_en_possessives[] = {
    "his", "her", "their", "its", NULL
};


/* small words a title writes with a capital: "Best Use Of Body Paint" */
static const char *const  review_en_title_words[] = {
    "of", "and", "the", "in", "on", "for", "to", "from", "at", "or", "a",
    "an", "into", "upon", NULL
};


/* before "star" they make it a verb: "it'd star Ewan McGregor" */
static const char *const  review_en_modals[] = {
    "would", "could", "should", "will", "might", "may", "must", "to",
    "it'd", "it\xe2\x80\x99" "d", "they'd", "they\xe2\x80\x99" "d",
    "he'd", "he\xe2\x80\x99" "d", "she'd", "she\xe2\x80\x99" "d", "i'd",
    "i\xe2\x80\x99" "d", "we'd", "we\xe2\x80\x99" "d", NULL
};


/* "Forough Farrokhzad made The House Is Black" */
static const char *const  review_en_made_verbs[] = {
    "made", "makes", "shot", "shoots", NULL
};


/* a viewer who saw the work: "I watched", "we saw it twice" */
static const char *const  review_en_view_verbs[] = {
    "watched", "watching", "saw", "seen", "rewatched", "re-watched",
    "rewatch", "viewing", NULL
};


/* a viewer's liking or not: "I loved it", "I'd recommend" */
static const char *const  review_en_like_verbs[] = {
    "enjoyed", "liked", "loved", "hated", "disliked", "adored",
    "recommend", "admired", "enjoy", NULL
};


/* someone else's words reported: news and interviews */
static const char *const  review_en_said_verbs[] = {
    "said", "says", "told", "recalled", "explained", "added", "insisted",
    "admitted", "stated", NULL
};


/* calls to action a link's text ends on: "X - Click for Trailer" */
const char *const  review_en_calls[] = {
    "click for trailer", "click for the trailer", "click here",
    "click to watch", "click to play", "watch the trailer",
    "watch trailer", "see the trailer", "view trailer", "trailer here",
    "read more", "read the full review", "continue reading",
    "full review", "more info", "buy now", "buy tickets",
    "get tickets", "stream now", "watch now", NULL
};


/* peoples: "the Australians Yolanda Ramke and Ben Howling" */
const char *const  review_en_peoples[] = {
    "american", "americans", "british", "brits", "english", "scottish",
    "irish", "welsh", "australian", "australians", "canadian",
    "canadians", "french", "german", "germans", "italian", "italians",
    "spanish", "portuguese", "dutch", "belgian", "swiss", "austrian",
    "swedish", "swede", "swedes", "danish", "dane", "danes", "norwegian",
    "norwegians", "finnish", "icelandic", "polish", "czech", "hungarian",
    "romanian", "russian", "russians", "ukrainian", "greek", "turkish",
    "israeli", "iranian", "iranians", "indian", "indians", "pakistani",
    "chinese", "japanese", "korean", "koreans", "taiwanese", "thai",
    "vietnamese", "filipino", "indonesian", "mexican", "mexicans",
    "brazilian", "brazilians", "argentine", "argentinian", "chilean",
    "colombian", "cuban", "nigerian", "african", "africans", "european",
    "europeans", "asian", "latino", "latina", "kiwi", "kiwis",
    "englishman", "englishwoman", "frenchman", "frenchwoman",
    "irishman", "scotsman", NULL
};


/* "its two leads, A and B", "the film's stars: A and B" */
const char *const  review_en_lead_nouns[] = {
    "leads", "stars", "protagonists", "co-leads", "co-stars", NULL
};


static const review_lang_list_t  review_en_lists[] = {
    { review_en_abbreviations, REVIEW_LEX_ABBREV },
    { review_en_function_words, REVIEW_LEX_FUNCTION },
    { review_en_eval_words, REVIEW_LEX_EVAL },
    { review_en_weak_openers, REVIEW_LEX_WEAK_OPENER },
    { review_en_hedges, REVIEW_LEX_HEDGE },
    { review_en_months, REVIEW_LEX_MONTH },
    { review_en_rating_cues, REVIEW_LEX_RATING_CUE },
    { review_en_grade_cues, REVIEW_LEX_GRADE_CUE },
    { review_en_third_party, REVIEW_LEX_THIRD },
    { review_en_predict, REVIEW_LEX_PREDICT },
    { review_en_company_words, REVIEW_LEX_COMPANY },
    { review_en_byline_leads, REVIEW_LEX_BYLINE_LEAD },
    { review_en_footer_words, REVIEW_LEX_FOOTER },
    { review_en_org_words, REVIEW_LEX_ORG },
    { review_en_be, REVIEW_LEX_BE },
    { review_en_be_aux, REVIEW_LEX_BE_AUX },
    { review_en_clause_words, REVIEW_LEX_CLAUSE },
    { review_en_determiners, REVIEW_LEX_DETERMINER },
    { review_en_possessives, REVIEW_LEX_POSSESSIVE },
    { review_en_made_verbs, REVIEW_LEX_MADE },
    { review_en_title_words, REVIEW_LEX_TITLE_WORD },
    { review_en_modals, REVIEW_LEX_MODAL },
    { review_en_as_no_part, REVIEW_LEX_AS_NO_PART },
    { review_en_number_words, REVIEW_LEX_NUMBER },
    { review_en_strong_verdicts, REVIEW_LEX_STRONG },
    { review_en_film_words, REVIEW_LEX_FILM_WORD },
    { review_en_release_words, REVIEW_LEX_RELEASE },
    { review_en_particles, REVIEW_LEX_PARTICLE },
    { review_en_director_nouns, REVIEW_LEX_DIRECTOR },
    { review_en_not_film_directors, REVIEW_LEX_NOT_FILM_DIR },
    { review_en_genre_nouns, REVIEW_LEX_GENRE },
    { review_en_play_verbs, REVIEW_LEX_PLAY },
    { review_en_list_cues, REVIEW_LEX_LIST_CUE },
    { review_en_acting_nouns, REVIEW_LEX_ACTING },
    { review_en_praise, REVIEW_LEX_PRAISE },
    { review_en_crew_nouns, REVIEW_LEX_CREW },
    { review_en_other_nouns, REVIEW_LEX_OTHER },
    { review_en_writer_nouns, REVIEW_LEX_WRITER },
    { review_en_film_vocab, REVIEW_LEX_VOCAB_FILM },
    { review_en_tv_vocab, REVIEW_LEX_VOCAB_TV },
    { review_en_book_vocab, REVIEW_LEX_VOCAB_BOOK },
    { review_en_game_vocab, REVIEW_LEX_VOCAB_GAME },
    { review_en_music_vocab, REVIEW_LEX_VOCAB_MUSIC },
    { review_en_thing_vocab, REVIEW_LEX_VOCAB_THING },
    { review_en_role_nouns, REVIEW_LEX_ROLE },
    { review_en_honorifics, REVIEW_LEX_HONORIFIC },
    { review_en_person_nouns, REVIEW_LEX_PERSON },
    { review_en_gave_words, REVIEW_LEX_GAVE },
    { review_en_verdict_verbs, REVIEW_LEX_VERDICT_IS },
    { review_en_verdict_articles, REVIEW_LEX_VERDICT_A },
    { review_en_view_verbs, REVIEW_LEX_VIEW },
    { review_en_like_verbs, REVIEW_LEX_LIKE },
    { review_en_said_verbs, REVIEW_LEX_SAID },
    { NULL, 0 }
};


/* "Director: A", "directed by A" */
static const review_lang_credit_t  review_en_credits[] = {
    { "d", REVIEW_CREDIT_DIR, 0, 0 },       /* "D: A" of film logs: a
                                               letter, a label only before
                                               its colon */
    { "director", REVIEW_CREDIT_DIR, 0, 0 },
    { "directors", REVIEW_CREDIT_DIR, 0, 0 },
    { "directed", 0, REVIEW_CREDIT_DIR, REVIEW_CREDIT_DIR },
    { "directs", 0, 0, REVIEW_CREDIT_DIR },
    { "co-directed", 0, REVIEW_CREDIT_DIR, 0 },
    { "helmed", 0, REVIEW_CREDIT_DIR, REVIEW_CREDIT_DIR },
    { "helms", 0, 0, REVIEW_CREDIT_DIR },
    { "writes", 0, 0, REVIEW_CREDIT_WRI },      /* "A writes and directs" */
    { "direction", 0, REVIEW_CREDIT_DIR, 0 },
    { "screenplay", REVIEW_CREDIT_WRI, REVIEW_CREDIT_WRI, 0 },
    { "script", REVIEW_CREDIT_WRI, REVIEW_CREDIT_WRI, 0 },
    { "writer", REVIEW_CREDIT_WRI, 0, 0 },
    { "writers", REVIEW_CREDIT_WRI, 0, 0 },
    { "screenwriter", REVIEW_CREDIT_WRI, 0, 0 },
    { "screenwriters", REVIEW_CREDIT_WRI, 0, 0 },
    { "written", 0, REVIEW_CREDIT_WRI, 0 },
    { "co-written", 0, REVIEW_CREDIT_WRI, 0 },
    { "penned", 0, REVIEW_CREDIT_WRI, 0 },
    { "scripted", 0, REVIEW_CREDIT_WRI, 0 },
    { "music", REVIEW_CREDIT_COMP, REVIEW_CREDIT_COMP, 0 },
    { "score", REVIEW_CREDIT_COMP, REVIEW_CREDIT_COMP, 0 },
    { "composer", REVIEW_CREDIT_COMP, 0, 0 },
    { "scored", 0, REVIEW_CREDIT_COMP, 0 },
    { "producer", REVIEW_CREDIT_PROD, 0, 0 },
    { "producers", REVIEW_CREDIT_PROD, 0, 0 },
    { "produced", 0, REVIEW_CREDIT_PROD, 0 },
    { "with", REVIEW_CREDIT_ACT, 0, 0 },
    { "cast", REVIEW_CREDIT_ACT, 0, 0 },
    { "starring", REVIEW_CREDIT_ACT, 0, 0 },
    { "played", 0, REVIEW_CREDIT_ACT, 0 },
    { "portrayed", 0, REVIEW_CREDIT_ACT, 0 },
    { "voiced", 0, REVIEW_CREDIT_ACT, 0 },
    { "camera", REVIEW_CREDIT_CREW, 0, 0 },
    { NULL, 0, 0, 0 }
};


static const char *const  review_en_by[] = { "by", NULL };


static const review_lang_month_t  review_en_month_names[] = {
    { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 },
    { "may", 5 }, { "june", 6 }, { "july", 7 }, { "august", 8 },
    { "september", 9 }, { "october", 10 }, { "november", 11 },
    { "december", 12 }, { "jan", 1 }, { "feb", 2 }, { "mar", 3 },
    { "apr", 4 }, { "jun", 6 }, { "jul", 7 }, { "aug", 8 }, { "sep", 9 },
    { "sept", 9 }, { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
    { NULL, 0 }
};


static const char *const  review_en_common[] = {
    "the", "and", "of", "to", "is", "that", "it", "was", "with", "for",
    "this", "but", "his", "her", "are", "as", "have", "not", "you", "on",
    "its", "be", "by", "which", "who", NULL
};


static const char *const  review_en_review_words[] = {
    "review", "reaction", NULL
};


/* what opens a byline: "By Ana Ruiz", "Words: Ana Ruiz" */
static const char *const  review_en_byline[] = {
    "by", "words:", "author:", NULL
};


/*
 * the critic's verdict under a label: "Verdict: skip it", a heading "The
 * Verdict"; a label opening a block or a sentence, followed by a colon,
 * or a heading alone
 */
static const char *const  review_en_verdict_labels[] = {
    "verdict", "our verdict", "the verdict", "bottom line", "our take",
    NULL
};


/* "Midnight Ferry - my review", "X: our review" */
static const char *const  review_en_title_fillers[] = {
    "my", "our", "film", "movie", "mini", "quick", "capsule", NULL
};


/* "Review: X", "Film review: X – subtitle" */
static const char *const  review_en_title_prefixes[] = {
    "film review:", "movie review:", "film review |", "movie review |",
    "review:", "reviews:", "review |",
    "review -", "review \xe2\x80\x93", "review \xe2\x80\x94",
    "review \xc2\xb7", "review \xe2\x80\xa2",            /* · • */
    "film review -", "movie review -", "film review \xe2\x80\x93",
    "movie review \xe2\x80\x93", "film review \xc2\xb7",
    "movie review \xc2\xb7",
    "critic's pick:", "tv review:", "book review:", "game review:",
    "album review:", "watched ", "i watched ", "just watched ", NULL
};


/* "Movie: X", "DVD: X", "I watched: X": a label, not the name */
static const char *const  review_en_title_labels[] = {
    "movie:", "movies:", "film:", "films:", "cinema:", "dvd:",
    "blu-ray:", "bluray:", "4k:", "vhs:", "on dvd:", "new on dvd:",
    "now watching:", "watching", "i watched",
    "rewatch:", "re-watch:", "at the movies:", "in theaters:",
    "streaming:", "netflix:", "sneak:", "sneak preview:",
    "culture:", "arts:", "entertainment:", "what i loved about",
    "what i liked about", "thoughts on", "my thoughts on",
    "some thoughts on", NULL
};


/*
 * a score as a bar, not a verdict: "apps with a four star rating or
 * above", "rated 8 or higher", "4 stars and up"
 */
static const char *const  review_en_thresholds[] = {
    "or above", "or higher", "or better", "or more", "or over",
    "and above", "and higher", "and better", "and more", "and up",
    "and over", NULL
};


const review_lang_t  review_lang_en = {
    "en", review_en_lists, review_en_credits, review_en_by,
    review_en_month_names, review_en_common, review_en_review_words,
    review_en_title_prefixes, review_en_title_fillers,
    review_en_title_labels, review_en_number_words,
    NULL, review_en_byline, NULL,
    review_en_verdict_labels, NULL,
    review_en_thresholds, 0, 0
};
