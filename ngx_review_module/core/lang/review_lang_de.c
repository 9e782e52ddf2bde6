
/*
 * Copyright (C) ngx_review_module developers
 */


#include "review_lang.h"
#include "review_lexicon.h"


/*
 * German.  Every noun is capitalised: a capitalised word is no name by
 * itself (capital_nouns), and the function words below include the
 * nouns a review uses most.
 */


/* capitalised, no name */
static const char *const  review_de_function[] = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
    "einer", "eines", "und", "oder", "aber", "doch", "denn", "als", "wie",
    "wenn", "weil", "dass", "daß", "er", "sie", "es", "wir", "ihr", "ich",
    "mein", "meine", "sein", "seine", "ihre", "im", "in", "am", "an", "auf",
    "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum", "zur", "für",
    "über", "unter", "vor", "durch", "ohne", "gegen", "auch", "noch",
    "schon", "nur", "dann", "so", "dies", "diese", "dieser", "dieses",
    "jetzt", "hier", "nicht", "kein", "keine", "man", "was", "wer", "wo",
    "warum", "trotz", "während", "film", "filme", "regie", "kritik", "fazit",
    "geschichte", "handlung", "figur", "figuren", "szene", "szenen",
    "zuschauer", "kino", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "januar", "februar", "märz", "april",
    "juni", "juli", "august", "september", "oktober", "november", "dezember",
    "staffel", "folge", "teil", "ende", "anfang", "leben", "welt", "jahr",
    "jahre", "zeit", "mann", "frau", "vater", "mutter", "sohn", "tochter",
    "schauspieler", "schauspielerin", "regisseur", "drehbuch", "musik",
    "kamera", "darsteller", "besetzung", "bewertung", "wertung", "spielzeit",
    "laufzeit", "genre", "produktion", "land", "start", "kinostart",
    "ganz", "sehr", "immer", "wieder", "einfach", "leider", "zwar", "eher",
    "etwas", "viel", "mehr", "wirklich", "fast", "gar", "besonders",
    "natürlich", "trotzdem", "dabei", "damit", "deshalb", "also",
    "jedoch", "sogar", "überhaupt", "vielleicht", "allerdings",
    "insgesamt", "außerdem", "zudem", "genau", "selbst",
    "eigentlich", "endlich", "hat", "ist", "war", "wird", "sind", NULL
};


/* words of judgement */
static const char *const  review_de_eval[] = {
    "meisterwerk", "großartig", "grossartig", "brillant", "hervorragend",
    "herausragend", "beeindruckend", "packend", "spannend", "fesselnd",
    "bewegend", "berührend", "sehenswert", "gelungen", "misslungen",
    "enttäuschend", "enttäuschung", "langweilig", "langatmig", "zäh",
    "schwach", "stark", "grandios", "fantastisch", "wunderbar", "wunderschön",
    "überzeugend", "lustig", "witzig", "unterhaltsam", "solide",
    "durchschnittlich", "mittelmäßig", "flach", "vorhersehbar",
    "atemberaubend", "bildgewaltig", "empfehlenswert", "gut", "schlecht",
    "beste", "besten", "schlechteste", "genial", "klischeehaft",
    "misslungener", "ärgerlich", "sehenswerter", "großartige", "gelungene",
    "gelungener", "gelungenes", "schön", "schöne", "schönen", "toll",
    "tolle", "tollen", "großartigen", "lohnt", "lohnenswert", "empfehlen",
    "empfehle", "enttäuscht", "enttäuschende", "spannende", "spannenden",
    "unterhaltsame", "witzige", "lustige", "traurig", "bewegende", "starke",
    "starken", "schwache", "schwachen", "überragend", "sehenswerte", "nervig",
    "kitschig", "peinlich", "perfekt", "gefallen", "gefällt", "gefiel",
    "mochte", "begeistert", "beeindruckende", "geniale", "fantastische",
    "wunderbare", "grandiose", "brillante", "hervorragende", "mittelmäßige",
    "langweilige", "öde", "flache", "platte", "platt", "misslungene",
    "sensationell", "klasse", "super", "cool", "fesselnde", "packende",
    "solider", "solides", "herrlich", "köstlich", "liebevoll", "schräg",
    "albern", "absurd", "seltsam", "skurril", "düster", "amüsant",
    "charmant", "rührend", "eindrucksvoll", "wärmstens", "sehenswerter",
    "empfehlenswerter", "bemerkenswert", "aufschlussreich", "lohnend",
    "kurzweilig", "mitreißend", "ergreifend", "verstörend", "unglaublich",
    "einzigartig", "faszinierend", "hinreißend", "furchtbar", "schrecklich",
    "miserabel", NULL
};


