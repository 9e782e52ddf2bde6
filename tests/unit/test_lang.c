
/*
 * Copyright (C) ngx_review_module developers
 */


/*
 * The language layer: every table fits the lexicon, a page's language is
 * told from its declaration and its words, and each language's credit
 * labels, title boilerplate and month names are read, on its pages only.
 */


#include <string.h>

#include "unit.h"
#include "review.h"
#include "review_lang.h"
#include "review_lexicon.h"
#include "review_page_int.h"


static review_str_t
str(const char *s)
{
    review_str_t  r;

    r.data = (const unsigned char *) s;
    r.len = strlen(s);

    return r;
}


static review_lang_e
detect(const char *text, const char *declared)
{
    review_str_t  t;

    t = str(text);

    return review_lang_detect(&t, 1, 16384,
                              declared ? review_lang_from_code(
                                             (const unsigned char *) declared,
                                             strlen(declared))
                                       : REVIEW_LANG_N);
}


static unsigned
credit(unsigned lang, const char *w, unsigned verb)
{
    return review_lex_credit(lang, (const unsigned char *) w, strlen(w),
                             verb);
}


static void
test_tables(void)
{
    unsigned  k;

    /* every word of every table found its place */
    CHECK_INT(review_lexicon_lost(), 0);

    for (k = 0; k < REVIEW_LANG_N; k++) {
        CHECK(review_langs[k] != NULL);
        CHECK(strlen(review_langs[k]->code) == 2);
        CHECK_INT(review_lang_from_code(
                      (const unsigned char *) review_langs[k]->code, 2), k);
    }

    CHECK_INT(review_lang_from_code((const unsigned char *) "fr-CA", 5),
              REVIEW_LANG_FR);
    CHECK_INT(review_lang_from_code((const unsigned char *) "pt_BR", 5),
              REVIEW_LANG_PT);
    CHECK_INT(review_lang_from_code((const unsigned char *) "nl", 2),
              REVIEW_LANG_N);
    CHECK_INT(review_lang_from_code((const unsigned char *) "french", 6),
              REVIEW_LANG_N);
}


