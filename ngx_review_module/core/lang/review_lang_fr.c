
/*
 * Copyright (C) ngx_review_module developers
 */


#include "review_lang.h"
#include "review_lexicon.h"


/*
 * French.  Elisions (l', j', d', qu') stay in the word the tokenizer
 * keeps whole ("j'ai", "l'acteur"): the forms are listed as they come.
 */


/* capitalised, no name */
static const char *const  review_fr_function[] = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "et", "ou",
    "mais", "donc", "car", "ni", "ce", "cet", "cette", "ces", "il", "elle",
    "ils", "elles", "on", "nous", "vous", "je", "son", "sa", "ses", "leur",
    "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "dans", "sur",
    "sous", "avec", "sans", "pour", "par", "en", "au", "aux", "après",
    "avant", "pendant", "quand", "comme", "si", "tout", "tous", "toute",
    "toutes", "même", "aussi", "encore", "déjà", "puis", "ensuite",
    "enfin", "bref", "pourtant", "cependant", "alors", "ici", "c'est", "qui",
    "que", "quoi", "dont", "où", "voilà", "car", "ainsi", "certes",
    "malgré", "entre", "vers", "chez", "depuis", "film", "critique", "note",
    "avis", "verdict", "réalisateur", "casting", "synopsis", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "février", "avril", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "saison", "épisode", "oscar", "oscars",
    "césar", "festival", NULL
};


/* words of judgement */
static const char *const  review_fr_eval[] = {
    "chef-d'œuvre", "chef-d'oeuvre", "magnifique", "superbe", "brillant",
    "brillante", "remarquable", "bouleversant", "bouleversante", "émouvant",
    "émouvante", "puissant", "puissante", "captivant", "captivante",
    "réussi", "réussie", "raté", "ratée", "décevant", "décevante",
    "déception", "ennuyeux", "ennuyeuse", "médiocre", "sublime",
    "formidable", "excellent", "excellente", "splendide", "drôle", "hilarant",
    "touchant", "touchante", "inoubliable", "grandiose", "bancal", "poussif",
    "lourd", "lourde", "plat", "fade", "convenu", "prévisible", "efficace",
    "maîtrisé", "maîtrisée", "ambitieux", "audacieux", "beau", "belle",
    "bon", "bonne", "meilleur", "meilleure", "pire", "mauvais", "réussite",
    "échec", "génial", "géniale", "incroyable", "passionnant",
    "passionnante", "haletant", "jubilatoire", "poignant", "poignante",
    "époustouflant", "envoûtant", "fascinant", "fascinante", "somptueux",
    "intense", "subtil", "subtile", "sensible", "réjouissant", "ennui",
    "longueurs", "indispensable", "incontournable", "navrant", "pénible",
    "raté", "creux", "original", "originale", "magistral", "magistrale",
    "beaux", "belles", "bien", "mal", "réussis", "réussies", "magnifiques",
    "superbes", "brillants", "drôles", "touchants", "émouvants", "puissants",
    "captivants", "décevants", "médiocres", "sublimes", "excellents",
    "formidables", "parfait", "parfaite", "parfaitement", "géniaux", "nul",
    "nulle", "moyen", "moyenne", "agréable", "plaisant", "plaisante",
    "sympathique", "sympa", "efficaces", "réaliste", "crédible",
    "spectaculaire", "impressionnant", "impressionnante", "jolie", "joli",
    "mignon", "drôlement", "réussit", "aimé", "adoré", "déçu", "déçue",
    "recommande", "conseille", "vaut", "mérite", "chef", "dommage", "hélas",
    "raffiné", "raffinée", "délicieux", "délicieuse", "mémorable",
    "bluffant", "bluffante", "savoureux", "savoureuse", "attachant",
    "attachante", "épatant", "épatante", NULL
};


/* the strongest verdicts */
static const char *const  review_fr_strong[] = {
    "chef-d'œuvre", "chef-d'oeuvre", "incontournable", "immanquable",
    "indispensable", "magistral", "magistrale", "sublime", "grandiose",
    "déception", "échec", "navrant", "meilleur", "pire", NULL
};