/* the strongest verdicts */
static const char *const  review_de_strong[] = {
    "meisterwerk", "grandios", "enttäuschung", "katastrophe",
    "pflichtprogramm", "beste", "schlechteste", "großartig", NULL
};


/* the reviewer, first person */
static const char *const  review_de_hedge[] = {
    "ich", "mich", "mir", "mein", "meine", "meiner", "meinen", "meinem",
    "wir", "uns", "unser", "unsere", "meines", "meinung", "finde", "fand",
    NULL
};


/* words that speak of a rating */
static const char *const  review_de_rating[] = {
    "bewertung", "wertung", "note", "punkte", "punkten", "sterne", "stern",
    "sternen", "fazit", "urteil", NULL
};


/* words about a film, for a quote */
static const char *const  review_de_film_words[] = {
    "film", "kinofilm", "drama", "thriller", "komödie", "dokumentarfilm",
    "fortsetzung", "geschichte", "inszenierung", "spielfilm", NULL
};


/* where and when to watch */
static const char *const  review_de_release[] = {
    "kino", "kinos", "kinostart", "streaming", "netflix", "verfügbar", "dvd",
    "blu-ray", "erscheint", "startet", NULL
};


/* "director X" */
static const char *const  review_de_director[] = {
    "regisseur", "regisseurin", "filmemacher", "filmemacherin", NULL
};


/* "festival director X" is not the film's */
static const char *const  review_de_not_film_dir[] = {
    "festival", "künstlerischer", "casting", "musikalischer", NULL
};


/* "X plays Y" */
static const char *const  review_de_play[] = {
    "spielt", "spielte", "gespielt", "verkörpert", "verkörperte", "mimt",
    "dargestellt", NULL
};


/* a list of the cast follows */
static const char *const  review_de_list_cues[] = {
    "besetzung", "darsteller", "darstellern", "hauptrollen", NULL
};


/* "performance by X" */
static const char *const  review_de_acting[] = {
    "darstellung", "leistung", "rolle", "spiel", "performance", NULL
};


/* "X is superb": said of actors */
static const char *const  review_de_praise[] = {
    "großartig", "hervorragend", "überzeugend", "brillant", "stark",
    "glänzend", "fantastisch", "grandios", "sehenswert", NULL
};


/* crew schema.org has no property for */
static const char *const  review_de_crew[] = {
    "kamera", "kameramann", "kamerafrau", "schnitt", "cutter", "szenenbild",
    "kostüme", "effekte", "bildgestaltung", NULL
};


/* people who are not in the film */
static const char *const  review_de_other[] = {
    "kritiker", "kritikerin", "jury", "präsident", "präsidentin",
    "journalist", "journalistin", "schriftsteller", "schriftstellerin", NULL
};


/* "writer X" */
static const char *const  review_de_writer[] = {
    "drehbuchautor", "drehbuchautorin", "drehbuchautoren", "autor", "autorin",
    NULL
};


