
/*
 * Copyright (C) ngx_review_module developers
 */


#include "review_lang.h"
#include "review_lexicon.h"


/*
 * Italian.
 */


/* capitalised, no name */
static const char *const  review_it_function[] = {
    "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "o", "ma",
    "che", "di", "del", "della", "dello", "dei", "degli", "delle", "a", "al",
    "alla", "ai", "da", "dal", "dalla", "in", "nel", "nella", "con", "su",
    "sul", "sulla", "per", "tra", "fra", "come", "quando", "se", "suo", "sua",
    "suoi", "lui", "lei", "loro", "io", "mio", "mia", "questo", "questa",
    "quello", "quella", "anche", "già", "molto", "più", "meno", "perché",
    "dove", "chi", "così", "dopo", "film", "recensione", "regista", "trama",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
    "domenica", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    "stagione", "episodio", NULL
};


/* words of judgement */
static const char *const  review_it_eval[] = {
    "capolavoro", "magnifico", "magnifica", "brillante", "eccellente",
    "straordinario", "straordinaria", "emozionante", "commovente", "potente",
    "impeccabile", "notevole", "deludente", "delusione", "noioso", "noiosa",
    "lento", "lenta", "prevedibile", "debole", "mediocre", "divertente",
    "bello", "bella", "buono", "buona", "migliore", "peggiore", "brutto",
    "brutta", "imperdibile", "geniale", "affascinante", "coinvolgente",
    "intenso", "intensa", "solido", "solida", "riuscito", "riuscita",
    "meraviglioso", "meravigliosa", "struggente", "superbo", "superba", "bel",
    "bei", "belli", "belle", "bellissimo", "bellissima", "ottimo", "ottima",
    "ottimi", "perfetto", "perfetta", "piaciuto", "piaciuta", "consiglio",
    "consigliato", "consigliata", "merita", "vale", "noiosi", "riuscitissimo",
    "divertenti", "emozionanti", "commoventi", "toccante", "intensi",
    "magistrale", "splendido", "splendida", "stupendo", "stupenda",
    "spettacolare", "piacevole", "originale", "banale", "scontato", "scontata",
    "forzato", "orribile", "raffinato", "raffinata", "delizioso", "deliziosa",
    "incantevole", "memorabile", "indimenticabile", "pessimo", "pessima",
    "terribile", "fantastico", "fantastica", "sorprendente", "godibile",
    "gradevole", NULL
};


/* the strongest verdicts */
static const char *const  review_it_strong[] = {
    "capolavoro", "imperdibile", "delusione", "fallimento", "migliore",
    "peggiore", NULL
};


/* the reviewer, first person */
static const char *const  review_it_hedge[] = {
    "io", "mi", "me", "mio", "mia", "miei", "mie", "noi", "nostro", "nostra",
    "secondo", "ho", "penso", "credo", "visto", "l'ho", "m'ha", "m'\xc3\xa8",
    "consigliamo", "abbiamo", "trovo", "ritengo", "adoro", "amo", NULL
};


/* words that speak of a rating */
static const char *const  review_it_rating[] = {
    "voto", "giudizio", "valutazione", "stelle", "stella", "punteggio", NULL
};


/* words about a film, for a quote */
static const char *const  review_it_film_words[] = {
    "film", "pellicola", "dramma", "thriller", "commedia", "documentario",
    "sequel", "storia", "lungometraggio", NULL
};


/* where and when to watch */
static const char *const  review_it_release[] = {
    "sala", "sale", "cinema", "uscita", "esce", "streaming", "netflix",
    "disponibile", NULL
};


/* "director X" */
static const char *const  review_it_director[] = {
    "regista", "cineasta", NULL
};


/* "festival director X" is not the film's */
static const char *const  review_it_not_film_dir[] = {
    "festival", "artistico", "artistica", "casting", "musicale", NULL
};


/* "X plays Y" */
static const char *const  review_it_play[] = {
    "interpreta", "incarna", "veste", NULL
};