/* the reviewer, first person */
static const char *const  review_fr_hedge[] = {
    "je", "j'ai", "j'avoue", "j'aime", "j'adore", "j'étais", "j'avais",
    "moi", "me", "m'a", "mon", "ma", "mes", "nous", "notre", "nos", "m'ont",
    "personnellement", "avis", NULL
};


/* words that speak of a rating */
static const char *const  review_fr_rating[] = {
    "note", "noté", "notée", "étoile", "étoiles", "verdict", "avis",
    "cote", NULL
};


/* words about a film, for a quote */
static const char *const  review_fr_film_words[] = {
    "film", "long-métrage", "cinéma", "drame", "thriller", "comédie",
    "documentaire", "suite", "récit", "réalisation", "interprétation",
    "histoire", "scénario", "mise", NULL
};


/* where and when to watch */
static const char *const  review_fr_release[] = {
    "salles", "sortie", "sort", "streaming", "netflix", "disponible", "dvd",
    "blu-ray", NULL
};


/* "director X" */
static const char *const  review_fr_director[] = {
    "réalisateur", "réalisatrice", "cinéaste", "co-réalisateur",
    "metteur", NULL
};


/* "festival director X" is not the film's */
static const char *const  review_fr_not_film_dir[] = {
    "festival", "artistique", "casting", "musical", NULL
};


/* "X plays Y" */
static const char *const  review_fr_play[] = {
    "joue", "incarne", "interprète", "campe", NULL
};


/* a list of the cast follows */
static const char *const  review_fr_list_cues[] = {
    "avec", "casting", "distribution", "interprètes", NULL
};


/* "performance by X" */
static const char *const  review_fr_acting[] = {
    "interprétation", "performance", "rôle", "jeu", "prestation", NULL
};


/* "X is superb": said of actors */
static const char *const  review_fr_praise[] = {
    "excellent", "excellente", "remarquable", "formidable", "parfait",
    "parfaite", "impeccable", "bouleversant", "bouleversante", "magistral",
    "magistrale", "convaincant", "convaincante", "lumineux", "lumineuse",
    "touchant", "touchante", "épatant", "épatante", "étonnant",
    "étonnante", "juste", NULL
};


/* crew schema.org has no property for */
static const char *const  review_fr_crew[] = {
    "photographie", "monteur", "monteuse", "montage", "décors", "costumes",
    "effets", "chef-opérateur", NULL
};


/* people who are not in the film */
static const char *const  review_fr_other[] = {
    "critique", "critiques", "jury", "président", "présidente",
    "journaliste", "romancier", "romancière", "écrivain", "écrivaine", NULL
};


/* "writer X" */
static const char *const  review_fr_writer[] = {
    "scénariste", "scénaristes", "co-scénariste", NULL
};


/* what a film review talks of */
static const char *const  review_fr_film_vocab[] = {
    "film", "films", "cinéma", "réalisateur", "réalisatrice", "cinéaste",
    "réalisé", "scénario", "salles", "long-métrage", "documentaire",
    "tournage", "casting", "acteur", "actrice", "acteurs", "actrices",
    "métrage", "scène", "scènes", "personnage", "personnages", "intrigue",
    "bande-annonce", "spectateur", "spectateurs", "réalisation",
    "interprétation", NULL
};


/* what a TV review talks of */
static const char *const  review_fr_tv_vocab[] = {
    "série", "séries", "saison", "saisons", "épisode", "épisodes",
    "showrunner", "chaîne", "pilote", "feuilleton", NULL
};


/* what a book review talks of */
static const char *const  review_fr_book_vocab[] = {
    "roman", "romans", "livre", "livres", "chapitre", "chapitres", "pages",
    "éditions", "éditeur", "lecteurs", "romancier", "romancière",
    "poèmes", "poésie", NULL
};