static void
test_detect(void)
{
    static const char  fr[] =
        "Le film de Lucie Moreau est une merveille: la mise en scene est "
        "juste, les acteurs sont dans leur role et la musique accompagne "
        "avec elegance une histoire qui ne se perd jamais dans les "
        "effets. C'est un des plus beaux films de l'annee et je le "
        "recommande a tous ceux qui aiment le cinema.";
    static const char  de[] =
        "Der Film ist eine Wucht: Die Regie ist sicher, die Darsteller "
        "sind stark und die Musik passt zu einer Geschichte, die sich nie "
        "in Effekten verliert. Ich kann ihn allen empfehlen, die das Kino "
        "lieben, auch wenn er nicht ohne Schwaechen ist.";
    static const char  es[] =
        "La pelicula de Lucia Moreno es una maravilla: la direccion es "
        "precisa, los actores estan en su papel y la musica acompana con "
        "elegancia una historia que no se pierde en los efectos. Es una de "
        "las mejores del ano y la recomiendo a todos los que aman el cine.";
    static const char  pt[] =
        "O filme de Lucia Moreira e uma maravilha: a direcao e precisa, os "
        "atores estao no seu papel e a musica acompanha com elegancia uma "
        "historia que nao se perde nos efeitos. E um dos melhores do ano e "
        "eu recomendo para quem gosta de cinema, mas nao para todos.";
    static const char  it[] =
        "Il film di Lucia Moretti e una meraviglia: la regia e precisa, gli "
        "attori sono nel loro ruolo e la musica accompagna con eleganza una "
        "storia che non si perde negli effetti. E uno dei film piu belli "
        "dell'anno e lo consiglio a chi ama il cinema, anche se non e per "
        "tutti.";
    static const char  en[] =
        "The film is a marvel: the direction is precise, the actors are "
        "at home in their parts and the music carries a story that never "
        "loses itself in effects. It is one of the best of the year, and "
        "I recommend it to anyone who loves the cinema.";

    CHECK_INT(detect(fr, NULL), REVIEW_LANG_FR);
    CHECK_INT(detect(de, NULL), REVIEW_LANG_DE);
    CHECK_INT(detect(es, NULL), REVIEW_LANG_ES);
    CHECK_INT(detect(pt, NULL), REVIEW_LANG_PT);
    CHECK_INT(detect(it, NULL), REVIEW_LANG_IT);
    CHECK_INT(detect(en, NULL), REVIEW_LANG_EN);

    /* a theme that says "en" over a French post: the text wins */
    CHECK_INT(detect(fr, "en-US"), REVIEW_LANG_FR);

    /* a declaration the text does not contradict holds */
    CHECK_INT(detect(en, "en-GB"), REVIEW_LANG_EN);
    CHECK_INT(detect("Dune", "de"), REVIEW_LANG_DE);

    /* no table for it, little text: English is the fallback */
    CHECK_INT(detect("Dune", NULL), REVIEW_LANG_EN);

    /* scripts without spaces, by their characters */
    CHECK_INT(detect("《天气之子》是新海诚执导的动画电"
                     "影。我觉得这部电影的画面"
                     "非常漂亮，但是故事有一些问题。主"
                     "角的选择让人感动，"
                     "配乐也很好听。总的来说，这是一部"
                     "值得一看的作品。",
                     "en-US"),
              REVIEW_LANG_ZH);
    CHECK_INT(detect("映画「天使と悪魔」を見てきました"
                     "。ダン・ブラウンの"
                     "小説をもとにした作品で、宗教と科"
                     "学の対立がテーマです。"
                     "トム・ハンクスの演技はとても良か"
                     "ったと思います。",
                     NULL),
              REVIEW_LANG_JA);

    /* Chinese prose on a Japanese film: its kana title is no Japanese */
    CHECK_INT(detect("\xe3\x80\x8a\xe3\x81\xa8\xe3\x81\xaa\xe3\x82\x8a"
                     "\xe3\x81\xae\xe3\x83\x88\xe3\x83\x88\xe3\x83\xad"
                     "\xe3\x80\x8b"
                     "是宫崎骏导演的动画电影。我小时候"
                     "第一次看这部电影，觉得画面非常漂亮，"
                     "音乐也很好听。现在再看，我更喜欢"
                     "里面安静的乡村生活，故事虽然简单，"
                     "但是每一个细节都让人感动。",
                     "zh-CN"),
              REVIEW_LANG_ZH);
}