/* a list of the cast follows */
static const char *const  review_it_list_cues[] = {
    "interpreti", "cast", NULL
};


/* "performance by X" */
static const char *const  review_it_acting[] = {
    "interpretazione", "prova", "ruolo", "recitazione", NULL
};


/* "X is superb": said of actors */
static const char *const  review_it_praise[] = {
    "eccellente", "bravissimo", "bravissima", "straordinario",
    "straordinaria", "convincente", "impeccabile", "superbo", "superba",
    "magnifico", "magnifica", NULL
};


/* crew schema.org has no property for */
static const char *const  review_it_crew[] = {
    "fotografia", "montaggio", "scenografia", "costumi", "effetti", NULL
};


/* people who are not in the film */
static const char *const  review_it_other[] = {
    "critico", "giuria", "presidente", "giornalista", "romanziere",
    "scrittore", "scrittrice", NULL
};


/* "writer X" */
static const char *const  review_it_writer[] = {
    "sceneggiatore", "sceneggiatrice", "sceneggiatori", NULL
};


/* what a film review talks of */
static const char *const  review_it_film_vocab[] = {
    "film", "cinema", "regista", "regia", "sceneggiatura", "attore",
    "attrice", "sala", "documentario", "pellicola", "lungometraggio", "scena",
    "scene", "personaggio", "personaggi", "trama", "spettatore", "spettatori",
    "trailer", NULL
};


/* what a TV review talks of */
static const char *const  review_it_tv_vocab[] = {
    "serie", "stagione", "stagioni", "episodio", "episodi", "puntata",
    "puntate", NULL
};


/* what a book review talks of */
static const char *const  review_it_book_vocab[] = {
    "romanzo", "romanzi", "libro", "libri", "capitolo", "pagine", "editore",
    "lettori", "poesie", NULL
};


/* what a game review talks of */
static const char *const  review_it_game_vocab[] = {
    "gioco", "giochi", "videogioco", "videogiochi", "giocatore", "giocatori",
    "console", "livelli", NULL
};


/* what an actor is called before the name */
static const char *const  review_it_roles[] = {
    "attore", "attrice", "protagonista", "interprete", NULL
};


/* who a character is: "her father (X)" */
static const char *const  review_it_persons[] = {
    "padre", "madre", "sorella", "fratello", "figlio", "figlia", "marito",
    "moglie", "zio", "zia", "amico", "amica", "vicino", "vicina", "capo",
    "poliziotto", "detective", "avvocato", "avvocata", "medico", "vedova",
    "bambino", "bambina", "eroe", "eroina", NULL
};


/* a pull-quote should not lean on what came before it */
static const char *const  review_it_weak[] = {
    "ma", "e", "o", "però", "tuttavia", "anche", "poi", "quindi", "così",
    "lui", "lei", "loro", "questo", "questa", "che", "quando", "se",
    "perché", NULL
};


/* a period after these does not end a sentence */
static const char *const  review_it_abbrev[] = {
    "sig", "sigg", "dott", "dr", "gen", "feb", "mar", "apr", "mag", "giu",
    "lug", "ott", "nov", "dic", "ecc", "pag", NULL
};


/* the verdict form, "it is a ...": its verb */
static const char *const  review_it_verdict_verbs[] = {
    "è", "e'", NULL
};


/* and what follows the verb */
static const char *const  review_it_verdict_articles[] = {
    "un", "una", "uno", "il", "la", NULL
};


/* a viewer who saw the work: "ho visto" */
static const char *const  review_it_view_verbs[] = {
    "visto", "rivisto", "guardato", "visione", NULL
};


/* a viewer's liking or not */
static const char *const  review_it_like_verbs[] = {
    "piaciuto", "piaciuta", "amato", "consiglio", "consiglierei", "raccomando",
    "consigliamo", "adoro", "amo", "adorato", NULL
};


/* someone else's words reported */
static const char *const  review_it_said_verbs[] = {
    "detto", "spiega", "racconta", "dichiarato", "aggiunge", NULL
};


