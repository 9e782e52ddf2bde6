
/*
 * Copyright (C) ngx_review_module developers
 */


#include "review_lang.h"
#include "review_lexicon.h"


/*
 * Portuguese (Brazil and Portugal).
 */


/* capitalised, no name */
static const char *const  review_pt_function[] = {
    "o", "a", "os", "as", "um", "uma", "uns", "umas", "e", "ou", "mas", "que",
    "de", "do", "da", "dos", "das", "no", "na", "nos", "nas", "em", "com",
    "sem", "por", "para", "pelo", "pela", "sobre", "entre", "como", "quando",
    "se", "seu", "sua", "seus", "suas", "ele", "ela", "eles", "elas", "eu",
    "meu", "minha", "este", "esta", "esse", "essa", "isso", "isto", "também",
    "já", "muito", "mais", "menos", "porque", "onde", "quem", "assim",
    "após", "filme", "crítica", "diretor", "elenco", "sinopse", "segunda",
    "terça", "quarta", "quinta", "sexta", "sábado", "domingo", "janeiro",
    "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
    "setembro", "outubro", "novembro", "dezembro", "temporada", "episódio",
    NULL
};


/* words of judgement */
static const char *const  review_pt_eval[] = {
    "obra-prima", "magnífico", "magnífica", "brilhante", "excelente",
    "extraordinário", "extraordinária", "emocionante", "comovente",
    "poderoso", "poderosa", "impecável", "notável", "decepcionante",
    "decepção", "chato", "chata", "entediante", "lento", "lenta",
    "previsível", "fraco", "fraca", "medíocre", "divertido", "divertida",
    "bonito", "bonita", "belo", "bela", "bom", "boa", "melhor", "pior", "ruim",
    "imperdível", "genial", "fascinante", "envolvente", "intenso", "intensa",
    "sólido", "sólida", "recomendável", "maravilhoso", "maravilhosa",
    "incrível", "cansativo", "arrastado", "bem", "mal", "ótimo", "ótima",
    "perfeito", "perfeita", "gostei", "adorei", "recomendo", "vale", "merece",
    "decepcionou", "lindo", "linda", "espetacular", "impressionante",
    "original", "ridículo", "competente", "interessante", "bacana", "legal",
    "sensacional", "refinado", "refinada", "gracioso", "graciosa",
    "formidável", "delicioso", "deliciosa", "magistral", "primoroso",
    "primorosa", "marcante", "cativante", "memorável", "inesquecível",
    "péssimo", "péssima", "horrível", "fantástico", "fantástica",
    "surpreendente", "tocante", "belíssimo", "belíssima", NULL
};


/* the strongest verdicts */
static const char *const  review_pt_strong[] = {
    "obra-prima", "imperdível", "decepção", "fracasso", "melhor", "pior",
    NULL
};


/* the reviewer, first person */
static const char *const  review_pt_hedge[] = {
    "eu", "me", "mim", "meu", "minha", "meus", "minhas", "nós", "nosso",
    "nossa", "acho", "gostei", "adorei", "achei", "opinião", "vi", "gosto",
    "adoro", "amo", "amei", "assisti", "confesso", "recomendo", NULL
};


/* words that speak of a rating */
static const char *const  review_pt_rating[] = {
    "nota", "avaliação", "classificação", "estrelas", "estrela",
    "veredito", "cotação", NULL
};


/* words about a film, for a quote */
static const char *const  review_pt_film_words[] = {
    "filme", "película", "drama", "thriller", "comédia", "documentário",
    "sequência", "história", "longa-metragem", "longa", NULL
};


/* where and when to watch */
static const char *const  review_pt_release[] = {
    "cinemas", "salas", "estreia", "estreou", "streaming", "netflix",
    "disponível", NULL
};


/* "director X" */
static const char *const  review_pt_director[] = {
    "diretor", "diretora", "realizador", "realizadora", "cineasta", NULL
};


/* "festival director X" is not the film's */
static const char *const  review_pt_not_film_dir[] = {
    "festival", "artístico", "artística", "casting", "musical", NULL
};


/* "X plays Y" */
static const char *const  review_pt_play[] = {
    "interpreta", "encarna", "vive", NULL
};


