
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_lang.h"
#include "review_lexicon.h"
#include "review_str.h"


/* in review_lang_e order; a new language is a table and a line here */
const review_lang_t *const  review_langs[REVIEW_LANG_N] = {
    &review_lang_en,
    &review_lang_fr,
    &review_lang_de,
    &review_lang_es,
    &review_lang_pt,
    &review_lang_it,
    &review_lang_zh,
    &review_lang_ja
};


review_lang_e
review_lang_from_code(const unsigned char *p, size_t len)
{
    unsigned  k;

    if (len < 2 || (len > 2 && p[2] != '-' && p[2] != '_')) {
        return REVIEW_LANG_N;
    }

    for (k = 0; k < REVIEW_LANG_N; k++) {
        if (review_strncasecmp(p, review_langs[k]->code, 2) == 0) {
            return (review_lang_e) k;
        }
    }

    return REVIEW_LANG_N;
}


/*
 * Chinese and Japanese by their characters: kana are Japanese only, and
 * Japanese prose writes more kana than Han characters; a Chinese review
 * of a Japanese film still quotes its kana title and credits, so a few
 * kana (under one for every REVIEW_LANG_KANA_SHARE Han) are Chinese
 */

#define REVIEW_LANG_KANA_SHARE  4

#define review_lang_is_kana(cp)  ((cp) >= 0x3040 && (cp) < 0x3100)
#define review_lang_is_han(cp)   (((cp) >= 0x4e00 && (cp) < 0xa000)         \
                                  || ((cp) >= 0x3400 && (cp) < 0x4dc0))


review_lang_e
review_lang_detect(const review_str_t *texts, unsigned n, size_t max,
    review_lang_e declared)
{
    size_t                len;
    uint32_t              cp;
    unsigned              i, k, best, common, words;
    unsigned              count[REVIEW_LANG_N], kana, han;
    const unsigned char  *p, *end, *w;

    memset(count, 0, sizeof(count));
    kana = han = words = 0;

    for (i = 0; i < n && max; i++) {
        /* an empty text may have no buffer to offset */
        if (texts[i].len == 0) {
            continue;
        }

        p = texts[i].data;
        len = texts[i].len < max ? texts[i].len : max;
        end = p + len;
        max -= len;

        while (p < end) {
            if (*p >= 0x80) {
                p += review_utf8_decode(p, end, &cp);
                kana += review_lang_is_kana(cp);
                han += review_lang_is_han(cp);
                continue;
            }

            if (!review_isalpha(*p)) {
                p++;
                continue;
            }

            /* a word: ASCII letters, an apostrophe, accented letters */
            w = p;
            while (p < end
                   && (review_char_is(*p, REVIEW_C_ALPHA | REVIEW_C_HIGH)
                       || (*p == '\'' && p + 1 < end
                           && review_isalpha(p[1]))))
            {
                p++;
            }

            words++;
            common = review_lex_common(w, p - w);

            for (k = 0; common; k++, common >>= 1) {
                count[k] += common & 1;
            }
        }
    }

    /* a page of CJK characters: whatever its theme declares */
    if (kana + han > 4 * words && kana + han >= 40) {
        return kana * REVIEW_LANG_KANA_SHARE >= han ? REVIEW_LANG_JA
                                                    : REVIEW_LANG_ZH;
    }

    best = REVIEW_LANG_EN;

    for (k = 1; k < REVIEW_LANG_N; k++) {
        if (count[k] > count[best]) {
            best = k;
        }
    }

    if (count[best] < 8) {
        return declared < REVIEW_LANG_N ? declared : REVIEW_LANG_EN;
    }

    /*
     * many themes say lang="en" whatever their posts are written in: the
     * declaration holds unless the text plainly speaks another language
     */
    if (declared < REVIEW_LANG_N && count[declared] * 2 >= count[best]) {
        return declared;
    }

    return (review_lang_e) best;
}


const unsigned char *
review_lang_find_review(const unsigned char *p, size_t len)
{
    unsigned              k;
    const char *const    *w;
    const unsigned char  *f;

    for (k = 0; k < REVIEW_LANG_N; k++) {
        for (w = review_langs[k]->review_words; w && *w; w++) {
            f = review_find_ci(p, len, *w);

            if (f) {
                return f;
            }
        }
    }

    return NULL;
}


size_t
review_lang_title_prefix(const unsigned char *p, size_t len)
{
    size_t              n, best;
    unsigned            k;
    const char *const  *w;

    best = 0;

    for (k = 0; k < REVIEW_LANG_N; k++) {
        for (w = review_langs[k]->title_prefixes; w && *w; w++) {
            n = strlen(*w);

            if (n > best && len > n
                && review_strncasecmp(p, *w, n) == 0)
            {
                best = n;
            }
        }
    }

    return best;
}


