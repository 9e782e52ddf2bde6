
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_lang.h"
#include "review_str.h"
#include "review_text_int.h"


/*
 * Words, numbers and punctuation of every block, with what the analysers
 * need to know of each (capitals, emphasis, quotes, possessive), and the
 * sentences they make: a sentence ends at ".", "!", "?" or an ellipsis
 * followed by a capital, unless the word before is an abbreviation or an
 * initial ("Mr.", "vs.", "J. K."); decimals are numbers, not ends.
 */


static inline int
review_cp_upper(uint32_t cp)
{
    if (cp < 0x80) {
        return review_isupper(cp);
    }

    return (cp >= 0xc0 && cp <= 0xde && cp != 0xd7)
           || (cp >= 0x100 && cp <= 0x17f && (cp & 1) == 0)
           || (cp >= 0x391 && cp <= 0x3a9)
           || (cp >= 0x400 && cp <= 0x42f);
}


/* letters of the scripts reviews are written in; not symbols, not marks */

static inline int
review_cp_letter(uint32_t cp)
{
    if (cp < 0x80) {
        return review_isalpha(cp);
    }

    if (cp == 0xd7 || cp == 0xf7) {
        return 0;
    }

    return (cp >= 0xc0 && cp < 0x2000)
           || (cp >= 0x3040 && cp < 0xfe00)
           || cp >= 0x10000;
}


/* kana and Han: scripts written without spaces */

static int
review_cp_cjk(uint32_t cp)
{
    return (cp >= 0x3040 && cp < 0x3100) || (cp >= 0x3400 && cp < 0xa000)
           || (cp >= 0xf900 && cp < 0xfb00);
}


/*
 * Chinese and Japanese words stand inside runs of characters: the lists
 * a run holds, looking up the one to six characters from each place
 * ("面白かった" is five)
 */

#define REVIEW_TOK_INSIDE_MAX  6

uint64_t
review_tok_inside(unsigned lang, const unsigned char *p, size_t len)
{
    size_t                k, n, step, ends[REVIEW_TOK_INSIDE_MAX];
    uint32_t              cp;
    uint64_t              lex;
    const unsigned char  *s, *q, *end;

    lex = 0;
    n = 1;
    cp = 0;
    end = p + len;

    /*
     * only the characters of those scripts: a Latin word in the run
     * ("Kevin Smith", "Cult片") is looked up whole, and its letters are
     * no English "I" or "a" (n: the length of a character skipped)
     */
    for (s = p; s < end; s += step) {

        for (k = 0, q = s; k < REVIEW_TOK_INSIDE_MAX && q < end; k++) {
            n = *q < 0x80 ? 1 : review_utf8_decode(q, end, &cp);

            if (*q < 0x80 || !review_cp_cjk(cp)) {
                break;
            }

            q += n;
            ends[k] = q - s;
        }

        step = k ? ends[0] : n;

        while (k) {
            lex |= review_lex_lang(lang, s, ends[--k]);
        }
    }

    return lex;
}


/*
 * German capitalises every noun: a capitalised word right after an
 * article ("der Regisseur") or with a noun's ending ("Handlung") is a
 * noun, not a name
 */

static int
review_tok_noun(review_tx_t *tx, const review_tok_t *t)
{
    size_t                n;
    const review_tok_t   *prev;
    const char *const    *s;

    if (tx->ntoks >= 2) {
        prev = t - 1;

        if (prev->type == REVIEW_TOK_WORD && prev->block == t->block
            && (prev->lex & REVIEW_LEX_ARTICLE))
        {
            return 1;
        }
    }

    if (t->len < 6) {
        return 0;
    }

    for (s = review_langs[tx->facts->language]->noun_suffixes; s && *s; s++)
    {
        n = strlen(*s);

        if (n < t->len && memcmp(t->p + t->len - n, *s, n) == 0) {
            return 1;
        }
    }

    return 0;
}


/*
 * "consigliamo": a verb whose ending says "we" in a language that leaves
 * out the pronoun (its person_endings), a letter before the ending at
 * least ("siamo")
 */

static int
review_tok_person(const review_lang_t *lang, const unsigned char *p,
    size_t len)
{
    size_t              n;
    const char *const  *e;

    for (e = lang->person_endings; *e; e++) {
        n = strlen(*e);

        if (len >= n + 1 && review_strncasecmp(p + len - n, *e, n) == 0) {
            return 1;
        }
    }

    return 0;
}