static void
test_credits(void)
{
    size_t  i;

    static const struct {
        review_lang_e   lang;
        const char     *word;
    } curly[] = {
        { REVIEW_LANG_FR, "j\xe2\x80\x99\x61i" },
        { REVIEW_LANG_FR, "J\xe2\x80\x99\x61i" },
        { REVIEW_LANG_IT, "l\xe2\x80\x99ho" },
    };

    /* each language's labels and verbs, on its pages */
    CHECK_INT(credit(REVIEW_LANG_FR, "réalisation", 0), REVIEW_CREDIT_DIR);
    CHECK_INT(credit(REVIEW_LANG_FR, "réalisé", 1), REVIEW_CREDIT_DIR);
    CHECK_INT(credit(REVIEW_LANG_DE, "regie", 0), REVIEW_CREDIT_DIR);
    CHECK_INT(credit(REVIEW_LANG_DE, "Drehbuch", 0), REVIEW_CREDIT_WRI);
    CHECK_INT(credit(REVIEW_LANG_ES, "reparto", 0), REVIEW_CREDIT_ACT);
    CHECK_INT(credit(REVIEW_LANG_PT, "elenco", 0), REVIEW_CREDIT_ACT);
    CHECK_INT(credit(REVIEW_LANG_IT, "regia", 0), REVIEW_CREDIT_DIR);
    CHECK_INT(credit(REVIEW_LANG_ZH, "导演", 0), REVIEW_CREDIT_DIR);
    CHECK_INT(credit(REVIEW_LANG_JA, "出演", 0), REVIEW_CREDIT_ACT);

    /* English is read on every page */
    CHECK_INT(credit(REVIEW_LANG_FR, "director", 0), REVIEW_CREDIT_DIR);
    CHECK_INT(credit(REVIEW_LANG_EN, "directed", 1), REVIEW_CREDIT_DIR);

    /* but another language's words are not English: "con", "mit" */
    CHECK_INT(credit(REVIEW_LANG_EN, "con", 0), 0);
    CHECK_INT(credit(REVIEW_LANG_EN, "mit", 0), 0);
    CHECK_INT(credit(REVIEW_LANG_EN, "regie", 0), 0);

    /* lexicon lists: a French verdict word on a French page only */
    CHECK(review_lex_lang(REVIEW_LANG_FR, (const unsigned char *) "magnifique",
                          10) & REVIEW_LEX_EVAL);
    CHECK(!(review_lex_lang(REVIEW_LANG_EN,
                            (const unsigned char *) "magnifique", 10)
            & REVIEW_LEX_EVAL));
    CHECK(review_lex_lang(REVIEW_LANG_DE, (const unsigned char *) "ich", 3)
          & REVIEW_LEX_HEDGE);
    CHECK(review_lex_lang(REVIEW_LANG_FR, (const unsigned char *) "par", 3)
          & REVIEW_LEX_BY);

    /*
     * an accented capital opens a sentence ("È un film", "É um filme")
     * or a German noun ("Überraschend"): found as in lower case; the
     * multiplication sign (C3 97) is no letter
     */
    CHECK(review_lex_lang_cap(REVIEW_LANG_DE, (const unsigned char *)
                              "\xc3\x9c" "berzeugend", 12)
          & REVIEW_LEX_EVAL);
    CHECK(review_lex_lang_cap(REVIEW_LANG_IT, (const unsigned char *)
                              "\xc3\x88", 2) & REVIEW_LEX_VERDICT_IS);
    CHECK(review_lex_lang_cap(REVIEW_LANG_PT, (const unsigned char *)
                              "\xc3\x89", 2) & REVIEW_LEX_VERDICT_IS);
    CHECK(review_lex_lang_cap(REVIEW_LANG_IT, (const unsigned char *)
                              "\xc3\x97", 2) == 0);

    /* Chinese and Japanese words of judgement and of films */
    CHECK(review_lex_lang(REVIEW_LANG_ZH, (const unsigned char *)
                          "\xe6\x84\x9f\xe5\x8a\xa8", 6)      /* 感动 */
          & REVIEW_LEX_EVAL);
    CHECK(review_lex_lang(REVIEW_LANG_ZH, (const unsigned char *)
                          "\xe6\x9c\xac\xe7\x89\x87", 6)      /* 本片 */
          & REVIEW_LEX_VOCAB_FILM);
    CHECK(review_lex_lang(REVIEW_LANG_JA, (const unsigned char *)
                          "\xe7\xa7\x80\xe9\x80\xb8", 6)      /* 秀逸 */
          & REVIEW_LEX_EVAL);

    /* elisions with the typographic apostrophe: "j’ai", "l’ho" */
    for (i = 0; i < sizeof(curly) / sizeof(curly[0]); i++) {
        CHECK(review_lex_lang(curly[i].lang,
                              (const unsigned char *) curly[i].word,
                              strlen(curly[i].word))
              & REVIEW_LEX_HEDGE);
    }

    CHECK(review_lexicon_lost() == 0);

    /* inflected forms by their base: "wunderbarer", "brillantes" */
    CHECK(review_lex_lang(REVIEW_LANG_DE,
                          (const unsigned char *) "wunderbarer", 11)
          & REVIEW_LEX_EVAL);
    CHECK(review_lex_lang(REVIEW_LANG_FR,
                          (const unsigned char *) "brillantes", 10)
          & REVIEW_LEX_EVAL);
    CHECK(!(review_lex_lang(REVIEW_LANG_EN,
                            (const unsigned char *) "wunderbarer", 11)
            & REVIEW_LEX_EVAL));
}