/* what a game review talks of */
static const char *const  review_fr_game_vocab[] = {
    "jeu", "jeux", "gameplay", "joueur", "joueurs", "console", "manette",
    "niveaux", "multijoueur", NULL
};


/* what an actor is called before the name */
static const char *const  review_fr_roles[] = {
    "acteur", "actrice", "comédien", "comédienne", "vedette", NULL
};


/* who a character is: "her father (X)" */
static const char *const  review_fr_persons[] = {
    "père", "mère", "sœur", "soeur", "frère", "fils", "fille", "mari",
    "femme", "oncle", "tante", "ami", "amie", "voisin", "voisine", "patron",
    "patronne", "flic", "inspecteur", "commissaire", "avocat", "avocate",
    "médecin", "veuve", "veuf", "enfant", "garçon", "héros", "héroïne",
    NULL
};


/* a pull-quote should not lean on what came before it */
static const char *const  review_fr_weak[] = {
    "mais", "et", "ou", "donc", "pourtant", "cependant", "alors", "puis",
    "ensuite", "ainsi", "aussi", "il", "elle", "ils", "elles", "ce", "cette",
    "ces", "qui", "quand", "si", "car", "même", "enfin", NULL
};


/* a period after these does not end a sentence */
static const char *const  review_fr_abbrev[] = {
    "m", "mme", "mlle", "dr", "st", "janv", "févr", "avr", "juil", "sept",
    "oct", "nov", "déc", "etc", "cf", "p", NULL
};


/* the verdict form, "it is a ...": its verb */
static const char *const  review_fr_verdict_verbs[] = {
    "c'est", "c’est", "est", NULL
};


/* and what follows the verb */
static const char *const  review_fr_verdict_articles[] = {
    "un", "une", "le", "la", NULL
};


/* a viewer who saw the work: "j'ai vu", "revu" */
static const char *const  review_fr_view_verbs[] = {
    "vu", "revu", "regard\xc3\xa9", "visionn\xc3\xa9", NULL
};


/* a viewer's liking or not */
static const char *const  review_fr_like_verbs[] = {
    "aim\xc3\xa9", "ador\xc3\xa9", "appr\xc3\xa9\x63i\xc3\xa9",
    "d\xc3\xa9test\xc3\xa9", "recommande", "conseille", NULL
};


/* someone else's words reported */
/* "Publié le 2 décembre 2025": a byline's first word */
static const char *const  review_fr_byline_leads[] = {
    "publi\xc3\xa9", "publi\xc3\xa9\x65", "post\xc3\xa9",
    "post\xc3\xa9\x65", "r\xc3\xa9\x64ig\xc3\xa9",
    "r\xc3\xa9\x64ig\xc3\xa9\x65", NULL
};


static const char *const  review_fr_said_verbs[] = {
    "d\xc3\xa9\x63lar\xc3\xa9", "explique", "raconte", "confie",
    "affirme", "ajoute", "d\xc3\xa9\x63lare", NULL
};


/* a credit label's "of" in a facts line: "Réalisation de A" */
/* "un film de X": the work, then its director (the lexicon's genre nouns) */
static const char *const  review_fr_genre_nouns[] = {
    "long-m\xc3\xa9trage", "documentaire", "court-m\xc3\xa9trage", NULL
};


static const char *const  review_fr_label_of[] = {
    "de", NULL
};


/* a score's scale: "7 sur 10" */
static const char *const  review_fr_scale_of[] = {
    "sur", NULL
};


/* a score in stars: "4 étoiles" */
static const char *const  review_fr_stars[] = {
    "étoile", "étoiles", NULL
};