static int
review_tok_add(review_tx_t *tx, const unsigned char *p, size_t len,
    review_tok_type_e type, uint32_t cp, unsigned flags, uint32_t block)
{
    uint32_t       n;
    review_tok_t  *t;

    if (tx->ntoks == tx->nalloc) {
        n = tx->nalloc ? tx->nalloc * 2 : 1024;
        t = review_realloc(tx->arena, tx->toks,
                           tx->nalloc * sizeof(review_tok_t),
                           n * sizeof(review_tok_t));
        if (t == NULL) {
            return REVIEW_ERROR;
        }

        tx->toks = t;
        tx->nalloc = n;
    }

    t = &tx->toks[tx->ntoks++];
    t->p = p;
    t->len = (uint32_t) len;
    t->cp = cp;
    t->type = (uint8_t) type;
    t->flags = (uint16_t) flags;
    t->block = block;
    t->sentence = 0;
    t->lex = type != REVIEW_TOK_WORD ? 0
             : (flags & REVIEW_TOK_CAP) && *p == 0xc3
             ? review_lex_lang_cap(tx->facts->language, p, len)
             : review_lex_lang(tx->facts->language, p, len);

    if (type == REVIEW_TOK_WORD && tx->facts->language < REVIEW_LANG_N
        && review_langs[tx->facts->language]->no_spaces)
    {
        t->lex |= review_tok_inside(tx->facts->language, p, len);
    }

    if (type == REVIEW_TOK_WORD && tx->facts->language < REVIEW_LANG_N
        && review_langs[tx->facts->language]->person_endings
        && !(t->lex & REVIEW_LEX_HEDGE)
        && review_tok_person(review_langs[tx->facts->language], p, len))
    {
        t->lex |= REVIEW_LEX_HEDGE;
    }

    if ((flags & REVIEW_TOK_CAP)
        && tx->facts->language < REVIEW_LANG_N
        && review_langs[tx->facts->language]->capital_nouns
        && review_tok_noun(tx, t))
    {
        t->flags &= ~REVIEW_TOK_CAP;
    }

    return REVIEW_OK;
}


/* one block into tokens */