/* what a film review talks of */
static const char *const  review_de_film_vocab[] = {
    "film", "filme", "filmes", "kino", "regisseur", "regisseurin", "regie",
    "drehbuch", "kinostart", "schauspieler", "schauspielerin",
    "dokumentarfilm", "spielfilm", "kinofilm", "leinwand", "kinos",
    "streifen", "trailer", "schauspielerisch", "filmmusik", "handlung",
    "szenen", NULL
};


/* what a TV review talks of */
static const char *const  review_de_tv_vocab[] = {
    "serie", "serien", "staffel", "staffeln", "folge", "folgen", "episode",
    "episoden", "showrunner", "sender", "pilotfolge", NULL
};


/* what a book review talks of */
static const char *const  review_de_book_vocab[] = {
    "roman", "romane", "buch", "bücher", "kapitel", "seiten", "verlag",
    "leser", "leserin", "gedichte", NULL
};


/* what a game review talks of */
static const char *const  review_de_game_vocab[] = {
    "spiel", "spiele", "gameplay", "spieler", "konsole", "level",
    "multiplayer", "controller", NULL
};


/* what an actor is called before the name */
static const char *const  review_de_roles[] = {
    "schauspieler", "schauspielerin", "darsteller", "darstellerin",
    "newcomer", "star", NULL
};


/* who a character is: "her father (X)" */
static const char *const  review_de_persons[] = {
    "vater", "mutter", "schwester", "bruder", "sohn", "tochter", "ehemann",
    "ehefrau", "onkel", "tante", "freund", "freundin", "nachbar", "nachbarin",
    "chef", "polizist", "kommissar", "kommissarin", "anwalt", "anwältin",
    "arzt", "ärztin", "witwe", "kind", "junge", "mädchen", "held", "heldin",
    NULL
};


/* a pull-quote should not lean on what came before it */
static const char *const  review_de_weak[] = {
    "aber", "und", "oder", "doch", "denn", "dann", "also", "jedoch",
    "trotzdem", "auch", "er", "sie", "es", "dies", "diese", "dieser", "das",
    "wenn", "weil", "als", NULL
};


/* a period after these does not end a sentence */
static const char *const  review_de_abbrev[] = {
    "dr", "hr", "fr", "st", "bzw", "usw", "vgl", "ca", "z", "b", "jan", "feb",
    "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
    "min", NULL
};


/* articles and determiners: a capitalised word after one is a noun */
static const char *const  review_de_articles[] = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
    "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "mein",
    "meine", "meinen", "meinem", "sein", "seine", "seinen", "seinem", "ihr",
    "ihre", "ihren", "ihrem", "unser", "unsere", "dieser", "diese", "dieses",
    "diesen", "jeder", "jede", "jedes", "zum", "zur", "im", "am", "vom",
    "beim", NULL
};


/* the verdict form, "it is a ...": its verb */
static const char *const  review_de_verdict_verbs[] = {
    "ist", NULL
};


/* and what follows the verb */
static const char *const  review_de_verdict_articles[] = {
    "ein", "eine", "einer", "der", "die", "das", NULL
};


/* a viewer who saw the work: "ich habe ... gesehen" */
static const char *const  review_de_view_verbs[] = {
    "gesehen", "angesehen", "angeschaut", "geschaut", "sahen", NULL
};


/* a viewer's liking or not: "hat mir gefallen", "empfehle" */
static const char *const  review_de_like_verbs[] = {
    "gefallen", "gefiel", "gef\xc3\xa4llt", "empfehlen", "empfehle",
    "mochte", "liebte", "empfehlung", NULL
};


/* someone else's words reported */
static const char *const  review_de_said_verbs[] = {
    "sagte", "sagt", "erz\xc3\xa4hlt", "erz\xc3\xa4hlte", "erkl\xc3\xa4rt",
    "erkl\xc3\xa4rte", "betont", "betonte", NULL
};


/* a score's scale: "4 von 5" */
static const char *const  review_de_scale_of[] = {
    "von", NULL
};