/* readers' votes beside a score are not the reviewer's: "(12 votos)" */
static const char *const  review_it_third_party[] = {
    "voti", "votanti", NULL
};


/* a credit label's "of" in a facts line: "Regia di A", "Sceneggiatura di A" */
/* "un film de X": the work, then its director (the lexicon's genre nouns) */
static const char *const  review_it_genre_nouns[] = {
    "pellicola", "documentario", "lungometraggio", "cortometraggio", NULL
};


static const char *const  review_it_label_of[] = {
    "di", NULL
};


/* a score's scale: "8 su 10" */
static const char *const  review_it_scale_of[] = {
    "su", NULL
};


/* a score in stars: "4 stelle" */
static const char *const  review_it_stars[] = {
    "stella", "stelle", NULL
};


static const review_lang_list_t  review_it_lists[] = {
    { review_it_function, REVIEW_LEX_FUNCTION },
    { review_it_eval, REVIEW_LEX_EVAL },
    { review_it_strong, REVIEW_LEX_STRONG },
    { review_it_hedge, REVIEW_LEX_HEDGE },
    { review_it_rating, REVIEW_LEX_RATING_CUE },
    { review_it_film_words, REVIEW_LEX_FILM_WORD },
    { review_it_release, REVIEW_LEX_RELEASE },
    { review_it_director, REVIEW_LEX_DIRECTOR },
    { review_it_not_film_dir, REVIEW_LEX_NOT_FILM_DIR },
    { review_it_play, REVIEW_LEX_PLAY },
    { review_it_list_cues, REVIEW_LEX_LIST_CUE },
    { review_it_acting, REVIEW_LEX_ACTING },
    { review_it_praise, REVIEW_LEX_PRAISE },
    { review_it_crew, REVIEW_LEX_CREW },
    { review_it_other, REVIEW_LEX_OTHER },
    { review_it_writer, REVIEW_LEX_WRITER },
    { review_it_film_vocab, REVIEW_LEX_VOCAB_FILM },
    { review_it_tv_vocab, REVIEW_LEX_VOCAB_TV },
    { review_it_book_vocab, REVIEW_LEX_VOCAB_BOOK },
    { review_it_game_vocab, REVIEW_LEX_VOCAB_GAME },
    { review_it_roles, REVIEW_LEX_ROLE },
    { review_it_persons, REVIEW_LEX_PERSON },
    { review_it_weak, REVIEW_LEX_WEAK_OPENER },
    { review_it_abbrev, REVIEW_LEX_ABBREV },
    { review_it_verdict_verbs, REVIEW_LEX_VERDICT_IS },
    { review_it_verdict_articles, REVIEW_LEX_VERDICT_A },
    { review_it_view_verbs, REVIEW_LEX_VIEW },
    { review_it_like_verbs, REVIEW_LEX_LIKE },
    { review_it_said_verbs, REVIEW_LEX_SAID },
    { review_it_third_party, REVIEW_LEX_THIRD },
    { review_it_label_of, REVIEW_LEX_LABEL_OF },
    { review_it_genre_nouns, REVIEW_LEX_GENRE },
    { review_it_scale_of, REVIEW_LEX_SCALE_OF },
    { review_it_stars, REVIEW_LEX_STARS },
    { NULL, 0 }
};