static const review_lang_list_t  review_fr_lists[] = {
    { review_fr_function, REVIEW_LEX_FUNCTION },
    { review_fr_eval, REVIEW_LEX_EVAL },
    { review_fr_strong, REVIEW_LEX_STRONG },
    { review_fr_hedge, REVIEW_LEX_HEDGE },
    { review_fr_rating, REVIEW_LEX_RATING_CUE },
    { review_fr_film_words, REVIEW_LEX_FILM_WORD },
    { review_fr_release, REVIEW_LEX_RELEASE },
    { review_fr_director, REVIEW_LEX_DIRECTOR },
    { review_fr_not_film_dir, REVIEW_LEX_NOT_FILM_DIR },
    { review_fr_play, REVIEW_LEX_PLAY },
    { review_fr_list_cues, REVIEW_LEX_LIST_CUE },
    { review_fr_acting, REVIEW_LEX_ACTING },
    { review_fr_praise, REVIEW_LEX_PRAISE },
    { review_fr_crew, REVIEW_LEX_CREW },
    { review_fr_other, REVIEW_LEX_OTHER },
    { review_fr_writer, REVIEW_LEX_WRITER },
    { review_fr_film_vocab, REVIEW_LEX_VOCAB_FILM },
    { review_fr_tv_vocab, REVIEW_LEX_VOCAB_TV },
    { review_fr_book_vocab, REVIEW_LEX_VOCAB_BOOK },
    { review_fr_game_vocab, REVIEW_LEX_VOCAB_GAME },
    { review_fr_roles, REVIEW_LEX_ROLE },
    { review_fr_persons, REVIEW_LEX_PERSON },
    { review_fr_weak, REVIEW_LEX_WEAK_OPENER },
    { review_fr_abbrev, REVIEW_LEX_ABBREV },
    { review_fr_verdict_verbs, REVIEW_LEX_VERDICT_IS },
    { review_fr_verdict_articles, REVIEW_LEX_VERDICT_A },
    { review_fr_view_verbs, REVIEW_LEX_VIEW },
    { review_fr_like_verbs, REVIEW_LEX_LIKE },
    { review_fr_said_verbs, REVIEW_LEX_SAID },
    { review_fr_byline_leads, REVIEW_LEX_BYLINE_LEAD },
    { review_fr_label_of, REVIEW_LEX_LABEL_OF },
    { review_fr_genre_nouns, REVIEW_LEX_GENRE },
    { review_fr_scale_of, REVIEW_LEX_SCALE_OF },
    { review_fr_stars, REVIEW_LEX_STARS },
    { NULL, 0 }
};


/* "Réalisation : A", "réalisé par A" */
static const review_lang_credit_t  review_fr_credits[] = {
    { "réalisation", REVIEW_CREDIT_DIR, 0, 0 },
    { "réalisateur", REVIEW_CREDIT_DIR, 0, 0 },
    { "réalisatrice", REVIEW_CREDIT_DIR, 0, 0 },
    { "réalisé", 0, REVIEW_CREDIT_DIR, 0 },
    { "réalisée", 0, REVIEW_CREDIT_DIR, 0 },
    { "dirigé", 0, REVIEW_CREDIT_DIR, 0 },
    { "scène", 0, REVIEW_CREDIT_DIR, 0 },
    { "scénario", REVIEW_CREDIT_WRI, 0, 0 },
    { "scénariste", REVIEW_CREDIT_WRI, 0, 0 },
    { "écrit", 0, REVIEW_CREDIT_WRI, 0 },
    { "écrite", 0, REVIEW_CREDIT_WRI, 0 },
    { "musique", REVIEW_CREDIT_COMP, 0, 0 },
    { "composée", 0, REVIEW_CREDIT_COMP, 0 },
    { "production", REVIEW_CREDIT_PROD, 0, 0 },
    { "producteur", REVIEW_CREDIT_PROD, 0, 0 },
    { "produit", 0, REVIEW_CREDIT_PROD, 0 },
    { "avec", REVIEW_CREDIT_ACT, 0, 0 },
    { "acteurs", REVIEW_CREDIT_ACT, 0, 0 },
    { "distribution", REVIEW_CREDIT_ACT, 0, 0 },
    { "interprètes", REVIEW_CREDIT_ACT, 0, 0 },
    { "casting", REVIEW_CREDIT_ACT, 0, 0 },
    { "montage", REVIEW_CREDIT_CREW, 0, 0 },
    { "photographie", REVIEW_CREDIT_CREW, 0, 0 },
    { "joué", 0, REVIEW_CREDIT_ACT, 0 },
    { "jouée", 0, REVIEW_CREDIT_ACT, 0 },
    { "incarné", 0, REVIEW_CREDIT_ACT, 0 },
    { "incarnée", 0, REVIEW_CREDIT_ACT, 0 },
    { "interprété", 0, REVIEW_CREDIT_ACT, 0 },
    { "interprétée", 0, REVIEW_CREDIT_ACT, 0 },
    { NULL, 0, 0, 0 }
};