/* a score in stars: "4 Sterne" */
static const char *const  review_de_stars[] = {
    "stern", "sterne", "sternen", NULL
};


static const review_lang_list_t  review_de_lists[] = {
    { review_de_function, REVIEW_LEX_FUNCTION },
    { review_de_eval, REVIEW_LEX_EVAL },
    { review_de_strong, REVIEW_LEX_STRONG },
    { review_de_hedge, REVIEW_LEX_HEDGE },
    { review_de_rating, REVIEW_LEX_RATING_CUE },
    { review_de_film_words, REVIEW_LEX_FILM_WORD },
    { review_de_release, REVIEW_LEX_RELEASE },
    { review_de_director, REVIEW_LEX_DIRECTOR },
    { review_de_not_film_dir, REVIEW_LEX_NOT_FILM_DIR },
    { review_de_play, REVIEW_LEX_PLAY },
    { review_de_list_cues, REVIEW_LEX_LIST_CUE },
    { review_de_acting, REVIEW_LEX_ACTING },
    { review_de_praise, REVIEW_LEX_PRAISE },
    { review_de_crew, REVIEW_LEX_CREW },
    { review_de_other, REVIEW_LEX_OTHER },
    { review_de_writer, REVIEW_LEX_WRITER },
    { review_de_film_vocab, REVIEW_LEX_VOCAB_FILM },
    { review_de_tv_vocab, REVIEW_LEX_VOCAB_TV },
    { review_de_book_vocab, REVIEW_LEX_VOCAB_BOOK },
    { review_de_game_vocab, REVIEW_LEX_VOCAB_GAME },
    { review_de_roles, REVIEW_LEX_ROLE },
    { review_de_persons, REVIEW_LEX_PERSON },
    { review_de_weak, REVIEW_LEX_WEAK_OPENER },
    { review_de_abbrev, REVIEW_LEX_ABBREV },
    { review_de_articles, REVIEW_LEX_ARTICLE },
    { review_de_verdict_verbs, REVIEW_LEX_VERDICT_IS },
    { review_de_verdict_articles, REVIEW_LEX_VERDICT_A },
    { review_de_view_verbs, REVIEW_LEX_VIEW },
    { review_de_like_verbs, REVIEW_LEX_LIKE },
    { review_de_said_verbs, REVIEW_LEX_SAID },
    { review_de_scale_of, REVIEW_LEX_SCALE_OF },
    { review_de_stars, REVIEW_LEX_STARS },
    { NULL, 0 }
};


/* "Regie: A", "inszeniert von A" */
static const review_lang_credit_t  review_de_credits[] = {
    { "regie", REVIEW_CREDIT_DIR, 0, 0 },
    { "regisseur", REVIEW_CREDIT_DIR, 0, 0 },
    { "regisseurin", REVIEW_CREDIT_DIR, 0, 0 },
    { "inszeniert", 0, REVIEW_CREDIT_DIR, 0 },
    { "gedreht", 0, REVIEW_CREDIT_DIR, 0 },
    { "inszenierung", REVIEW_CREDIT_DIR, 0, 0 },
    { "drehbuch", REVIEW_CREDIT_WRI, 0, 0 },
    { "buch", REVIEW_CREDIT_WRI, 0, 0 },
    { "geschrieben", 0, REVIEW_CREDIT_WRI, 0 },
    { "musik", REVIEW_CREDIT_COMP, 0, 0 },
    { "komponiert", 0, REVIEW_CREDIT_COMP, 0 },
    { "produktion", REVIEW_CREDIT_PROD, 0, 0 },
    { "produzent", REVIEW_CREDIT_PROD, 0, 0 },
    { "produzenten", REVIEW_CREDIT_PROD, 0, 0 },
    { "produziert", 0, REVIEW_CREDIT_PROD, 0 },
    { "darsteller", REVIEW_CREDIT_ACT, 0, 0 },
    { "besetzung", REVIEW_CREDIT_ACT, 0, 0 },
    { "mit", REVIEW_CREDIT_ACT, 0, 0 },
    { "kamera", REVIEW_CREDIT_CREW, 0, 0 },
    { "schnitt", REVIEW_CREDIT_CREW, 0, 0 },
    { "gespielt", 0, REVIEW_CREDIT_ACT, 0 },
    { "verkörpert", 0, REVIEW_CREDIT_ACT, 0 },
    { "gesprochen", 0, REVIEW_CREDIT_ACT, 0 },
    { NULL, 0, 0, 0 }
};


