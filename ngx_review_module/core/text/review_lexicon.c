
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


/*
 * A word is kept as its key: its bytes in lower case (ASCII), padded
 * with zeros to whole 8-byte words, so that a lookup lowers and hashes
 * the page's word once and compares it 8 bytes at a time.
 */

#define REVIEW_LEX_MAX   32               /* bytes of the longest word
                                             looked up */
#define REVIEW_LEX_KEYS  8192             /* 8-byte words of all keys */


typedef struct {
    const uint64_t          *key;        /* NULL: a free slot */
    uint32_t                 len;
    uint32_t                 hash;
    uint64_t                 mask;       /* English */
    uint16_t                 ext;        /* review_lex_ext[ext], 0: none */
    uint16_t                 common;     /* a bit per review_lang_e */
    uint16_t                 credit;     /* the languages it credits in */
    uint8_t                  label;      /* review_credit_e */
    uint8_t                  verb;
    uint8_t                  after;
} review_lex_entry_t;


#define REVIEW_LEX_CURLY 2048             /* bytes of words written with
                                             the typographic apostrophe */


static review_lex_entry_t  review_lex_table[REVIEW_LEX_SIZE];
static review_lex_entry_t  review_lex_spare;   /* a word with no room */
static uint64_t            review_lex_keys[REVIEW_LEX_KEYS];
static size_t              review_lex_keys_used;
static char                review_lex_curly[REVIEW_LEX_CURLY];
static size_t              review_lex_curly_used;
static uint64_t            review_lex_ext[REVIEW_LEX_EXT][REVIEW_LANG_N];
static unsigned            review_lex_next = 1;
static unsigned            review_lex_lost;
static size_t              review_lex_common_max;   /* the longest frequent
                                                       word's bytes */
static int                 review_lex_ready;


/*
 * 1 to 8 bytes as an integer, the first in the low byte: two loads that
 * may overlap, never a byte past the word (a big-endian machine takes
 * them a byte at a time)
 */

static uint64_t
review_lex_load(const unsigned char *p, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__

    uint16_t  c, d;
    uint32_t  a, b;
    uint64_t  w;

    if (n == 8) {
        memcpy(&w, p, 8);
        return w;
    }

    if (n >= 4) {
        memcpy(&a, p, 4);
        memcpy(&b, p + n - 4, 4);
        return a | ((uint64_t) b << (8 * (n - 4)));
    }

    if (n >= 2) {
        memcpy(&c, p, 2);
        memcpy(&d, p + n - 2, 2);
        return c | ((uint64_t) d << (8 * (n - 2)));
    }

    return p[0];

#else

    size_t    i;
    uint64_t  w;

    w = 0;

    for (i = 0; i < n; i++) {
        w |= (uint64_t) p[i] << (8 * i);
    }

    return w;

#endif
}


/* ASCII capitals to lower case, 8 bytes at once; other bytes unchanged */

static uint64_t
review_lex_lower(uint64_t w)
{
    uint64_t  low, ge_a, gt_z;

    low = w & 0x7f7f7f7f7f7f7f7fULL;
    ge_a = low + 0x3f3f3f3f3f3f3f3fULL;          /* 0x80 - 'A' */
    gt_z = low + 0x2525252525252525ULL;          /* 0x7f - 'Z' */

    return w | (((ge_a ^ gt_z) & ~w & 0x8080808080808080ULL) >> 2);
}


/*
 * the key of p into key, (len + 7) / 8 words, and its hash: a multiply
 * per 8 bytes, where a byte at a time cost a multiply and a compare per
 * byte
 */

static uint32_t
review_lex_hash(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0x9e3779b97f4a7c15ULL;

    return (uint32_t) (h ^ (h >> 32));
}


static uint32_t
review_lex_key(const unsigned char *p, size_t len, uint64_t *key)
{
    size_t    i, n;
    uint64_t  h;

    h = len;
    n = (len + 7) / 8;

    for (i = 0; i < n; i++) {
        key[i] = review_lex_lower(review_lex_load(p + 8 * i,
                                                  i + 1 < n ? 8
                                                            : len - 8 * i));
        h = review_lex_hash(h, key[i]);
    }

    return (uint32_t) h;
}


static int
review_lex_key_eq(const uint64_t *a, const uint64_t *b, size_t len)
{
    size_t  i, n;

    n = (len + 7) / 8;

    for (i = 0; i < n; i++) {
        if (a[i] != b[i]) {
            return 0;
        }
    }

    return 1;
}


static review_lex_entry_t *
review_lex_add(const char *w)
{
    size_t               len;
    uint32_t             i, h;
    uint64_t            *key;
    review_lex_entry_t  *e;

    len = strlen(w);

    /* the key is written where it stays if the word is new */
    if (review_lex_keys_used + (len + 7) / 8 > REVIEW_LEX_KEYS) {
        review_lex_lost++;
        return &review_lex_spare;
    }

    key = &review_lex_keys[review_lex_keys_used];
    h = review_lex_key((const unsigned char *) w, len, key);
    i = h & (REVIEW_LEX_SIZE - 1);

    for ( ;; ) {
        e = &review_lex_table[i];

        if (e->key == NULL) {
            e->key = key;
            e->len = (uint32_t) len;
            e->hash = h;
            review_lex_keys_used += (len + 7) / 8;
            return e;
        }

        if (e->hash == h && e->len == len
            && review_lex_key_eq(e->key, key, len))
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
            e->after = e->after ? e->after : c->after;
            e->credit |= 1u << k;
        }

        for (w = lang->by; w && *w; w++) {
            review_lex_set(review_lex_add(*w), k, REVIEW_LEX_BY);
        }

        for (w = lang->common; w && *w; w++) {
            review_lex_add(*w)->common |= 1u << k;

            if (strlen(*w) > review_lex_common_max) {
                review_lex_common_max = strlen(*w);
            }
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
    uint64_t             key[REVIEW_LEX_MAX / 8];
    review_lex_entry_t  *e;

    if (!review_lex_ready) {
        review_lexicon_init();
    }

    if (len == 0 || len > REVIEW_LEX_MAX) {
        return NULL;
    }

    if (len > 8) {
        h = review_lex_key(p, len, key);

    } else {
        /* most words: one load, one multiply, one compare */
        key[0] = review_lex_lower(review_lex_load(p, len));
        h = review_lex_hash(len, key[0]);
    }

    i = h & (REVIEW_LEX_SIZE - 1);

    for ( ;; ) {
        e = &review_lex_table[i];

        if (e->key == NULL) {
            return NULL;
        }

        if (e->hash == h && e->len == len && e->key[0] == key[0]
            && (len <= 8 || review_lex_key_eq(e->key, key, len)))
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

    return verb == REVIEW_CREDIT_AFTER ? e->after
           : verb ? e->verb : e->label;
}


unsigned
review_lex_credit_any(unsigned lang, const unsigned char *p, size_t len)
{
    review_lex_entry_t  *e;

    e = review_lex_find(p, len);

    if (e == NULL
        || !(e->credit & ((1u << REVIEW_LANG_EN) | (1u << lang))))
    {
        return 0;
    }

    return e->label ? e->label : e->verb;
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

    /* a word longer than every frequent word is none: no lookup */
    if (review_lex_ready && len > review_lex_common_max) {
        return 0;
    }

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
