
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_facts.h"
#include "review_lang.h"
#include "review_lexicon.h"
#include "review_str.h"


/*
 * One hash table of every language's words (core/lang/), built once: a
 * word gives, per language, the lists it is in as bits, its credit as a
 * label and as a verb, and the languages it is a frequent word of.
 */


#define REVIEW_LEX_SIZE  8192             /* a power of two, > 2 x words */
#define REVIEW_LEX_EXT   3072             /* words with another language's
                                             lists */


typedef struct {
    const char              *word;
    uint32_t                 len;
    uint32_t                 hash;
    uint64_t                 mask;       /* English */
    uint16_t                 ext;        /* review_lex_ext[ext], 0: none */
    uint16_t                 common;     /* a bit per review_lang_e */
    uint16_t                 credit;     /* the languages it credits in */
    uint8_t                  label;      /* review_credit_e */
    uint8_t                  verb;
} review_lex_entry_t;


#define REVIEW_LEX_CURLY 2048             /* bytes of words written with
                                             the typographic apostrophe */


static review_lex_entry_t  review_lex_table[REVIEW_LEX_SIZE];
static char                review_lex_curly[REVIEW_LEX_CURLY];
static size_t              review_lex_curly_used;
static uint64_t            review_lex_ext[REVIEW_LEX_EXT][REVIEW_LANG_N];
static unsigned            review_lex_next = 1;
static unsigned            review_lex_lost;
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


static review_lex_entry_t *
review_lex_add(const char *w)
{
    size_t               len;
    uint32_t             i, h;
    review_lex_entry_t  *e;

    len = strlen(w);
    h = review_lex_hash((const unsigned char *) w, len);
    i = h & (REVIEW_LEX_SIZE - 1);

    for ( ;; ) {
        e = &review_lex_table[i];

        if (e->word == NULL) {
            e->word = w;
            e->len = (uint32_t) len;
            e->hash = h;
            return e;
        }

        if (e->len == len && review_strncasecmp((const unsigned char *) w,
                                                e->word, len) == 0)
        {
            return e;
        }

        i = (i + 1) & (REVIEW_LEX_SIZE - 1);
    }
}


static void
review_lex_set(review_lex_entry_t *e, unsigned lang, uint64_t bits)
{
    if (lang == REVIEW_LANG_EN) {
        e->mask |= bits;
        return;
    }

    if (e->ext == 0) {
        if (review_lex_next == REVIEW_LEX_EXT) {
            review_lex_lost++;
            return;
        }

        e->ext = (uint16_t) review_lex_next++;
    }

    review_lex_ext[e->ext][lang] |= bits;
}


/*
 * "j'ai", "l'ho": the tables write the apostrophe plain, pages as often
 * the typographic one ("j’ai"): the word is kept in both forms
 */

static const char *
review_lex_curly_form(const char *w)
{
    size_t       len, n;
    char        *p;
    const char  *q;

    q = strchr(w, '\'');
    if (q == NULL) {
        return NULL;
    }

    /* each apostrophe takes three bytes */
    for (len = strlen(w), n = len; q; q = strchr(q + 1, '\'')) {
        n += 2;
    }

    if (review_lex_curly_used + n + 1 > REVIEW_LEX_CURLY) {
        review_lex_lost++;
        return NULL;
    }

    p = review_lex_curly + review_lex_curly_used;
    review_lex_curly_used += n + 1;

    for (n = 0; *w; w++) {
        if (*w == '\'') {
            memcpy(p + n, "\xe2\x80\x99", 3);
            n += 3;

        } else {
            p[n++] = *w;
        }
    }

    p[n] = '\0';

    return p;
}


static void
review_lex_add_lists(const review_lang_list_t *l, unsigned lang)
{
    const char          *curly;
    const char *const   *w;

    for ( /* void */ ; l->words; l++) {
        for (w = l->words; *w; w++) {
            review_lex_set(review_lex_add(*w), lang, l->bit);

            curly = review_lex_curly_form(*w);

            if (curly) {
                review_lex_set(review_lex_add(curly), lang, l->bit);
            }
        }
    }
}


void
review_lexicon_init(void)
{
    unsigned                     k;
    review_lex_entry_t          *e;
    const char *const           *w;
    const review_lang_t         *lang;
    const review_lang_credit_t  *c;
    const review_lang_month_t   *m;

    if (review_lex_ready) {
        return;
    }

    /* the themes' class words are read whatever the language */
    review_lex_add_lists(review_hint_lists, REVIEW_LANG_EN);

    for (k = 0; k < REVIEW_LANG_N; k++) {
        lang = review_langs[k];

        review_lex_add_lists(lang->lists, k);

        /* credits are few and plain: one table for every page */
        for (c = lang->credits; c->word; c++) {
            e = review_lex_add(c->word);
            e->label = e->label ? e->label : c->label;
            e->verb = e->verb ? e->verb : c->verb;
            e->credit |= 1u << k;
        }

        for (w = lang->by; w && *w; w++) {
            review_lex_set(review_lex_add(*w), k, REVIEW_LEX_BY);
        }

        for (w = lang->common; w && *w; w++) {
            review_lex_add(*w)->common |= 1u << k;
        }

        /* English has its own list of month names for names */
        for (m = lang->months; k && m && m->word; m++) {
            review_lex_set(review_lex_add(m->word), k, REVIEW_LEX_MONTH);
        }
    }

    review_lex_ready = 1;
}