static void
title(const char *headline, const char *want_name, int want_review)
{
    int              is_review;
    review_str_t     h, s, name, year;
    review_arena_t  *a;

    a = review_arena_create(0);
    h = str(headline);
    s = str("");

    CHECK(review_title_clean(a, &h, &s, &name, &year, &is_review)
          == REVIEW_OK);

    if (name.len != strlen(want_name)
        || memcmp(name.data, want_name, name.len) != 0
        || is_review != want_review)
    {
        fprintf(stderr, "title \"%s\": \"%.*s\" (%d)\n", headline,
                (int) name.len, name.data, is_review);
    }

    CHECK_STR(name, want_name);
    CHECK_INT(is_review, want_review);

    review_arena_destroy(a);
}


static void
date(const char *in, const char *want)
{
    review_str_t     s, out;
    review_arena_t  *a;

    a = review_arena_create(0);
    s = str(in);

    if (review_date_normalize(a, &s, &out) != REVIEW_OK) {
        out.len = 0;
    }

    CHECK_STR(out, want);

    review_arena_destroy(a);
}


static void
test_titles_and_dates(void)
{
    title("Critique : Dune, deuxième partie", "Dune, deuxième partie", 1);
    title("Oppenheimer – notre critique", "Oppenheimer", 1);
    title("Filmkritik: Barbie", "Barbie", 1);
    title("Oppenheimer | Filmkritik", "Oppenheimer", 1);
    title("Crítica: Roma", "Roma", 1);
    title("Resenha: Cidade de Deus", "Cidade de Deus", 1);
    title("La recensione di Oppenheimer", "Oppenheimer", 1);
    title("RECENSIONE FILM JOJO RABBIT", "JOJO RABBIT", 1);
    title("J'ai vu… Shutter Island", "Shutter Island", 1);
    title("《天气之子》影评", "天气之子", 1);

    /* the review word in brackets: the bracket it opened goes too */
    title("Das Moorhaus (Kritik)", "Das Moorhaus", 1);
    title("La sombra del pino [reseña]", "La sombra del pino", 1);
    title("映画「天使と悪魔」の感想", "天使と悪魔", 1);

    /* the English forms are unchanged */
    title("Review: The Last Chord", "The Last Chord", 1);
    title("Midnight Ferry - my review", "Midnight Ferry", 1);

    date("3 mars 2021", "2021-03-03");
    date("le 14 février 2022", "2022-02-14");
    date("3. März 2021", "2021-03-03");
    date("3 de marzo de 2021", "2021-03-03");
    date("12 de fevereiro de 2020", "2020-02-12");
    date("5 maggio 2019", "2019-05-05");
    date("2021年3月3日", "2021-03-03");

    /* English months cut after three letters; "Mayhem" is none */
    date("Janu 5, 2021", "2021-01-05");
    date("Mayhem 5, 2021", "");
    date("Genre 5, 2021", "");
}


static size_t
byline(const char *s)
{
    return review_lang_byline((const unsigned char *) s, strlen(s));
}


/* bylines in each language, and a French one through the whole core */