size_t
review_lang_byline(const unsigned char *p, size_t len)
{
    size_t                n;
    unsigned              k;
    const char *const    *w;
    const unsigned char  *q, *end;

    end = p + len;

    for (k = 0; k < REVIEW_LANG_N; k++) {
        for (w = review_langs[k]->byline; w && *w; w++) {
            n = strlen(*w);

            if (n >= len || review_strncasecmp(p, *w, n) != 0) {
                continue;
            }

            q = p + n;

            /* a word needs its end: "by " or "by:", not "Byron" */
            if (review_isalpha((*w)[n - 1])
                && !(*q == ' ' || *q == ':'))
            {
                continue;
            }

            while (q < end && (*q == ' ' || *q == ':')) {
                q++;
            }

            return q - p;
        }
    }

    return 0;
}


/* what may follow a label: ":", "::", "|", a dash, an ellipsis */
static const char *const  review_lang_label_seps[] = {
    "::", ":", "|", "-", "\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x80\xa6",
    "...", "\xef\xbc\x9a", NULL
};


size_t
review_lang_title_label(const unsigned char *p, size_t len)
{
    size_t                n, k;
    unsigned              i;
    const char *const    *w;
    const unsigned char  *q, *end;

    end = p + len;

    for (i = 0; i < REVIEW_LANG_N; i++) {
        for (w = review_langs[i]->title_labels; w && *w; w++) {
            n = strlen(*w);
            k = (*w)[n - 1] == ':' ? n - 1 : n;

            if (k >= len || review_strncasecmp(p, *w, k) != 0) {
                continue;
            }

            q = p + k;

            /* a word needs its end: "Film: X", not "Filmore" */
            if (review_isalnum((*w)[k - 1]) && *q != ' '
                && review_str_prefix(q, end, review_lang_label_seps) == 0)
            {
                continue;
            }

            while (q < end && *q == ' ') {
                q++;
            }

            n = review_str_prefix(q, end, review_lang_label_seps);

            if (n == 0 && k < strlen(*w)) {
                continue;
            }

            for (q += n; q < end && *q == ' '; q++) {
                /* void */
            }

            if (q < end) {
                return q - p;
            }
        }
    }

    return 0;
}


int
review_lang_title_filler(const unsigned char *p, size_t len)
{
    unsigned            k;
    const char *const  *w;

    for (k = 0; k < REVIEW_LANG_N; k++) {
        for (w = review_langs[k]->title_fillers; w && *w; w++) {
            if (strlen(*w) == len && review_strncasecmp(p, *w, len) == 0) {
                return 1;
            }
        }
    }

    return 0;
}


int
review_lang_month(const unsigned char *p, size_t len)
{
    unsigned                    k;
    const review_lang_month_t  *m;

    for (k = 0; k < REVIEW_LANG_N; k++) {
        for (m = review_langs[k]->months; m && m->word; m++) {
            if (strlen(m->word) == len
                && review_strncasecmp(p, m->word, len) == 0)
            {
                return m->month;
            }
        }
    }

    return 0;
}


/*
 * Only the places a sentence starts are tried (review_classify.c): the
 * first byte is compared before the label
 */

int
review_lang_verdict_at(const unsigned char *p, const unsigned char *end)
{
    size_t              k, len;
    unsigned            i;
    unsigned char       c;
    const char *const  *w;

    /* a label and what follows it: "X: y" */
    if (end - p < 3) {
        return 0;
    }

    c = review_tolower(*p);

    for (i = 0; i < REVIEW_LANG_N; i++) {
        for (w = review_langs[i]->verdict_labels; w && *w; w++) {

            /* the first letter before the length: most differ by it */
            if (c != (unsigned char) (*w)[0]) {
                continue;
            }

            len = strlen(*w);

            if ((size_t) (end - p) < len + 3
                || review_strncasecmp(p, *w, len) != 0)
            {
                continue;
            }

            k = len;

            while (p + k < end && p[k] == ' ') {
                k++;
            }

            if (p + k + 2 < end && p[k] == ':' && p[k + 1] == ' '
                && !review_isspace(p[k + 2]))
            {
                return 1;
            }
        }
    }

    return 0;
}


int
review_lang_verdict_label(const review_str_t *s)
{
    unsigned  i;

    for (i = 0; i < REVIEW_LANG_N; i++) {
        if (review_langs[i]->verdict_labels
            && review_str_in_ci(s, review_langs[i]->verdict_labels))
        {
            return 1;
        }
    }

    return 0;
}