static review_lex_entry_t *
review_lex_find(const unsigned char *p, size_t len)
{
    uint32_t             i, h;
    review_lex_entry_t  *e;

    if (!review_lex_ready) {
        review_lexicon_init();
    }

    if (len == 0 || len > 32) {
        return NULL;
    }

    h = review_lex_hash(p, len);
    i = h & (REVIEW_LEX_SIZE - 1);

    for ( ;; ) {
        e = &review_lex_table[i];

        if (e->word == NULL) {
            return NULL;
        }

        if (e->hash == h && e->len == len
            && review_strncasecmp(p, e->word, len) == 0)
        {
            return e;
        }

        i = (i + 1) & (REVIEW_LEX_SIZE - 1);
    }
}


const uint64_t  review_vocab_bits[REVIEW_VOCAB_N] = {
    REVIEW_LEX_VOCAB_FILM, REVIEW_LEX_VOCAB_TV, REVIEW_LEX_VOCAB_BOOK,
    REVIEW_LEX_VOCAB_GAME, REVIEW_LEX_VOCAB_MUSIC, REVIEW_LEX_VOCAB_THING
};


uint64_t
review_lex(const unsigned char *p, size_t len)
{
    review_lex_entry_t  *e;

    e = review_lex_find(p, len);

    return e ? e->mask : 0;
}


/*
 * a word its language inflects, found by its base form: "wunderbarer",
 * "brillantes"; only the language's own lists, never English's
 */

static uint64_t
review_lex_stem(unsigned lang, const unsigned char *p, size_t len)
{
    size_t               n;
    const char *const   *w;
    review_lex_entry_t  *e;

    for (w = review_langs[lang]->endings; *w; w++) {
        n = strlen(*w);

        if (len < n + 4 || review_strncasecmp(p + len - n, *w, n) != 0) {
            continue;
        }

        e = review_lex_find(p, len - n);

        if (e && e->ext && review_lex_ext[e->ext][lang]) {
            return review_lex_ext[e->ext][lang];
        }
    }

    return 0;
}


uint64_t
review_lex_lang(unsigned lang, const unsigned char *p, size_t len)
{
    uint64_t             ext;
    review_lex_entry_t  *e;

    e = review_lex_find(p, len);

    ext = (e && e->ext && lang < REVIEW_LANG_N) ? review_lex_ext[e->ext][lang]
                                                : 0;

    if (ext == 0 && lang < REVIEW_LANG_N && review_langs[lang]->endings) {
        ext = review_lex_stem(lang, p, len);
    }

    return (e ? e->mask : 0) | ext;
}


/*
 * A word whose capital initial is an accented letter of Latin-1 ("Über",
 * "È", "État", "Él"; UTF-8 C3 80 .. C3 9E but for the sign C3 97) is
 * looked up with that letter in lower case (C3 A0 .. C3 BE), as the
 * ASCII capitals are: a sentence opens with one, and German writes every
 * noun so.  The tokenizer asks for it of a capitalised word only.
 */

uint64_t
review_lex_lang_cap(unsigned lang, const unsigned char *p, size_t len)
{
    unsigned char  low[32];

    if (len < 2 || len > sizeof(low) || p[0] != 0xc3
        || p[1] < 0x80 || p[1] > 0x9e || p[1] == 0x97)
    {
        return review_lex_lang(lang, p, len);
    }

    memcpy(low, p, len);
    low[1] |= 0x20;

    return review_lex_lang(lang, low, len);
}


unsigned
review_lex_credit(unsigned lang, const unsigned char *p, size_t len,
    unsigned verb)
{
    review_lex_entry_t  *e;

    e = review_lex_find(p, len);

    if (e == NULL
        || !(e->credit & ((1u << REVIEW_LANG_EN) | (1u << lang))))
    {
        return 0;
    }

    return verb ? e->verb : e->label;
}


/* words the tables could not take: a test keeps this 0 */

unsigned
review_lexicon_lost(void)
{
    review_lexicon_init();

    return review_lex_lost;
}


unsigned
review_lex_common(const unsigned char *p, size_t len)
{
    review_lex_entry_t  *e;

    e = review_lex_find(p, len);

    return e ? e->common : 0;
}


int
review_lex_number(const unsigned char *p, size_t len)
{
    int  i;

    if (!(review_lex(p, len) & REVIEW_LEX_NUMBER)) {
        return -1;
    }

    for (i = 0; review_lang_en.numbers[i]; i++) {
        if (strlen(review_lang_en.numbers[i]) == len
            && review_strncasecmp(p, review_lang_en.numbers[i], len) == 0)
        {
            return i;
        }
    }

    return -1;
}