/* a list of the cast follows */
static const char *const  review_pt_list_cues[] = {
    "estrelado", "estrelada", "elenco", "protagonizado", NULL
};


/* "performance by X" */
static const char *const  review_pt_acting[] = {
    "interpretação", "atuação", "papel", "trabalho", "desempenho", NULL
};


/* "X is superb": said of actors */
static const char *const  review_pt_praise[] = {
    "excelente", "brilhante", "magnífico", "magnífica", "convincente",
    "impecável", "ótimo", "ótima", "maravilhoso", "maravilhosa", NULL
};


/* crew schema.org has no property for */
static const char *const  review_pt_crew[] = {
    "fotografia", "montagem", "edição", "figurino", "efeitos", NULL
};


/* people who are not in the film */
static const char *const  review_pt_other[] = {
    "crítico", "júri", "presidente", "jornalista", "romancista", "escritor",
    "escritora", NULL
};


/* "writer X" */
static const char *const  review_pt_writer[] = {
    "roteirista", "roteiristas", "argumentista", NULL
};


/* what a film review talks of */
static const char *const  review_pt_film_vocab[] = {
    "filme", "filmes", "cinema", "diretor", "diretora", "cineasta", "roteiro",
    "estreia", "ator", "atriz", "bilheteria", "documentário",
    "longa-metragem", "cena", "cenas", "personagem", "personagens", "trama",
    "enredo", "espectador", "espectadores", "trailer", "elenco", "atuação",
    "atuações", "direção", "filmaço", NULL
};


/* what a TV review talks of */
static const char *const  review_pt_tv_vocab[] = {
    "série", "séries", "temporada", "temporadas", "episódio", "episódios",
    "capítulo", "capítulos", NULL
};


/* what a book review talks of */
static const char *const  review_pt_book_vocab[] = {
    "romance", "romances", "livro", "livros", "páginas", "editora",
    "leitores", "poemas", "poesia", NULL
};


/* what a game review talks of */
static const char *const  review_pt_game_vocab[] = {
    "jogo", "jogos", "videogame", "jogador", "jogadores", "console",
    "níveis", NULL
};


/* what an actor is called before the name */
static const char *const  review_pt_roles[] = {
    "ator", "atriz", "protagonista", "estrela", NULL
};


/* who a character is: "her father (X)" */
static const char *const  review_pt_persons[] = {
    "pai", "mãe", "irmã", "irmão", "filho", "filha", "marido", "esposa",
    "tio", "tia", "amigo", "amiga", "vizinho", "vizinha", "chefe", "policial",
    "detetive", "advogado", "advogada", "médico", "viúva", "menino",
    "menina", "herói", "heroína", NULL
};


/* a pull-quote should not lean on what came before it */
static const char *const  review_pt_weak[] = {
    "mas", "e", "ou", "porém", "contudo", "também", "então", "assim",
    "ele", "ela", "eles", "isso", "este", "esta", "que", "quando", "se",
    "porque", NULL
};


/* a period after these does not end a sentence */
static const char *const  review_pt_abbrev[] = {
    "sr", "sra", "dr", "dra", "jan", "fev", "abr", "jun", "jul", "ago", "dez",
    "etc", "pág", NULL
};


/* the verdict form, "it is a ...": its verb */
static const char *const  review_pt_verdict_verbs[] = {
    "é", NULL
};


/* and what follows the verb */
static const char *const  review_pt_verdict_articles[] = {
    "um", "uma", "o", "a", NULL
};


/* a viewer who saw the work: "assisti", "vi" */
static const char *const  review_pt_view_verbs[] = {
    "vi", "vimos", "assisti", "assistimos", "assistido", "visto", NULL
};


/* a viewer's liking or not */
static const char *const  review_pt_like_verbs[] = {
    "gostei", "adorei", "recomendo", "amei", "gosto", "adoro", "amo", NULL
};


/* someone else's words reported */
static const char *const  review_pt_said_verbs[] = {
    "disse", "afirmou", "explicou", "contou", "declarou", NULL
};


/* readers' votes beside a score are not the reviewer's: "(12 votos)" */
static const char *const  review_pt_third_party[] = {
    "votos", NULL
};


