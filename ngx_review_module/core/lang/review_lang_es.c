
/*
 * Copyright (C) ngx_review_module developers
 */


#include "review_lang.h"
#include "review_lexicon.h"


/*
 * Spanish.
 */


/* capitalised, no name */
static const char *const  review_es_function[] = {
    "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "y", "o",
    "pero", "que", "de", "del", "al", "en", "con", "sin", "por", "para",
    "sobre", "entre", "desde", "hasta", "como", "cuando", "si", "se", "su",
    "sus", "es", "este", "esta", "estos", "estas", "eso", "ese", "esa",
    "esos", "esas", "él", "ella", "ellos", "ellas", "yo", "mi", "mis",
    "nuestro", "nuestra", "también", "ya", "aún", "muy", "más", "menos",
    "aunque", "porque", "donde", "quien", "así", "tras", "ante", "película",
    "crítica", "director", "reparto", "sinopsis", "lunes", "martes",
    "miércoles", "jueves", "viernes", "sábado", "domingo", "enero",
    "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre", "temporada",
    "episodio", NULL
};


/* words of judgement */
static const char *const  review_es_eval[] = {
    "magnífica", "magnífico", "brillante", "excelente", "extraordinaria",
    "extraordinario", "conmovedora", "conmovedor", "emocionante", "potente",
    "impecable", "notable", "sobresaliente", "decepcionante", "decepción",
    "aburrida", "aburrido", "lenta", "lento", "previsible", "floja", "flojo",
    "mediocre", "fallida", "fallido", "divertida", "divertido", "hermosa",
    "hermoso", "bella", "bello", "buena", "bueno", "mejor", "peor", "mala",
    "malo", "imprescindible", "genial", "fascinante", "absorbente", "intensa",
    "intenso", "sólida", "sólido", "entretenida", "entretenido",
    "recomendable", "maestra", "soberbia", "soberbio", "maravillosa",
    "maravilloso", "redonda", "insufrible", "tediosa", "tedioso", "bien",
    "mal", "buenísima", "buenísimo", "perfecta", "perfecto", "gustó",
    "encantó", "recomiendo", "recomendada", "merece", "vale", "decepcionó",
    "aburre", "excelentes", "preciosa", "precioso", "espectacular",
    "impresionante", "original", "ridículo", "absurdo", "divertidísima",
    "emotiva", "emotivo", "entrañable", "correcta", "correcto", "agradable",
    "refinada", "refinado", "deliciosa", "delicioso", "magistral",
    "cautivadora", "cautivador", "memorable", "inolvidable", "pésima",
    "pésimo", "horrible", "peliculón", "bonita", "bonito", "increíble",
    "sublime", "estupenda", "estupendo", "fantástica", "fantástico",
    "sorprendente", "impresionada", "impresionado", NULL
};


/* the strongest verdicts */
static const char *const  review_es_strong[] = {
    "imprescindible", "maestra", "decepción", "fracaso", "mejor", "peor",
    "insufrible", NULL
};


/* the reviewer, first person */
static const char *const  review_es_hedge[] = {
    "yo", "me", "mi", "mis", "nosotros", "nuestro", "nuestra", "creo",
    "personalmente", "pienso", "opinión", "vi", "ví", "disfruté",
    "recomiendo", "confieso", NULL
};


/* words that speak of a rating */
static const char *const  review_es_rating[] = {
    "nota", "puntuación", "calificación", "valoración", "estrellas",
    "estrella", "veredicto", NULL
};


/* words about a film, for a quote */
static const char *const  review_es_film_words[] = {
    "película", "film", "filme", "cinta", "drama", "thriller", "comedia",
    "documental", "secuela", "historia", "largometraje", "peli", "peliculón",
    NULL
};


/* where and when to watch */
static const char *const  review_es_release[] = {
    "cines", "salas", "estreno", "estrena", "streaming", "netflix",
    "disponible", NULL
};


/* "director X" */
static const char *const  review_es_director[] = {
    "director", "directora", "cineasta", "realizador", "realizadora", NULL
};


/* "festival director X" is not the film's */
static const char *const  review_es_not_film_dir[] = {
    "festival", "artístico", "artística", "casting", "musical", NULL
};


/* "X plays Y" */
static const char *const  review_es_play[] = {
    "interpreta", "encarna", NULL
};