static void
test_bylines(void)
{
    review_t              *rv;
    review_conf_t          conf;
    review_input_t         in;
    const review_facts_t  *f;
    static const char      page[] =
        "<html lang=fr><head><title>Critique : Les Heures claires</title>"
        "</head><body><article><h1>Critique : Les Heures claires</h1>"
        "<p class=\"byline\">Par Claire Dubois, le 5 mars 2024</p>"
        "<p>Les Heures claires est un film magnifique et bouleversant, "
        "réalisé par Lucie Moreau, que je recommande.</p>"
        "</article></body></html>";

    CHECK_INT(byline("By Ana Ruiz"), 3);
    CHECK_INT(byline("by: Ana Ruiz"), 4);
    CHECK_INT(byline("Byron"), 0);
    CHECK_INT(byline("Par Claire Dubois"), 4);
    CHECK_INT(byline("Von Anna Keller"), 4);
    CHECK_INT(byline("Autor: Anna Keller"), 7);
    CHECK_INT(byline("Por Ana Ruiz"), 4);
    CHECK_INT(byline("文：张三"), 6);
    CHECK_INT(byline("Parfait"), 0);

    review_conf_init(&conf);
    conf.min_words = 10;
    memset(&in, 0, sizeof(in));

    rv = review_create(&conf, &in);
    CHECK(rv != NULL);
    if (rv == NULL) {
        return;
    }

    if (review_feed(rv, (const unsigned char *) page, sizeof(page) - 1)
        == REVIEW_OK)
    {
        (void) review_finish(rv);
    }

    f = review_get_facts(rv);

    CHECK_STR(f->author, "Claire Dubois");
    CHECK_STR(f->date_published, "2024-03-05");

    review_destroy(rv);
}


static int
verdict_at(const char *s)
{
    return review_lang_verdict_at((const unsigned char *) s,
                                  (const unsigned char *) s + strlen(s));
}


static int
verdict_heading(const char *s)
{
    review_str_t  t;

    t = str(s);

    return review_lang_verdict_label(&t);
}


/* verdict labels: each language's table, read on every page */

static void
test_verdicts(void)
{
    CHECK_INT(verdict_at("Verdict: worth a ticket"), 1);
    CHECK_INT(verdict_at("Fazit: lohnt sich kaum"), 1);
    CHECK_INT(verdict_at("Notre avis : un beau film"), 1);
    CHECK_INT(verdict_at("Nuestra opinión: muy buena"), 1);
    CHECK_INT(verdict_at("Nossa opinião: vale a pena"), 1);
    CHECK_INT(verdict_at("Il nostro giudizio: da vedere"), 1);

    /* a label needs its colon and a word after it */
    CHECK_INT(verdict_at("Fazit folgt später"), 0);
    CHECK_INT(verdict_at("Verdict:"), 0);
    CHECK_INT(verdict_at("Verdictum: x"), 0);

    CHECK_INT(verdict_heading("The Verdict"), 1);
    CHECK_INT(verdict_heading("unser Fazit"), 1);
    CHECK_INT(verdict_heading("Veredito"), 1);
    CHECK_INT(verdict_heading("The Verdict Is In"), 0);
}


/* a Chinese review through the whole core: words inside runs count */

static void
test_cjk_page(void)
{
    size_t                 len;
    review_t              *rv;
    review_conf_t          conf;
    review_input_t         in;
    const review_facts_t  *f;
    static const char      page[] =
        "<html><head><title>《天气之子》影评</tit"
        "le></head><body><article>"
        "<h1>《天气之子》影评</h1>"
        "<p>我觉得这部电影的画面非常漂亮，"
        "配乐也很好听。</p>"
        "<p>新海诚导演的剧情有一些问题，但"
        "是主角的选择让人感动。</p>"
        "<p>总的来说，我推荐这部电影，值得一看。</p>"
        "</article></body></html>";

    review_conf_init(&conf);
    memset(&in, 0, sizeof(in));
    len = sizeof(page) - 1;

    rv = review_create(&conf, &in);
    CHECK(rv != NULL);
    if (rv == NULL) {
        return;
    }

    if (review_feed(rv, (const unsigned char *) page, len) == REVIEW_OK) {
        (void) review_finish(rv);
    }

    f = review_get_facts(rv);

    CHECK_INT(f->language, REVIEW_LANG_ZH);
    CHECK(f->vocab[0] >= 2);
    CHECK(f->first_person >= 2);
    CHECK(f->judgements >= 2);
    CHECK(f->word_count >= 25);         /* two characters a word */

    review_destroy(rv);
}


int
main(void)
{
    review_global_init();

    test_tables();
    test_detect();
    test_credits();
    test_titles_and_dates();
    test_cjk_page();
    test_bylines();
    test_verdicts();

    UNIT_DONE("lang");
}