/* a credit label's "of" in a facts line: "Direção de A", "Roteiro de A" */
/* "un film de X": the work, then its director (the lexicon's genre nouns) */
static const char *const  review_pt_genre_nouns[] = {
    "filme", "longa", "longa-metragem", "document\xc3\xa1rio", "curta",
    "curta-metragem", NULL
};


static const char *const  review_pt_label_of[] = {
    "de", NULL
};


/* a score's scale: "4 de 5" */
static const char *const  review_pt_scale_of[] = {
    "de", NULL
};


/* a score in stars: "4 estrelas" */
static const char *const  review_pt_stars[] = {
    "estrela", "estrelas", NULL
};


static const review_lang_list_t  review_pt_lists[] = {
    { review_pt_function, REVIEW_LEX_FUNCTION },
    { review_pt_eval, REVIEW_LEX_EVAL },
    { review_pt_strong, REVIEW_LEX_STRONG },
    { review_pt_hedge, REVIEW_LEX_HEDGE },
    { review_pt_rating, REVIEW_LEX_RATING_CUE },
    { review_pt_film_words, REVIEW_LEX_FILM_WORD },
    { review_pt_release, REVIEW_LEX_RELEASE },
    { review_pt_director, REVIEW_LEX_DIRECTOR },
    { review_pt_not_film_dir, REVIEW_LEX_NOT_FILM_DIR },
    { review_pt_play, REVIEW_LEX_PLAY },
    { review_pt_list_cues, REVIEW_LEX_LIST_CUE },
    { review_pt_acting, REVIEW_LEX_ACTING },
    { review_pt_praise, REVIEW_LEX_PRAISE },
    { review_pt_crew, REVIEW_LEX_CREW },
    { review_pt_other, REVIEW_LEX_OTHER },
    { review_pt_writer, REVIEW_LEX_WRITER },
    { review_pt_film_vocab, REVIEW_LEX_VOCAB_FILM },
    { review_pt_tv_vocab, REVIEW_LEX_VOCAB_TV },
    { review_pt_book_vocab, REVIEW_LEX_VOCAB_BOOK },
    { review_pt_game_vocab, REVIEW_LEX_VOCAB_GAME },
    { review_pt_roles, REVIEW_LEX_ROLE },
    { review_pt_persons, REVIEW_LEX_PERSON },
    { review_pt_weak, REVIEW_LEX_WEAK_OPENER },
    { review_pt_abbrev, REVIEW_LEX_ABBREV },
    { review_pt_verdict_verbs, REVIEW_LEX_VERDICT_IS },
    { review_pt_verdict_articles, REVIEW_LEX_VERDICT_A },
    { review_pt_view_verbs, REVIEW_LEX_VIEW },
    { review_pt_like_verbs, REVIEW_LEX_LIKE },
    { review_pt_said_verbs, REVIEW_LEX_SAID },
    { review_pt_third_party, REVIEW_LEX_THIRD },
    { review_pt_label_of, REVIEW_LEX_LABEL_OF },
    { review_pt_genre_nouns, REVIEW_LEX_GENRE },
    { review_pt_scale_of, REVIEW_LEX_SCALE_OF },
    { review_pt_stars, REVIEW_LEX_STARS },
    { NULL, 0 }
};