/* a list of the cast follows */
static const char *const  review_es_list_cues[] = {
    "protagonizada", "protagonizado", "reparto", "elenco", NULL
};


/* "performance by X" */
static const char *const  review_es_acting[] = {
    "interpretación", "actuación", "papel", "trabajo", NULL
};


/* "X is superb": said of actors */
static const char *const  review_es_praise[] = {
    "excelente", "brillante", "magnífica", "magnífico", "soberbia",
    "soberbio", "convincente", "impecable", "espléndida", "espléndido",
    "maravillosa", "maravilloso", NULL
};


/* crew schema.org has no property for */
static const char *const  review_es_crew[] = {
    "fotografía", "montaje", "edición", "vestuario", "efectos", NULL
};


/* people who are not in the film */
static const char *const  review_es_other[] = {
    "crítico", "jurado", "presidente", "presidenta", "periodista",
    "novelista", "escritor", "escritora", NULL
};


/* "writer X" */
static const char *const  review_es_writer[] = {
    "guionista", "guionistas", NULL
};


/* what a film review talks of */
static const char *const  review_es_film_vocab[] = {
    "película", "películas", "cine", "director", "directora", "cineasta",
    "guion", "guión", "rodaje", "estreno", "actor", "actriz", "taquilla",
    "documental", "largometraje", "escena", "escenas", "personaje",
    "personajes", "trama", "espectador", "espectadores", "tráiler", "peli",
    "pelis", "peliculón", "reparto", "interpretación", "interpretaciones",
    NULL
};


/* what a TV review talks of */
static const char *const  review_es_tv_vocab[] = {
    "serie", "series", "temporada", "temporadas", "episodio", "episodios",
    "capítulo", "capítulos", "showrunner", "cadena", NULL
};


/* what a book review talks of */
static const char *const  review_es_book_vocab[] = {
    "novela", "novelas", "libro", "libros", "páginas", "editorial",
    "lectores", "novelista", "poemas", "poesía", NULL
};


/* what a game review talks of */
static const char *const  review_es_game_vocab[] = {
    "juego", "juegos", "videojuego", "videojuegos", "jugador", "jugadores",
    "consola", "niveles", "multijugador", NULL
};


/* what an actor is called before the name */
static const char *const  review_es_roles[] = {
    "actor", "actriz", "protagonista", "estrella", NULL
};


/* who a character is: "her father (X)" */
static const char *const  review_es_persons[] = {
    "padre", "madre", "hermana", "hermano", "hijo", "hija", "marido",
    "esposa", "tío", "tía", "amigo", "amiga", "vecino", "vecina", "jefe",
    "policía", "detective", "abogado", "abogada", "médico", "viuda",
    "niño", "niña", "héroe", "heroína", NULL
};


/* a pull-quote should not lean on what came before it */
static const char *const  review_es_weak[] = {
    "pero", "y", "o", "aunque", "además", "también", "entonces", "así",
    "él", "ella", "ellos", "esto", "este", "esta", "que", "cuando", "si",
    "porque", NULL
};


/* a period after these does not end a sentence */
static const char *const  review_es_abbrev[] = {
    "sr", "sra", "srta", "dr", "dra", "ene", "feb", "abr", "jun", "jul",
    "sept", "oct", "nov", "dic", "etc", "pág", NULL
};


/* the verdict form, "it is a ...": its verb */
static const char *const  review_es_verdict_verbs[] = {
    "es", NULL
};


/* and what follows the verb */
static const char *const  review_es_verdict_articles[] = {
    "un", "una", "el", "la", "uno", NULL
};


/* a viewer who saw the work: "la vi", "he visto" */
static const char *const  review_es_view_verbs[] = {
    "visto", "vi", "vimos", "mirado", "ví", NULL
};


/* a viewer's liking or not */
static const char *const  review_es_like_verbs[] = {
    "gust\xc3\xb3", "encant\xc3\xb3", "recomiendo", "disfrut\xc3\xa9",
    "encanta", "gusta", "adoro", NULL
};


/* someone else's words reported */
static const char *const  review_es_said_verbs[] = {
    "dijo", "explic\xc3\xb3", "afirm\xc3\xb3", "declar\xc3\xb3",
    "cont\xc3\xb3", NULL
};


/* readers' votes beside a score are not the reviewer's: "(12 votos)" */
static const char *const  review_es_third_party[] = {
    "votos", "votaciones", NULL
};