/* a credit's "by" */
static const char *const  review_fr_by[] = {
    "par", NULL
};


static const review_lang_month_t  review_fr_months[] = {
    { "janvier", 1 }, { "février", 2 }, { "fevrier", 2 }, { "mars", 3 },
    { "avril", 4 }, { "mai", 5 }, { "juin", 6 }, { "juillet", 7 },
    { "août", 8 }, { "aout", 8 }, { "septembre", 9 }, { "octobre", 10 },
    { "novembre", 11 }, { "décembre", 12 }, { "decembre", 12 },
    { "janv", 1 }, { "févr", 2 }, { "avr", 4 }, { "juil", 7 },
    { "déc", 12 }, { NULL, 0 }
};


/* its most frequent words: they tell the language */
static const char *const  review_fr_common[] = {
    "le", "la", "les", "des", "et", "est", "un", "une", "du", "que", "qui",
    "dans", "pour", "pas", "sur", "avec", "il", "elle", "au", "ce", "mais",
    "plus", "sont", "ont", "été", "cette", "nous", "je", "aux", "comme",
    NULL
};


/* a title, URL or section that says "review" */
static const char *const  review_fr_review_words[] = {
    "critique", "chronique", NULL
};


/* "Critique : X", "Critique du film X" */
static const char *const  review_fr_title_prefixes[] = {
    "critique :", "critique:", "critique –", "critique -", "critique |",
    "critique du film", "critique de", "critique film :", "critique film",
    "[critique]", "chronique :", "chronique –", "mon avis sur", "avis :",
    "j'ai vu…", "j'ai vu :", "j'ai vu...", "j’ai vu…", NULL
};


/* what stands between a name and the review word: "X : notre critique" */
static const char *const  review_fr_title_fillers[] = {
    "la", "le", "notre", "ma", "mon", "une", "en", "film", NULL
};


/* what opens a byline: "par" */
static const char *const  review_fr_byline[] = {
    "par", "auteur :", "auteur:", "texte :", "rédigé par", NULL
};


/*
 * the critic's verdict under a label: "Notre avis : à voir"; a label
 * opening a block or a sentence, followed by a colon, or a heading alone
 */
static const char *const  review_fr_verdict_labels[] = {
    "notre avis", "notre verdict", NULL
};


/* endings a word takes: "s" is looked up without them too */
static const char *const  review_fr_endings[] = {
    "s", "x", NULL
};


/* "Ciné : X", "DVD : X": a label, not the name */
static const char *const  review_fr_title_labels[] = {
    "ciné:", "cinéma:", "film:", "dvd:", "blu-ray:", "vu au cinéma:",
    "j'ai vu", "j’ai vu", "à propos de", NULL
};


/* a score as a bar, not a verdict: "4 étoiles ou plus" */
static const char *const  review_fr_thresholds[] = {
    "ou plus", "et plus", NULL
};


const review_lang_t  review_lang_fr = {
    "fr", review_fr_lists, review_fr_credits, review_fr_by,
    review_fr_months, review_fr_common, review_fr_review_words,
    review_fr_title_prefixes, review_fr_title_fillers,
    review_fr_title_labels, NULL,
    NULL, review_fr_byline, review_fr_endings,
    review_fr_verdict_labels, NULL,
    review_fr_thresholds, 0, 0
};