/* "Regia: A", "diretto da A" */
static const review_lang_credit_t  review_it_credits[] = {
    { "regia", REVIEW_CREDIT_DIR, 0, 0 },
    { "regista", REVIEW_CREDIT_DIR, 0, 0 },
    { "diretto", 0, REVIEW_CREDIT_DIR, 0 },
    { "diretta", 0, REVIEW_CREDIT_DIR, 0 },
    { "sceneggiatura", REVIEW_CREDIT_WRI, 0, 0 },
    { "scritto", 0, REVIEW_CREDIT_WRI, 0 },
    { "scritta", 0, REVIEW_CREDIT_WRI, 0 },
    { "musica", REVIEW_CREDIT_COMP, 0, 0 },
    { "musiche", REVIEW_CREDIT_COMP, 0, 0 },
    { "produzione", REVIEW_CREDIT_PROD, 0, 0 },
    { "prodotto", 0, REVIEW_CREDIT_PROD, 0 },
    { "interpreti", REVIEW_CREDIT_ACT, 0, 0 },
    { "con", REVIEW_CREDIT_ACT, 0, 0 },
    { "interpretato", 0, REVIEW_CREDIT_ACT, 0 },
    { "fotografia", REVIEW_CREDIT_CREW, 0, 0 },
    { "montaggio", REVIEW_CREDIT_CREW, 0, 0 },
    { "interpretata", 0, REVIEW_CREDIT_ACT, 0 },
    { "interpretati", 0, REVIEW_CREDIT_ACT, 0 },
    { "doppiato", 0, REVIEW_CREDIT_ACT, 0 },
    { NULL, 0, 0, 0 }
};


/* a credit's "by" */
static const char *const  review_it_by[] = {
    "da", "dal", "dalla", NULL
};


static const review_lang_month_t  review_it_months[] = {
    { "gennaio", 1 }, { "febbraio", 2 }, { "marzo", 3 }, { "aprile", 4 },
    { "maggio", 5 }, { "giugno", 6 }, { "luglio", 7 }, { "agosto", 8 },
    { "settembre", 9 }, { "ottobre", 10 }, { "novembre", 11 },
    { "dicembre", 12 }, { "gen", 1 }, { "mag", 5 }, { "giu", 6 },
    { "lug", 7 }, { "ott", 10 }, { NULL, 0 }
};


/* its most frequent words: they tell the language */
static const char *const  review_it_common[] = {
    "di", "e", "il", "la", "che", "è", "per", "un", "in", "non", "una",
    "del", "della", "con", "sono", "si", "al", "le", "anche", "ma", "come",
    "più", "gli", "nel", "nella", "dei", "alla", "questo", "lo", NULL
};


/* a title, URL or section that says "review" */
static const char *const  review_it_review_words[] = {
    "recensione", "recensioni", NULL
};


/* "Recensione: X", "La recensione di X" */
static const char *const  review_it_title_prefixes[] = {
    "recensione:", "recensione –", "recensione -", "recensione |",
    "recensione di", "recensione del film", "la recensione di",
    "la recensione del film", "[recensione]", "critica:", "recensione film:",
    "recensione film", NULL
};


/* what stands between a name and the review word: "X : notre critique" */
static const char *const  review_it_title_fillers[] = {
    "la", "nostra", "mia", "film", NULL
};


/* what opens a byline: "di" */
static const char *const  review_it_byline[] = {
    "di", "autore:", "a cura di", "scritto da", NULL
};


/*
 * the critic's verdict under a label: "Il nostro giudizio: da vedere"; a
 * label opening a block or a sentence, followed by a colon, or a heading
 * alone
 */
static const char *const  review_it_verdict_labels[] = {
    "il nostro giudizio", "giudizio", "verdetto", NULL
};


/* "Cinema: X", "Film: X": a label, not the name */
static const char *const  review_it_title_labels[] = {
    "cinema:", "film:", "dvd:", "visto:", NULL
};


/*
 * the first person in a verb's ending, where Italian leaves out the
 * pronoun: "abbiamo", "consigliamo", "speriamo" say "we" (a critic's
 * or a blog's)
 */
static const char *const  review_it_person_endings[] = {
    "iamo", NULL
};


/* a score as a bar, not a verdict: "un 7 o più" */
static const char *const  review_it_thresholds[] = {
    "o più", "o piu", NULL
};


const review_lang_t  review_lang_it = {
    "it", review_it_lists, review_it_credits, review_it_by,
    review_it_months, review_it_common, review_it_review_words,
    review_it_title_prefixes, review_it_title_fillers,
    review_it_title_labels, NULL,
    NULL, review_it_byline, NULL,
    review_it_verdict_labels, review_it_person_endings,
    review_it_thresholds, 0, 0
};