/* "Direção: A", "dirigido por A" */
static const review_lang_credit_t  review_pt_credits[] = {
    { "direção", REVIEW_CREDIT_DIR, 0, 0 },
    { "diretor", REVIEW_CREDIT_DIR, 0, 0 },
    { "diretora", REVIEW_CREDIT_DIR, 0, 0 },
    { "realização", REVIEW_CREDIT_DIR, 0, 0 },
    { "dirigido", 0, REVIEW_CREDIT_DIR, 0 },
    { "dirigida", 0, REVIEW_CREDIT_DIR, 0 },
    { "realizado", 0, REVIEW_CREDIT_DIR, 0 },
    { "roteiro", REVIEW_CREDIT_WRI, 0, 0 },
    { "argumento", REVIEW_CREDIT_WRI, 0, 0 },
    { "escrito", 0, REVIEW_CREDIT_WRI, 0 },
    { "escrita", 0, REVIEW_CREDIT_WRI, 0 },
    { "música", REVIEW_CREDIT_COMP, 0, 0 },
    { "trilha", REVIEW_CREDIT_COMP, 0, 0 },
    { "produção", REVIEW_CREDIT_PROD, 0, 0 },
    { "produzido", 0, REVIEW_CREDIT_PROD, 0 },
    { "elenco", REVIEW_CREDIT_ACT, 0, 0 },
    { "com", REVIEW_CREDIT_ACT, 0, 0 },
    { "estrelado", 0, REVIEW_CREDIT_ACT, 0 },
    { "estrelada", 0, REVIEW_CREDIT_ACT, 0 },
    { "fotografia", REVIEW_CREDIT_CREW, 0, 0 },
    { "montagem", REVIEW_CREDIT_CREW, 0, 0 },
    { "interpretado", 0, REVIEW_CREDIT_ACT, 0 },
    { "interpretada", 0, REVIEW_CREDIT_ACT, 0 },
    { "vivido", 0, REVIEW_CREDIT_ACT, 0 },
    { "vivida", 0, REVIEW_CREDIT_ACT, 0 },
    { NULL, 0, 0, 0 }
};


/* a credit's "by" */
static const char *const  review_pt_by[] = {
    "por", "pelo", "pela", NULL
};


static const review_lang_month_t  review_pt_months[] = {
    { "janeiro", 1 }, { "fevereiro", 2 }, { "março", 3 }, { "marco", 3 },
    { "abril", 4 }, { "maio", 5 }, { "junho", 6 }, { "julho", 7 },
    { "agosto", 8 }, { "setembro", 9 }, { "outubro", 10 }, { "novembro", 11 },
    { "dezembro", 12 }, { "fev", 2 }, { "abr", 4 }, { "mai", 5 },
    { "dez", 12 }, { NULL, 0 }
};


/* its most frequent words: they tell the language */
static const char *const  review_pt_common[] = {
    "de", "que", "não", "do", "da", "em", "um", "para", "é", "com", "uma",
    "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi",
    "ao", "ele", "das", "tem", "seu", "sua", "ou", "ser", "quando", "muito",
    "nos", "já", "está", "eu", "também", "só", "pelo", "pela", NULL
};


/* a title, URL or section that says "review" */
static const char *const  review_pt_review_words[] = {
    "crítica", "critica", "resenha", NULL
};


/* "Crítica: X", "Resenha: X" */
static const char *const  review_pt_title_prefixes[] = {
    "crítica:", "critica:", "crítica –", "crítica -", "crítica |",
    "crítica de", "crítica do filme", "resenha:", "resenha –",
    "resenha de", "resenha do filme", "análise:", "[crítica]",
    "review do filme:", "review do filme", NULL
};


/* what stands between a name and the review word: "X : notre critique" */
static const char *const  review_pt_title_fillers[] = {
    "a", "nossa", "minha", "filme", NULL
};


/* what opens a byline: "por" */
static const char *const  review_pt_byline[] = {
    "por", "autor:", "autora:", "escrito por", NULL
};


/*
 * the critic's verdict under a label: "Nossa opinião: vale a pena"; a
 * label opening a block or a sentence, followed by a colon, or a heading
 * alone
 */
static const char *const  review_pt_verdict_labels[] = {
    "nossa opinião", "veredito", "nosso veredito", NULL
};


/* endings a word takes: "s" is looked up without them too */
static const char *const  review_pt_endings[] = {
    "s", NULL
};


/* "Cinema: X", "Filme: X": a label, not the name */
static const char *const  review_pt_title_labels[] = {
    "cinema:", "filme:", "dvd:", "assisti:", NULL
};


/* a score as a bar, not a verdict: "nota 7 ou mais" */
static const char *const  review_pt_thresholds[] = {
    "ou mais", NULL
};


const review_lang_t  review_lang_pt = {
    "pt", review_pt_lists, review_pt_credits, review_pt_by,
    review_pt_months, review_pt_common, review_pt_review_words,
    review_pt_title_prefixes, review_pt_title_fillers,
    review_pt_title_labels, NULL,
    NULL, review_pt_byline, review_pt_endings,
    review_pt_verdict_labels, NULL,
    review_pt_thresholds, 0, 0
};