/* a credit label's "of" in a facts line: "Dirección de A", "Guion de A" */
/* "un film de X": the work, then its director (the lexicon's genre nouns) */
static const char *const  review_es_genre_nouns[] = {
    "pel\xc3\xad" "cula", "filme", "documental", "cinta", "largometraje",
    "cortometraje", NULL
};


static const char *const  review_es_label_of[] = {
    "de", "sobre", NULL
};


/* a score's scale: "4 de 5" */
static const char *const  review_es_scale_of[] = {
    "de", "sobre", NULL
};


/* a score in stars: "4 estrellas" */
static const char *const  review_es_stars[] = {
    "estrella", "estrellas", NULL
};


static const review_lang_list_t  review_es_lists[] = {
    { review_es_function, REVIEW_LEX_FUNCTION },
    { review_es_eval, REVIEW_LEX_EVAL },
    { review_es_strong, REVIEW_LEX_STRONG },
    { review_es_hedge, REVIEW_LEX_HEDGE },
    { review_es_rating, REVIEW_LEX_RATING_CUE },
    { review_es_film_words, REVIEW_LEX_FILM_WORD },
    { review_es_release, REVIEW_LEX_RELEASE },
    { review_es_director, REVIEW_LEX_DIRECTOR },
    { review_es_not_film_dir, REVIEW_LEX_NOT_FILM_DIR },
    { review_es_play, REVIEW_LEX_PLAY },
    { review_es_list_cues, REVIEW_LEX_LIST_CUE },
    { review_es_acting, REVIEW_LEX_ACTING },
    { review_es_praise, REVIEW_LEX_PRAISE },
    { review_es_crew, REVIEW_LEX_CREW },
    { review_es_other, REVIEW_LEX_OTHER },
    { review_es_writer, REVIEW_LEX_WRITER },
    { review_es_film_vocab, REVIEW_LEX_VOCAB_FILM },
    { review_es_tv_vocab, REVIEW_LEX_VOCAB_TV },
    { review_es_book_vocab, REVIEW_LEX_VOCAB_BOOK },
    { review_es_game_vocab, REVIEW_LEX_VOCAB_GAME },
    { review_es_roles, REVIEW_LEX_ROLE },
    { review_es_persons, REVIEW_LEX_PERSON },
    { review_es_weak, REVIEW_LEX_WEAK_OPENER },
    { review_es_abbrev, REVIEW_LEX_ABBREV },
    { review_es_verdict_verbs, REVIEW_LEX_VERDICT_IS },
    { review_es_verdict_articles, REVIEW_LEX_VERDICT_A },
    { review_es_view_verbs, REVIEW_LEX_VIEW },
    { review_es_like_verbs, REVIEW_LEX_LIKE },
    { review_es_said_verbs, REVIEW_LEX_SAID },
    { review_es_third_party, REVIEW_LEX_THIRD },
    { review_es_label_of, REVIEW_LEX_LABEL_OF },
    { review_es_genre_nouns, REVIEW_LEX_GENRE },
    { review_es_scale_of, REVIEW_LEX_SCALE_OF },
    { review_es_stars, REVIEW_LEX_STARS },
    { NULL, 0 }
};