static int
review_tokenize_block(review_tx_t *tx, const review_block_t *blk,
    uint32_t bi)
{
    size_t                n;
    uint32_t              cp, cp2, first;
    unsigned              flags, space, quoted, upper, letters, s, cjk, k;
    const unsigned char  *p, *end, *start, *q;

    p = blk->text.data;
    end = p + blk->text.len;
    space = 1;
    quoted = 0;
    s = 0;

    while (p < end) {

        if (review_char_is(*p, REVIEW_C_SPACE)) {
            space = 1;
            p++;
            continue;
        }

        start = p;

        if (*p < 0x80) {
            cp = *p;
            n = 1;

        } else {
            n = review_utf8_decode(p, end, &cp);
        }
        flags = (space ? REVIEW_TOK_SPACE : 0)
                | (quoted ? REVIEW_TOK_QUOTED : 0);
        space = 0;

        /* emphasis spans are sorted: move to the one that may hold p */
        while (s < blk->nspans
               && blk->spans[s].start + blk->spans[s].len
                  <= (uint32_t) (p - blk->text.data))
        {
            s++;
        }

        for (first = s; first < blk->nspans; first++) {
            if (blk->spans[first].start > (uint32_t) (p - blk->text.data)) {
                break;
            }

            if (blk->spans[first].start + blk->spans[first].len
                > (uint32_t) (p - blk->text.data))
            {
                flags |= blk->spans[first].kind == REVIEW_SPAN_EM
                         ? REVIEW_TOK_EM
                         : blk->spans[first].kind == REVIEW_SPAN_STRONG
                         ? REVIEW_TOK_STRONG : REVIEW_TOK_LINK;
            }
        }

        if (review_cp_letter(cp)) {
            upper = review_cp_upper(cp);
            cjk = review_cp_cjk(cp);
            letters = 1;
            flags |= upper ? REVIEW_TOK_CAP : 0;
            p += n;

            while (p < end) {

                /* most of a page is ASCII: its letters and digits by table */
                k = review_char_class[*p];

                if (k & REVIEW_C_ALPHA) {
                    upper &= (k & REVIEW_C_UPPER) != 0;
                    letters++;
                    p++;
                    continue;
                }

                if (k & REVIEW_C_DIGIT) {
                    p++;
                    continue;
                }

                /* no decoding for the rest of ASCII either */
                if (*p < 0x80) {
                    cp = *p;
                    n = 1;

                } else {
                    n = review_utf8_decode(p, end, &cp);
                }

                if (review_cp_letter(cp)) {
                    upper &= review_cp_upper(cp);
                    letters++;
                    p += n;
                    continue;
                }

                if (review_isdigit(cp)) {
                    p += n;
                    continue;
                }

                /* an apostrophe or a hyphen inside a word */
                if (cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010) {
                    q = p + n;
                    if (q < end) {
                        review_utf8_decode(q, end, &cp2);

                        if (review_cp_letter(cp2)) {

                            /* possessive: the word is what precedes */
                            if (cp != '-' && cp != 0x2010
                                && (cp2 == 's' || cp2 == 'S')
                                && (q + 1 == end || !review_cp_letter(q[1])))
                            {
                                flags |= REVIEW_TOK_POSS;
                                if (review_tok_add(tx, start, p - start,
                                                   REVIEW_TOK_WORD, 0,
                                                   flags | (upper
                                                            && letters > 1
                                                            ? REVIEW_TOK_ALLCAPS
                                                            : 0), bi)
                                    != REVIEW_OK)
                                {
                                    return REVIEW_ERROR;
                                }

                                p = q + 1;
                                goto next;
                            }

                            p = q;
                            continue;
                        }
                    }
                }

                break;
            }

            if (upper && letters > 1) {
                flags |= REVIEW_TOK_ALLCAPS;
            }

            if (review_tok_add(tx, start, p - start, REVIEW_TOK_WORD, 0,
                               flags, bi)
                != REVIEW_OK)
            {
                return REVIEW_ERROR;
            }

            /* no spaces in Chinese and Japanese: two characters a word */
            if (bi < tx->text->nblocks) {
                tx->words += cjk ? (letters + 1) / 2 : 1;
            }

            continue;
        }

        if (review_isdigit(cp)) {
            p++;

            while (p < end && (review_isdigit(*p)
                               || ((*p == '.' || *p == ',') && p + 1 < end
                                   && review_isdigit(p[1]))))
            {
                p++;
            }

            if (review_tok_add(tx, start, p - start, REVIEW_TOK_NUM, 0,
                               flags, bi)
                != REVIEW_OK)
            {
                return REVIEW_ERROR;
            }

            tx->words += bi < tx->text->nblocks;
            continue;
        }

        /* punctuation and symbols, one at a time */
        p += n;

        /*
         * "...", “...”, German „...“ (its “ closes), and guillemets
         * either way round: «...» and German »...«
         */
        if (cp == '"' || cp == 0x201c || cp == 0xab || cp == 0xbb) {
            quoted = !quoted;

        } else if (cp == 0x201e) {
            quoted = 1;

        } else if (cp == 0x201d) {
            quoted = 0;
        }

        if (review_tok_add(tx, start, n, REVIEW_TOK_PUNCT, cp,
                           flags & ~REVIEW_TOK_QUOTED, bi)
            != REVIEW_OK)
        {
            return REVIEW_ERROR;
        }

    next:

        continue;
    }

    return REVIEW_OK;
}


int
review_tok_eq(const review_tok_t *t, const char *word, size_t len)
{
    return t->len == len && t->type == REVIEW_TOK_WORD
           && review_strncasecmp(t->p, word, len) == 0;
}


int
review_tok_in(const review_tok_t *t, const char *const *words)
{
    size_t  n;

    if (t->type != REVIEW_TOK_WORD) {
        return 0;
    }

    for ( /* void */ ; *words; words++) {
        n = strlen(*words);

        if (n == t->len && review_strncasecmp(t->p, *words, n) == 0) {
            return 1;
        }
    }

    return 0;
}


static int
review_terminator(const review_tok_t *t)
{
    return t->type == REVIEW_TOK_PUNCT
           && (t->cp == '.' || t->cp == '!' || t->cp == '?'
               || t->cp == 0x2026
               /* 。！？ of Chinese and Japanese */
               || t->cp == 0x3002 || t->cp == 0xff01 || t->cp == 0xff1f);
}