/* a credit's "by" */
static const char *const  review_de_by[] = {
    "von", NULL
};


static const review_lang_month_t  review_de_months[] = {
    { "januar", 1 }, { "jänner", 1 }, { "februar", 2 }, { "märz", 3 },
    { "maerz", 3 }, { "april", 4 }, { "mai", 5 }, { "juni", 6 },
    { "juli", 7 }, { "august", 8 }, { "september", 9 }, { "oktober", 10 },
    { "november", 11 }, { "dezember", 12 }, { "mär", 3 }, { "okt", 10 },
    { "dez", 12 }, { NULL, 0 }
};


/* its most frequent words: they tell the language */
static const char *const  review_de_common[] = {
    "der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den",
    "mit", "sich", "des", "auf", "für", "im", "dem", "auch", "es", "sie",
    "ich", "wird", "von", "sind", "auch", "noch", "wie", "einen", "aber", NULL
};


/* a title, URL or section that says "review" */
static const char *const  review_de_review_words[] = {
    "kritik", "rezension", NULL
};


/* "Kritik: X", "Filmkritik zu X" */
static const char *const  review_de_title_prefixes[] = {
    "kritik:", "kritik –", "kritik -", "kritik zu", "kritik zum film",
    "filmkritik:", "filmkritik –", "filmkritik zu", "filmkritik -",
    "kinokritik:", "kino-kritik:", "rezension:", "rezension –",
    "rezension zu", NULL
};


/* what stands between a name and the review word: "X : notre critique" */
static const char *const  review_de_title_fillers[] = {
    "die", "unsere", "meine", "zum", "film", NULL
};


/* what opens a byline: "von" */
static const char *const  review_de_byline[] = {
    "von", "autor:", "autorin:", "text:", NULL
};


/*
 * the critic's verdict under a label: "Fazit: sehenswert"; a label
 * opening a block or a sentence, followed by a colon, or a heading alone
 */
static const char *const  review_de_verdict_labels[] = {
    "fazit", "unser fazit", NULL
};


/* endings a word takes: "em" is looked up without them too */
static const char *const  review_de_endings[] = {
    "em", "en", "er", "es", "e", NULL
};


/* endings of nouns, which are capitalised here: no name ends so */
static const char *const  review_de_noun_suffixes[] = {
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
    "tion", "tionen", "ismus", "tät", "täten", "chen", "nis", "nisse",
    "ment", "tum", "mäßig", NULL
};


/* "Sneak: X", "Kino: X", "Im Kino: X": a label, not the name */
static const char *const  review_de_title_labels[] = {
    "sneak:", "sneak preview:", "sneak-preview:", "kino:", "im kino:",
    "film:", "dvd:", "blu-ray:", "heimkino:", "filmtipp:", "gesehen:", NULL
};


/* a score as a bar, not a verdict: "8 Punkte oder mehr" */
static const char *const  review_de_thresholds[] = {
    "oder mehr", "und mehr", NULL
};


const review_lang_t  review_lang_de = {
    "de", review_de_lists, review_de_credits, review_de_by,
    review_de_months, review_de_common, review_de_review_words,
    review_de_title_prefixes, review_de_title_fillers,
    review_de_title_labels, NULL,
    review_de_noun_suffixes, review_de_byline, review_de_endings,
    review_de_verdict_labels, NULL,
    review_de_thresholds, 0, 1
};