/* "Dirección: A", "dirigida por A" */
static const review_lang_credit_t  review_es_credits[] = {
    { "dirección", REVIEW_CREDIT_DIR, 0, 0 },
    { "director", REVIEW_CREDIT_DIR, 0, 0 },
    { "directora", REVIEW_CREDIT_DIR, 0, 0 },
    { "dirigida", 0, REVIEW_CREDIT_DIR, 0 },
    { "dirigido", 0, REVIEW_CREDIT_DIR, 0 },
    { "dirige", 0, 0, REVIEW_CREDIT_DIR },      /* "A escribe y dirige" */
    { "dirigió", 0, 0, REVIEW_CREDIT_DIR },
    { "guion", REVIEW_CREDIT_WRI, 0, 0 },
    { "guión", REVIEW_CREDIT_WRI, 0, 0 },
    { "escrita", 0, REVIEW_CREDIT_WRI, 0 },
    { "escrito", 0, REVIEW_CREDIT_WRI, 0 },
    { "escribe", 0, 0, REVIEW_CREDIT_WRI },
    { "escribió", 0, 0, REVIEW_CREDIT_WRI },
    { "música", REVIEW_CREDIT_COMP, 0, 0 },
    { "compuesta", 0, REVIEW_CREDIT_COMP, 0 },
    { "producción", REVIEW_CREDIT_PROD, 0, 0 },
    { "productor", REVIEW_CREDIT_PROD, 0, 0 },
    { "producida", 0, REVIEW_CREDIT_PROD, 0 },
    { "producido", 0, REVIEW_CREDIT_PROD, 0 },
    { "reparto", REVIEW_CREDIT_ACT, 0, 0 },
    { "elenco", REVIEW_CREDIT_ACT, 0, 0 },
    { "intérpretes", REVIEW_CREDIT_ACT, 0, 0 },
    { "protagonistas", REVIEW_CREDIT_ACT, 0, 0 },
    { "protagonizada", 0, REVIEW_CREDIT_ACT, 0 },
    { "protagonizado", 0, REVIEW_CREDIT_ACT, 0 },
    { "fotografía", REVIEW_CREDIT_CREW, 0, 0 },
    { "montaje", REVIEW_CREDIT_CREW, 0, 0 },
    { "interpretado", 0, REVIEW_CREDIT_ACT, 0 },
    { "interpretada", 0, REVIEW_CREDIT_ACT, 0 },
    { "encarnado", 0, REVIEW_CREDIT_ACT, 0 },
    { "encarnada", 0, REVIEW_CREDIT_ACT, 0 },
    { NULL, 0, 0, 0 }
};


/* a credit's "by" */
static const char *const  review_es_by[] = {
    "por", NULL
};


static const review_lang_month_t  review_es_months[] = {
    { "enero", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 },
    { "mayo", 5 }, { "junio", 6 }, { "julio", 7 }, { "agosto", 8 },
    { "septiembre", 9 }, { "setiembre", 9 }, { "octubre", 10 },
    { "noviembre", 11 }, { "diciembre", 12 }, { "ene", 1 }, { "abr", 4 },
    { "dic", 12 }, { NULL, 0 }
};


/* its most frequent words: they tell the language */
static const char *const  review_es_common[] = {
    "de", "la", "que", "el", "en", "y", "los", "se", "del", "las", "un",
    "por", "con", "una", "su", "para", "es", "al", "lo", "como", "más",
    "pero", "sus", "le", "ya", "este", "esta", "muy", "también", NULL
};


/* a title, URL or section that says "review" */
static const char *const  review_es_review_words[] = {
    "crítica", "critica", "reseña", "resena", NULL
};


/* "Crítica: X", "Reseña de X" */
static const char *const  review_es_title_prefixes[] = {
    "crítica:", "critica:", "crítica –", "crítica -", "crítica |",
    "crítica de", "crítica de la película", "reseña:", "reseña –",
    "reseña de", "[crítica]", NULL
};


/* what stands between a name and the review word: "X : notre critique" */
static const char *const  review_es_title_fillers[] = {
    "la", "nuestra", "mi", "película", NULL
};


/* what opens a byline: "por" */
static const char *const  review_es_byline[] = {
    "por", "autor:", "autora:", "escrito por", NULL
};


/*
 * the critic's verdict under a label: "Nuestra opinión: muy buena"; a
 * label opening a block or a sentence, followed by a colon, or a heading
 * alone
 */
static const char *const  review_es_verdict_labels[] = {
    "nuestra opinión", "veredicto", "nuestro veredicto", NULL
};


/* endings a word takes: "s" is looked up without them too */
static const char *const  review_es_endings[] = {
    "s", NULL
};


/* "Cine: X", "Película: X": a label, not the name */
static const char *const  review_es_title_labels[] = {
    "cine:", "película:", "pelicula:", "dvd:", "visto:", NULL
};


/* a score as a bar, not a verdict: "un 7 o más" */
static const char *const  review_es_thresholds[] = {
    "o más", "o mas", NULL
};


const review_lang_t  review_lang_es = {
    "es", review_es_lists, review_es_credits, review_es_by,
    review_es_months, review_es_common, review_es_review_words,
    review_es_title_prefixes, review_es_title_fillers,
    review_es_title_labels, NULL,
    NULL, review_es_byline, review_es_endings,
    review_es_verdict_labels, NULL,
    review_es_thresholds, 0, 0
};