static int
review_closer(const review_tok_t *t)
{
    return t->type == REVIEW_TOK_PUNCT
           && (t->cp == '"' || t->cp == 0x201d || t->cp == 0x2019
               || t->cp == '\'' || t->cp == ')' || t->cp == ']');
}


/* does a sentence end after token i (a terminator)? */

static int
review_sentence_ends(review_tx_t *tx, uint32_t i, uint32_t end)
{
    uint32_t       j;
    review_tok_t  *t, *prev, *next;

    t = &tx->toks[i];

    j = i + 1;
    while (j < end && (review_closer(&tx->toks[j])
                       || review_terminator(&tx->toks[j])))
    {
        j++;
    }

    if (j >= end) {
        return 1;
    }

    next = &tx->toks[j];

    /* "3 p.m. on", "e.g. the": the next word must begin a sentence */
    if (!(next->flags & REVIEW_TOK_SPACE) && j == i + 1) {
        return 0;
    }

    if (next->type == REVIEW_TOK_WORD && !(next->flags & REVIEW_TOK_CAP)) {
        return 0;
    }

    if (t->cp != '.' || i == 0) {
        return 1;
    }

    prev = &tx->toks[i - 1];

    if (prev->type != REVIEW_TOK_WORD || prev->block != t->block) {
        return 1;
    }

    /* an initial: "J. K. Simmons" */
    if (prev->len == 1 && (prev->flags & REVIEW_TOK_CAP)) {
        return 0;
    }

    return !review_tok_lex(prev, REVIEW_LEX_ABBREV);
}


static int
review_sentence_add(review_tx_t *tx, uint32_t first, uint32_t last)
{
    uint32_t            n, k;
    review_tok_t       *a, *z;
    review_sentence_t  *s;

    if (first >= last) {
        return REVIEW_OK;
    }

    if (tx->nsents == tx->salloc) {
        n = tx->salloc ? tx->salloc * 2 : 64;
        s = review_realloc(tx->arena, tx->sents,
                           tx->salloc * sizeof(review_sentence_t),
                           n * sizeof(review_sentence_t));
        if (s == NULL) {
            return REVIEW_ERROR;
        }

        tx->sents = s;
        tx->salloc = n;
    }

    a = &tx->toks[first];
    z = &tx->toks[last - 1];

    s = &tx->sents[tx->nsents];
    s->first = first;
    s->last = last;
    s->block = a->block;
    s->start = a->p;
    s->len = (uint32_t) (z->p + z->len - a->p);
    s->words = 0;

    for (k = first; k < last; k++) {
        tx->toks[k].sentence = tx->nsents;
        s->words += tx->toks[k].type != REVIEW_TOK_PUNCT;
    }

    for (k = first; k < last; k++) {
        if (tx->toks[k].type == REVIEW_TOK_WORD) {
            tx->toks[k].flags |= REVIEW_TOK_SSTART;
            break;
        }
    }

    tx->nsents++;

    return REVIEW_OK;
}


int
review_tokenize(review_tx_t *tx)
{
    uint32_t               i, b, nb, first, end;
    const review_block_t  *blk;

    nb = tx->text->nblocks + tx->text->nmeta;

    for (b = 0; b < nb; b++) {
        blk = b < tx->text->nblocks ? &tx->text->blocks[b]
                                    : &tx->text->meta[b - tx->text->nblocks];

        if (blk->kind != REVIEW_BLOCK_META) {
            tx->prose_blocks++;
        }

        first = tx->ntoks;

        if (review_tokenize_block(tx, blk, b) != REVIEW_OK) {
            return REVIEW_ERROR;
        }

        end = tx->ntoks;

        for (i = first; i < end; i++) {

            if (tx->text->max_sentences
                && tx->nsents >= tx->text->max_sentences)
            {
                return REVIEW_LIMIT;
            }

            if (!review_terminator(&tx->toks[i])
                || !review_sentence_ends(tx, i, end))
            {
                continue;
            }

            while (i + 1 < end && (review_closer(&tx->toks[i + 1])
                                   || review_terminator(&tx->toks[i + 1])))
            {
                i++;
            }

            if (review_sentence_add(tx, first, i + 1) != REVIEW_OK) {
                return REVIEW_ERROR;
            }

            first = i + 1;
        }

        if (review_sentence_add(tx, first, end) != REVIEW_OK) {
            return REVIEW_ERROR;
        }
    }

    return REVIEW_OK;
}
