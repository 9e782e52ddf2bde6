
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stddef.h>
#include <string.h>

#include "review_lang.h"
#include "review_str.h"
#include "review_text_int.h"


/*
 * Who made the film and who is in it, from the review's own words.
 *
 * Names are runs of capitalised words (with particles and initials); a
 * later surname ("Ahmed") is the full name seen elsewhere ("Riz Ahmed").
 * Each mention gathers evidence from the words around it: "directed by",
 * "director X", "X's film"; "starring A, B and C", "X plays Y", "X ... as
 * Y", "Y (X)", "performance by X", "X delivers a ... performance"; the
 * writer, composer and producer by theirs; crew without a schema.org
 * property (editor, foley artist, cinematographer) and people who are
 * not in the film (jury, critics) are set apart.  Only explicit evidence
 * makes an actor: characters, the reviewer and names merely mentioned are
 * never cast.
 */


#define REVIEW_MAX_MENTIONS   4096
#define REVIEW_MAX_ENTITIES   256
#define REVIEW_NAME_WORDS     4
#define REVIEW_BY_DESC        10          /* words of "by a <...>, X" */
#define REVIEW_BRINGS_WORDS   14          /* "X brings <...> to Y" */

/* words that name a job or a credit, never part of a name */
#define REVIEW_LEX_LABEL      (REVIEW_LEX_DIRECTOR | REVIEW_LEX_CREW         \
                               | REVIEW_LEX_WRITER | REVIEW_LEX_ROLE          \
                               | REVIEW_LEX_LIST_CUE)

/*
 * After "as the", "as an": words that make it no part ("as the reason",
 * "comes to mind as the quintessential example").  English, as the
 * cues around them; a table until the lexicon has a bit to spare.
 */
static const char *const  review_as_no_role[] = {
    "reason", "best", "one", "only", "example", "proof", "reminder",
    "symbol", "metaphor", "testament", "warning", NULL
};


#define REVIEW_ROLE_DIR       offsetof(review_entity_t, dir)
#define REVIEW_ROLE_ACT       offsetof(review_entity_t, act)
#define REVIEW_ROLE_WRI       offsetof(review_entity_t, wri)
#define REVIEW_ROLE_COMP      offsetof(review_entity_t, comp)
#define REVIEW_ROLE_PROD      offsetof(review_entity_t, prod)
#define REVIEW_ROLE_CREW      offsetof(review_entity_t, crew)



typedef struct {
    uint32_t                 first;       /* tokens of the name */
    uint32_t                 last;        /* exclusive */
    uint32_t                 entity;
} review_mention_t;


typedef struct {
    review_str_t             name;
    uint32_t                 words;
    uint32_t                 first_mention;
    unsigned                 mentions;

    int                      dir;
    int                      act;
    int                      wri;
    int                      comp;
    int                      prod;
    int                      crew;
    int                      chr;
    int                      other;

    review_str_t             character;
    unsigned                 emitted:1;
} review_entity_t;

/* a credit of the language tables as a role here, in review_credit_e
   order */
static const size_t  review_credit_roles[] = {
    0, REVIEW_ROLE_DIR, REVIEW_ROLE_WRI, REVIEW_ROLE_COMP, REVIEW_ROLE_PROD,
    REVIEW_ROLE_ACT, REVIEW_ROLE_CREW
};

#define review_credit_of(c)                                                \
    ((c) < sizeof(review_credit_roles) / sizeof(review_credit_roles[0])      \
     ? review_credit_roles[c] : 0)


/*
 * What one cue counts for a role, and what a role needs: the people
 * decision as a table.  A person is credited with the roles whose cues
 * they gathered; crew and bystander cues ("editor X", "critic X") veto.
 */
typedef struct {
    int                      strong;      /* "directed by X", "X plays Y",
                                             "Director: X" */
    int                      weak;        /* a hint: "X's film", a name
                                             near "with" */
    int                      cast;        /* an actor needs this much */
    int                      maker_cast;  /* a director or writer as cast
                                             too: only on this much */
} review_people_weights_t;


static const review_people_weights_t  review_cue = {
    .strong = 2,
    .weak = 1,
    .cast = 1,
    .maker_cast = 4
};


typedef struct {
    review_tx_t             *tx;
    review_mention_t        *m;
    uint32_t                 nm;
    review_entity_t         *e;
    uint32_t                 ne;
    int32_t                 *at;          /* token -> mention starting there */
    uint32_t                 mmax;
    uint32_t                 emax;
} review_people_ctx_t;


/* does the work's name start at this token, in the same block? */

static int
review_starts_item(review_tx_t *tx, const review_tok_t *t)
{
    const review_str_t    *item, *text;
    const review_block_t  *blk;

    item = &tx->facts->item_name;

    if (item->len == 0 || !(t->flags & REVIEW_TOK_CAP)) {
        return 0;
    }

    blk = t->block < tx->text->nblocks
          ? &tx->text->blocks[t->block]
          : &tx->text->meta[t->block - tx->text->nblocks];
    text = &blk->text;

    return (size_t) (text->data + text->len - t->p) >= item->len
           && review_strncasecmp(t->p, (const char *) item->data, item->len)
              == 0;
}


/* does the work's name end with token t, in its block? */

static int
review_ends_item(review_tx_t *tx, const review_tok_t *t)
{
    const unsigned char   *end, *start;
    const review_str_t    *item, *text;
    const review_block_t  *blk;

    item = &tx->facts->item_name;

    if (item->len == 0 || t->type == REVIEW_TOK_PUNCT) {
        return 0;
    }

    blk = t->block < tx->text->nblocks
          ? &tx->text->blocks[t->block]
          : &tx->text->meta[t->block - tx->text->nblocks];
    text = &blk->text;
    end = t->p + t->len;

    if ((size_t) (end - text->data) < item->len) {
        return 0;
    }

    start = end - item->len;

    return review_strncasecmp(start, (const char *) item->data, item->len)
           == 0
           && (start == text->data || !review_isalnum(start[-1]));
}


/*
 * The film's name, then its director: "The House Is Black (Forough
 * Farrokhzad, 1963)"; a heading "Dogville (2003), Lars von Trier" or
 * "High Fidelity (Stephen Frears)", the name closing it.  In a heading
 * the title needs not be the work's name as found: the heading is the
 * post's title, whatever the name was cleaned to.
 */

static int
review_after_item(review_people_ctx_t *pc, review_mention_t *m)
{
    int            heading, closes;
    uint32_t       a, b, blk;
    review_tx_t   *tx;
    review_tok_t  *t;

    tx = pc->tx;
    a = m->first;
    b = m->last;
    blk = tx->toks[a].block;

    if (a < 2 || tx->toks[a - 2].block != blk) {
        return 0;
    }

    heading = blk < tx->text->nblocks
              && tx->text->blocks[blk].kind == REVIEW_BLOCK_HEADING;
    closes = b == tx->ntoks || tx->toks[b].block != blk
             || (review_tok_punct(&tx->toks[b], ')')
                 && (b + 1 == tx->ntoks || tx->toks[b + 1].block != blk));

    /* "Title (X, 1963)", and closing a heading "Title (X)" */
    if (review_tok_punct(&tx->toks[a - 1], '(')
        && (review_ends_item(tx, &tx->toks[a - 2]) || (heading && closes))
        && b < tx->ntoks && tx->toks[b].block == blk)
    {
        t = &tx->toks[b];

        if (review_tok_punct(t, ')')) {
            return heading && closes;
        }

        return review_tok_punct(t, ',') && b + 2 < tx->ntoks
               && tx->toks[b + 1].type == REVIEW_TOK_NUM
               && tx->toks[b + 1].len == 4
               && review_tok_punct(&tx->toks[b + 2], ')');
    }

    /*
     * "Title (2003), X" closing a heading; "“Creepy” (2016), de Kiyoshi
     * Kurosawa.": the language's "of" or "by" before the name, a stop
     */
    if (a > 0 && review_tok_lex(&tx->toks[a - 1],
                                REVIEW_LEX_LABEL_OF | REVIEW_LEX_BY))
    {
        a--;
    }

    if (b + 1 < tx->ntoks && review_tok_punct(&tx->toks[b], '.')
        && tx->toks[b + 1].block != blk)
    {
        closes = 1;

    } else if (b + 1 == tx->ntoks && review_tok_punct(&tx->toks[b], '.')) {
        closes = 1;
    }

    return a >= 5 && heading && closes
           && review_tok_punct(&tx->toks[a - 1], ',')
           && review_tok_punct(&tx->toks[a - 2], ')')
           && tx->toks[a - 3].type == REVIEW_TOK_NUM
           && tx->toks[a - 3].len == 4
           && review_tok_punct(&tx->toks[a - 4], '(')
           && tx->toks[a - 5].block == blk;
}


/* "the mother", "a cook", "her handler": a part, not a crew job */

static int
review_as_part(review_people_ctx_t *pc, uint32_t i, uint32_t sent,
    int judged)
{
    uint32_t       k;
    review_tok_t  *t;

    t = i < pc->tx->ntoks ? &pc->tx->toks[i] : NULL;

    if (t == NULL || t->sentence != sent
        || !review_tok_lex(t, REVIEW_LEX_DETERMINER))
    {
        return 0;
    }

    for (k = i + 1; k < pc->tx->ntoks && k <= i + 4; k++) {
        t = &pc->tx->toks[k];

        if (t->sentence != sent || t->type != REVIEW_TOK_WORD) {
            break;
        }

        /* "is warm as the engineer" is a part; "as the editor" a job */
        if (review_tok_lex(t, REVIEW_LEX_DIRECTOR | REVIEW_LEX_WRITER
                              | REVIEW_LEX_OTHER | REVIEW_LEX_FILM_WORD
                              | (judged ? 0 : REVIEW_LEX_CREW))
            || review_tok_in(t, review_as_no_role))
        {
            return 0;
        }
    }

    return 1;
}


/* "is warm and funny as": a judgement of someone between i and as */

static int
review_judged(review_people_ctx_t *pc, uint32_t i, uint32_t as, uint32_t sent)
{
    uint32_t       k;
    review_tok_t  *t;

    for (k = i; k < as && k < pc->tx->ntoks; k++) {
        t = &pc->tx->toks[k];

        if (t->sentence == sent
            && (review_tok_is(t, "is") || review_tok_is(t, "are")
                || review_tok_is(t, "was") || review_tok_is(t, "were")))
        {
            return 1;
        }
    }

    return 0;
}


/* does the sentence give someone else a part: "plays", "stars as"? */

static int
review_sentence_plays(review_people_ctx_t *pc, uint32_t sent, uint32_t not)
{
    uint32_t       k;
    review_tok_t  *t;

    k = pc->tx->sents[sent].first;

    for ( /* void */ ; k < pc->tx->ntoks; k++) {
        t = &pc->tx->toks[k];

        if (t->sentence != sent) {
            break;
        }

        if (k + 1 < not || k > not + 1) {
            if ((review_tok_lex(t, REVIEW_LEX_PLAY)
                 && !review_tok_is(t, "stars"))
                || (review_tok_is(t, "stars") && k + 1 < pc->tx->ntoks
                    && review_tok_is(&pc->tx->toks[k + 1], "as")))
            {
                return 1;
            }
        }
    }

    return 0;
}


static size_t review_credit_role(review_tx_t *tx, uint32_t i);


static review_tok_t *
review_at(review_people_ctx_t *pc, uint32_t i, int32_t k, uint32_t sent)
{
    int64_t  j;

    j = (int64_t) i + k;

    if (j < 0 || j >= pc->tx->ntoks || pc->tx->toks[j].sentence != sent) {
        return NULL;
    }

    return &pc->tx->toks[j];
}


/*
 * "Park Chan-wook has always been a filmmaker of extremes", "X is the
 * latest in a line of auteurs": after the name, a form of "to be", then
 * a few plain words and a director's noun; someone's relative, an actor
 * or another job on the way is no director ("X is the wife of director
 * Y", "X is a better actor than director")
 */

#define REVIEW_BE_WORDS  8          /* plain words before the noun: "is
                                       the latest in a long line of
                                       auteurs" */

static int
review_is_director(review_people_ctx_t *pc, uint32_t b, uint32_t sent)
{
    int            be;
    uint32_t       k, words;
    review_tok_t  *t;

    be = 0;

    for (k = 0; k < 4 && (t = review_at(pc, b, k, sent)); k++) {
        if (review_tok_lex(t, REVIEW_LEX_BE)) {
            be = 1;

        } else if (!review_tok_lex(t, REVIEW_LEX_BE_AUX)) {
            break;
        }
    }

    if (!be) {
        return 0;
    }

    for (words = 0; words <= REVIEW_BE_WORDS
                    && (t = review_at(pc, b, k, sent)); k++, words++)
    {
        if (t->type != REVIEW_TOK_WORD || (t->flags & REVIEW_TOK_CAP)
            || review_tok_lex(t, REVIEW_LEX_PERSON | REVIEW_LEX_ROLE
                                 | REVIEW_LEX_CLAUSE | REVIEW_LEX_CREW
                                 | REVIEW_LEX_WRITER
                                 | REVIEW_LEX_NOT_FILM_DIR))
        {
            return 0;
        }

        if (review_tok_lex(t, REVIEW_LEX_DIRECTOR)) {
            return 1;
        }
    }

    return 0;
}


static int
review_is_name_word(const review_tok_t *t)
{
    if (t->type != REVIEW_TOK_WORD || !(t->flags & REVIEW_TOK_CAP)) {
        return 0;
    }

    /* titles in capitals and in italics are works, not people */
    if ((t->flags & REVIEW_TOK_ALLCAPS) && t->len > 2) {
        return 0;
    }

    if (t->flags & REVIEW_TOK_EM) {
        return 0;
    }

    return !review_tok_lex(t, REVIEW_LEX_FUNCTION);
}


/* "Spider-man Directed By", "Music plays": a credit word, no name */

static int
review_is_credit_word(review_tx_t *tx, const review_tok_t *t)
{
    /* "D: A", but "Richard D. James": a letter before its colon only */
    if (t->len == 1
        && (t + 1 == tx->toks + tx->ntoks
            || !review_tok_punct(t + 1, ':')))
    {
        return 0;
    }

    return t->type == REVIEW_TOK_WORD
           && (review_tok_lex(t, REVIEW_LEX_LABEL)
               || review_lex_credit_any(tx->facts->language, t->p, t->len));
}


/*
 * "Best Use Of Body Paint", "Lord And Master": a run after a small word
 * written with a capital inside a sentence is a title's, no one's name
 */

static int
review_in_title_case(review_tx_t *tx, uint32_t first)
{
    review_tok_t  *p, *t;

    if (first == 0) {
        return 0;
    }

    p = &tx->toks[first - 1];
    t = &tx->toks[first];

    return p->sentence == t->sentence && p->block == t->block
           && p->type == REVIEW_TOK_WORD && (p->flags & REVIEW_TOK_CAP)
           && !(p->flags & REVIEW_TOK_SSTART)
           && review_tok_lex(p, REVIEW_LEX_TITLE_WORD);
}


/* "Dr. Fenwick", "Mr. Hanks": tokens of the title before the name */

static uint32_t
review_honorific_len(review_tx_t *tx, uint32_t i)
{
    uint32_t       j;
    review_tok_t  *t, *n;

    t = &tx->toks[i];

    if (t->type != REVIEW_TOK_WORD || !(t->flags & REVIEW_TOK_CAP)
        || !review_tok_lex(t, REVIEW_LEX_HONORIFIC))
    {
        return 0;
    }

    j = i + 1;

    if (j < tx->ntoks && review_tok_punct(&tx->toks[j], '.')
        && tx->toks[j].p == t->p + t->len)
    {
        j++;
    }

    if (j >= tx->ntoks) {
        return 0;
    }

    n = &tx->toks[j];

    return (n->sentence == t->sentence && n->block == t->block
            && review_is_name_word(n)) ? j - i : 0;
}


/*
 * "June Okoro", "April Wells": a month that opens a name, not a date
 * ("in June Netflix ...", "June 5", "May 2021")
 */

static int
review_month_name(review_tx_t *tx, uint32_t i)
{
    review_tok_t  *t, *p;

    t = &tx->toks[i];

    if (t->type != REVIEW_TOK_WORD || !(t->flags & REVIEW_TOK_CAP)
        || !review_tok_lex(t, REVIEW_LEX_MONTH) || t->len < 3
        || i + 1 >= tx->ntoks)
    {
        return 0;
    }

    if (tx->toks[i + 1].sentence != t->sentence
        || tx->toks[i + 1].block != t->block
        || !review_is_name_word(&tx->toks[i + 1]))
    {
        return 0;
    }

    if (i == 0 || tx->toks[i - 1].sentence != t->sentence) {
        return 0;                   /* "June Netflix ..." opening a line */
    }

    p = &tx->toks[i - 1];

    return !(p->type == REVIEW_TOK_NUM
             || review_tok_is(p, "in") || review_tok_is(p, "on")
             || review_tok_is(p, "of") || review_tok_is(p, "since")
             || review_tok_is(p, "until") || review_tok_is(p, "till")
             || review_tok_is(p, "from") || review_tok_is(p, "by")
             || review_tok_is(p, "to") || review_tok_is(p, "through")
             || review_tok_is(p, "during") || review_tok_is(p, "early")
             || review_tok_is(p, "late") || review_tok_is(p, "mid")
             || review_tok_is(p, "last") || review_tok_is(p, "next")
             || review_tok_is(p, "this") || review_tok_is(p, "each")
             || review_tok_is(p, "every") || review_tok_is(p, "before")
             || review_tok_is(p, "after") || review_tok_is(p, "for"));
}


/*
 * the work's own name where the text names the work: "Dr. Fenwick" is
 * inside "Dr. Fenwick's Last Case" as a title, not in "plays Dr. Fenwick"
 */

static int
review_inside_item(review_tx_t *tx, const review_tok_t *t,
    const review_str_t *s)
{
    size_t                 off;
    const unsigned char   *start;
    const review_str_t    *item, *text;
    const review_block_t  *blk;

    item = &tx->facts->item_name;

    if (item->len == 0 || s->len > item->len) {
        return 0;
    }

    if (s->len == item->len) {
        return review_strncasecmp(s->data, (const char *) item->data,
                                  s->len) == 0;
    }

    if (!review_contains_ci(item->data, item->len, s->data, s->len)) {
        return 0;
    }

    blk = t->block < tx->text->nblocks
          ? &tx->text->blocks[t->block]
          : &tx->text->meta[t->block - tx->text->nblocks];
    text = &blk->text;

    for (off = 0; off + s->len <= item->len; off++) {
        if ((size_t) (s->data - text->data) < off
            || (item->data[off] | 0x20) != (s->data[0] | 0x20)
            || review_strncasecmp(item->data + off, (const char *) s->data,
                                  s->len) != 0)
        {
            continue;
        }

        start = s->data - off;

        if ((size_t) (text->data + text->len - start) >= item->len
            && review_strncasecmp(start, (const char *) item->data,
                                  item->len) == 0)
        {
            return 1;
        }
    }

    return 0;
}


/* a sentence's first word that only is capitalised for being first */

static int
review_is_starter(const review_tok_t *t)
{
    size_t  n;

    if (!(t->flags & REVIEW_TOK_SSTART)) {
        return 0;
    }

    n = t->len;

    /* "Inspired", but "Jared", "Alfred", "Ahmed" are names */
    return (n > 4 && memcmp(t->p + n - 3, "ing", 3) == 0)
           || (n > 3 && memcmp(t->p + n - 2, "ed", 2) == 0
               && t->p[n - 3] != 'r'
               && !(t->p[n - 3] == 'm'
                    && (t->p[n - 4] == 'h' || t->p[n - 4] == 'm')))
           || (n > 3 && memcmp(t->p + n - 2, "ly", 2) == 0);
}


static int
review_mention_text(review_tx_t *tx, uint32_t first, uint32_t last,
    review_str_t *s)
{
    review_tok_t  *a, *z;

    a = &tx->toks[first];
    z = &tx->toks[last - 1];

    s->data = a->p;
    s->len = z->p + z->len - a->p;

    return REVIEW_OK;
}


static int
review_same_name(const review_str_t *a, const review_str_t *b)
{
    return a->len == b->len && review_strncasecmp(a->data,
                                                  (const char *) b->data,
                                                  a->len) == 0;
}


/*
 * "<em>Dir. Jane Roe</em>", "<i>Director: Jane Roe</i>": a line that
 * opens with a credit is set in italics as a whole, its names are no
 * titles
 */

static void
review_credit_lines(review_tx_t *tx)
{
    uint32_t       i, k;
    review_tok_t  *t;

    for (i = 0; i + 1 < tx->ntoks; i++) {
        t = &tx->toks[i];

        if ((i > 0 && tx->toks[i - 1].block == t->block)
            || !(t->flags & REVIEW_TOK_EM))
        {
            continue;
        }

        if (review_credit_role(tx, i) == 0
            && !(review_tok_lex(t, REVIEW_LEX_DIRECTOR)
                 && review_tok_lex(t, REVIEW_LEX_ABBREV)
                 && review_tok_punct(&tx->toks[i + 1], '.')))
        {
            continue;
        }

        for (k = i; k < tx->ntoks && tx->toks[k].block == t->block; k++) {
            tx->toks[k].flags &= ~REVIEW_TOK_EM;
        }

        i = k - 1;
    }
}


/* names: runs of capitalised words, particles between, initials */

/*
 * Chinese and Japanese write no capitals: a short run of characters is a
 * name where a credit label and its colon stand right before it, or
 * before the names listed ahead of it with 、 or ／ ("監督：山田太郎",
 * "主演：A、B、C")
 */

#define REVIEW_CJK_NAME_MAX   8           /* characters */
#define REVIEW_CJK_LIST_MAX   16          /* names in a label's list */

/*
 * "，米林宏昌导演，": a clause of a name and a director's word after
 * it ("after" in the table), alone between punctuation; the name holds
 * no word of the tables ("这位导演", "电影导演": nobody).  The bytes
 * of the credit word at the end of token i, or 0.
 */

#define REVIEW_CJK_RUN_NAME_MIN  2         /* characters */
#define REVIEW_CJK_RUN_NAME_MAX  4
#define REVIEW_CJK_CREDIT_MAX    2

static size_t
review_cjk_credit_tail(review_tx_t *tx, uint32_t i)
{
    unsigned              k, n, lang;
    uint32_t              cp;
    review_tok_t         *t, *o;
    const unsigned char  *p, *end, *at[REVIEW_CJK_RUN_NAME_MAX
                                       + REVIEW_CJK_CREDIT_MAX + 1];

    lang = tx->facts->language;
    t = &tx->toks[i];

    if (lang >= REVIEW_LANG_N || !review_langs[lang]->no_spaces
        || t->type != REVIEW_TOK_WORD || t->p[0] < 0x80)
    {
        return 0;
    }

    /* alone in its clause: punctuation or the block's edge either side */
    o = i ? &tx->toks[i - 1] : NULL;

    if (o && o->block == t->block && o->type != REVIEW_TOK_PUNCT) {
        return 0;
    }

    o = i + 1 < tx->ntoks ? &tx->toks[i + 1] : NULL;

    if (o && o->block == t->block && o->type != REVIEW_TOK_PUNCT) {
        return 0;
    }

    end = t->p + t->len;
    cp = 0;

    for (n = 0, p = t->p; p < end; n++) {
        if (n == REVIEW_CJK_RUN_NAME_MAX + REVIEW_CJK_CREDIT_MAX) {
            return 0;
        }

        at[n] = p;
        p += review_utf8_decode(p, end, &cp);

        if (cp < 0x80) {
            return 0;
        }
    }

    at[n] = end;

    for (k = 1; k <= REVIEW_CJK_CREDIT_MAX && k < n; k++) {
        if (n - k < REVIEW_CJK_RUN_NAME_MIN
            || n - k > REVIEW_CJK_RUN_NAME_MAX)
        {
            continue;
        }

        if (review_lex_credit(lang, at[n - k], end - at[n - k],
                              REVIEW_CREDIT_AFTER) == REVIEW_CREDIT_DIR
            && review_tok_inside(lang, t->p, at[n - k] - t->p) == 0)
        {
            return end - at[n - k];
        }
    }

    return 0;
}


static int
review_cjk_name(review_tx_t *tx, uint32_t i)
{
    unsigned              k, n;
    uint32_t              cp;
    const unsigned char  *p, *end;
    review_tok_t         *t, *sep;

    if (tx->facts->language >= REVIEW_LANG_N
        || !review_langs[tx->facts->language]->no_spaces)
    {
        return 0;
    }

    for (k = 0; k < REVIEW_CJK_LIST_MAX && i >= 2; k++) {
        t = &tx->toks[i];

        if (t->type != REVIEW_TOK_WORD || t->p[0] < 0x80) {
            return 0;
        }

        end = t->p + t->len;

        for (n = 0, p = t->p; p < end && n <= REVIEW_CJK_NAME_MAX; n++) {
            p += review_utf8_decode(p, end, &cp);
        }

        sep = &tx->toks[i - 1];

        if (n < 2 || n > REVIEW_CJK_NAME_MAX || sep->block != t->block
            || sep->type != REVIEW_TOK_PUNCT)
        {
            return 0;
        }

        /* the label before the colon */
        if (sep->cp == ':' || sep->cp == 0xff1a) {
            t = &tx->toks[i - 2];

            return t->type == REVIEW_TOK_WORD
                   && review_lex_credit(tx->facts->language, t->p, t->len, 0);
        }

        /* a name listed before this one */
        if (sep->cp != 0x3001 && sep->cp != 0xff0f && sep->cp != '/') {
            return 0;
        }

        i -= 2;
    }

    return 0;
}


static int
review_people_mentions(review_people_ctx_t *pc)
{
    int            month, company;
    uint32_t       i, j, h, words, first, last;
    review_tx_t   *tx;
    review_tok_t  *t;
    review_str_t   s;

    tx = pc->tx;

    for (i = 0; i < tx->ntoks && pc->nm < pc->mmax; i++) {

        h = 0;
        month = 0;
        company = 0;

        if (!review_is_name_word(&tx->toks[i])) {
            if (review_cjk_name(tx, i) || review_cjk_credit_tail(tx, i)) {
                pc->m[pc->nm].first = i;
                pc->m[pc->nm].last = i + 1;
                pc->m[pc->nm].entity = (uint32_t) -1;
                pc->at[i] = (int32_t) pc->nm;
                pc->nm++;
                continue;
            }

            if (!review_tok_lex(&tx->toks[i],
                                REVIEW_LEX_MONTH | REVIEW_LEX_HONORIFIC))
            {
                continue;
            }

            month = review_month_name(tx, i);
            h = month ? 0 : review_honorific_len(tx, i);

            if (h == 0 && !month) {
                continue;
            }
        }

        first = i;
        words = 0;
        j = i + h;

        while (j < tx->ntoks && words < REVIEW_NAME_WORDS + 2) {
            t = &tx->toks[j];

            if (t->block != tx->toks[first].block) {
                break;
            }

            /* "Henrik Vass<br>Screenwriters:": a credit word ends it */
            if (j > first + h && review_is_credit_word(tx, t)) {
                break;
            }

            /*
             * "Director: A<br>Distributor: B", "Producers: A, Eva
             * Lind<br>Studios: C": after a label's colon or a name of two
             * words, any word before a colon is the next line's label
             */
            if (j > first + h && j + 1 < tx->ntoks
                && (words >= 2
                    || (first > 0
                        && review_tok_punct(&tx->toks[first - 1], ':')))
                && review_tok_punct(&tx->toks[j + 1], ':')
                && tx->toks[j + 1].block == t->block)
            {
                break;
            }

            /* "New Line Cinema", "Sam Raimi Columbia": a company's */
            if (review_tok_lex(t, REVIEW_LEX_COMPANY)
                && (t->flags & REVIEW_TOK_CAP))
            {
                company = 1;
            }

            if (review_is_name_word(t) || (month && j == first)) {
                words++;
                j++;

                if (t->flags & REVIEW_TOK_POSS) {
                    break;
                }

                /* "Harold St. John", "Anil Kapoor Jr." */
                if (t->len == 2 && review_tok_lex(t, REVIEW_LEX_ABBREV)
                    && j < tx->ntoks && review_tok_punct(&tx->toks[j], '.')
                    && tx->toks[j].p == t->p + 2)
                {
                    j++;

                    if (j < tx->ntoks && review_is_name_word(&tx->toks[j])
                        && tx->toks[j].sentence == t->sentence)
                    {
                        continue;
                    }

                    break;
                }

                /* an initial: "J." */
                if (t->len == 1 && j + 1 < tx->ntoks
                    && review_tok_punct(&tx->toks[j], '.')
                    && review_is_name_word(&tx->toks[j + 1]))
                {
                    j++;
                }

                continue;
            }

            if (words && review_tok_lex(t, REVIEW_LEX_PARTICLE)
                && j + 1 < tx->ntoks && review_is_name_word(&tx->toks[j + 1]))
            {
                j++;
                continue;
            }

            break;
        }

        last = j;
        i = j > i ? j - 1 : i;

        /*
         * "Supporting Ahmed", "Newcomer Kai Jensen": not part of it;
         * "Screenwriters:" alone is no name at all
         */
        /* "seen Star Wars": a job word with a capital inside a
           sentence starts a title, not a credit */
        if (review_is_credit_word(tx, &tx->toks[first])
            && (tx->toks[first].flags & REVIEW_TOK_CAP)
            && !(tx->toks[first].flags & REVIEW_TOK_SSTART)
            && first > 0 && tx->toks[first - 1].type == REVIEW_TOK_WORD
            && tx->toks[first - 1].sentence == tx->toks[first].sentence
            && !(tx->toks[first - 1].flags & REVIEW_TOK_CAP))
        {
            continue;
        }

        if (review_is_starter(&tx->toks[first])
            || review_is_credit_word(tx, &tx->toks[first]))
        {
            first++;
            while (first < last
                   && tx->toks[first].type == REVIEW_TOK_PUNCT)
            {
                first++;
            }

            /* "Direção de Ana Reis": the label's "of" is no particle */
            if (first < last
                && review_tok_lex(&tx->toks[first], REVIEW_LEX_LABEL_OF))
            {
                first++;
            }
        }

        /* "Australians Yolanda Ramke": a people is no part of a name */
        while (first < last && tx->toks[first].type == REVIEW_TOK_WORD
               && review_tok_in(&tx->toks[first], review_en_peoples))
        {
            first++;
            words--;
        }

        if (first >= last || words == 0 || words > REVIEW_NAME_WORDS
            || company || review_in_title_case(tx, first))
        {
            continue;
        }

        review_mention_text(tx, first, last, &s);

        /* the work's own name, the reviewer, the publication */
        if (review_inside_item(tx, &tx->toks[first], &s)
            || review_same_name(&s, &tx->facts->author)
            || review_same_name(&s, &tx->facts->site_name))
        {
            continue;
        }

        pc->m[pc->nm].first = first;
        pc->m[pc->nm].last = last;
        pc->m[pc->nm].entity = (uint32_t) -1;
        pc->at[first] = (int32_t) pc->nm;
        pc->nm++;
    }

    return REVIEW_OK;
}


static uint32_t
review_words_of(review_tx_t *tx, review_mention_t *m)
{
    uint32_t  k, n;

    k = m->first;

    if (review_tok_lex(&tx->toks[k], REVIEW_LEX_HONORIFIC)) {
        k += review_honorific_len(tx, k);
    }

    for (n = 0; k < m->last; k++) {
        n += tx->toks[k].type == REVIEW_TOK_WORD;
    }

    return n;
}


/* mention i to the entity of its name, a new one if there is room */

static void
review_entity_add(review_people_ctx_t *pc, uint32_t i, uint32_t words)
{
    uint32_t          k;
    review_str_t      s;
    review_entity_t  *e;

    review_mention_text(pc->tx, pc->m[i].first, pc->m[i].last, &s);

    /* "米林宏昌导演": the name without its credit */
    if (pc->m[i].last == pc->m[i].first + 1) {
        s.len -= review_cjk_credit_tail(pc->tx, pc->m[i].first);
    }

    for (k = 0; k < pc->ne; k++) {
        if (review_same_name(&pc->e[k].name, &s)) {
            break;
        }
    }

    if (k == pc->ne) {
        if (pc->ne == pc->emax) {
            return;
        }

        e = &pc->e[pc->ne++];
        memset(e, 0, sizeof(review_entity_t));
        e->name = s;
        e->words = words;
        e->first_mention = i;
    }

    pc->m[i].entity = k;
    pc->e[k].mentions++;
}


/* full names first; then a single word is the full name ending with it */

static int
review_people_entities(review_people_ctx_t *pc)
{
    uint32_t          i, k, found, words;
    review_tx_t      *tx;
    review_tok_t     *w;
    review_entity_t  *e;

    tx = pc->tx;

    for (i = 0; i < pc->nm; i++) {
        words = review_words_of(tx, &pc->m[i]);

        if (words < 2) {
            continue;
        }

        review_entity_add(pc, i, words);
    }

    /* "Tagged Riz Ahmed" is "Riz Ahmed": a longer name ending in one */
    for (k = 0; k < pc->ne; k++) {
        review_entity_t  *b;
        uint32_t          j;

        e = &pc->e[k];

        for (j = 0; j < pc->ne; j++) {
            b = &pc->e[j];

            if (j == k || b->words < 2 || b->words >= e->words
                || b->name.len >= e->name.len
                || e->name.data[e->name.len - b->name.len - 1] != ' '
                || review_strncasecmp(e->name.data + e->name.len
                                      - b->name.len,
                                      (const char *) b->name.data,
                                      b->name.len) != 0)
            {
                continue;
            }

            for (i = 0; i < pc->nm; i++) {
                if (pc->m[i].entity == k) {
                    pc->m[i].entity = j;
                    b->mentions++;
                }
            }

            e->words = 0;          /* gone: no surname resolves to it */
            e->mentions = 0;
            break;
        }
    }

    for (i = 0; i < pc->nm; i++) {
        if (pc->m[i].entity != (uint32_t) -1) {
            continue;
        }

        w = &tx->toks[pc->m[i].last - 1];
        found = (uint32_t) -1;

        for (k = 0; k < pc->ne; k++) {
            e = &pc->e[k];

            if (e->words < 2 || e->name.len < w->len) {
                continue;
            }

            /* the full name ends with this word */
            if (review_strncasecmp(e->name.data + e->name.len - w->len,
                                   (const char *) w->p, w->len) == 0
                && e->name.data[e->name.len - w->len - 1] == ' ')
            {
                if (found != (uint32_t) -1) {
                    found = (uint32_t) -2;      /* two of them: unsure */
                    break;
                }

                found = k;
            }
        }

        if (found < (uint32_t) -2) {
            pc->m[i].entity = found;
            pc->e[found].mentions++;
            continue;
        }

        /* "Ruiz" with Ana Ruiz and Joel Ruiz about: nobody to credit */
        if (found == (uint32_t) -2) {
            continue;
        }

        /*
         * "Song" after "Song Kang-ho": a name whose given name is
         * hyphenated ("Kang-ho", "Woo-ping") puts the family name first
         */
        for (k = 0; k < pc->ne; k++) {
            e = &pc->e[k];

            if (e->words >= 2 && e->name.len > w->len + 1
                && e->name.data[w->len] == ' '
                && review_strncasecmp(e->name.data, (const char *) w->p,
                                      w->len) == 0
                && memchr(e->name.data + w->len, '-', e->name.len - w->len)
                && memchr(e->name.data + w->len + 1, ' ',
                          e->name.len - w->len - 1) == NULL)
            {
                found = found == (uint32_t) -1 ? k : (uint32_t) -2;
            }
        }

        if (found < (uint32_t) -2) {
            pc->m[i].entity = found;
            pc->e[found].mentions++;
            continue;
        }

        if (found == (uint32_t) -2) {
            continue;
        }

        review_entity_add(pc, i, 1);
    }

    return REVIEW_OK;
}


static review_entity_t *
review_entity_of(review_people_ctx_t *pc, uint32_t tok)
{
    int32_t  mi;

    if (tok >= pc->tx->ntoks) {
        return NULL;
    }

    mi = pc->at[tok];

    if (mi < 0 || pc->m[mi].entity >= pc->ne) {
        return NULL;
    }

    return &pc->e[pc->m[mi].entity];
}


/*
 * "directed by A and B", "the screenplay, by A and B": the role of a
 * credit the mention starting at token "first" follows
 */

static size_t
review_credit_by(review_people_ctx_t *pc, uint32_t first, uint32_t sent)
{
    review_tok_t  *t;

    t = review_at(pc, first, -1, sent);

    /* "directed by Australians A and B" */
    if (t && t->type == REVIEW_TOK_WORD
        && review_tok_in(t, review_en_peoples))
    {
        first--;
        t = review_at(pc, first, -1, sent);
    }

    if (t == NULL || !review_tok_lex(t, REVIEW_LEX_BY)) {
        return 0;
    }

    t = review_at(pc, first, -2, sent);

    if (t && review_tok_punct(t, ',')) {
        t = review_at(pc, first, -3, sent);
    }

    if (t == NULL || t->type != REVIEW_TOK_WORD) {
        return 0;
    }

    /* "directed by", "réalisé par", "inszeniert von": the tables' verbs */
    return review_credit_of(review_lex_credit(pc->tx->facts->language,
                                                t->p, t->len, 1));
}


/*
 * "A directs", "A escribe y dirige", "A 饰": the credits of the words
 * that follow a name (a table's "after"); a second one joined by a short
 * word ("and", "y", "et").  A writer's word counts only so joined ("A
 * writes and directs", not "A writes that"); not "A directed by B".
 */

static void
review_credit_after(review_people_ctx_t *pc, uint32_t last, uint32_t sent,
    review_entity_t *e)
{
    size_t          role[2];
    unsigned        k, lang;
    review_tok_t   *t, *n;

    lang = pc->tx->facts->language;
    role[0] = 0;
    role[1] = 0;

    for (k = 0; k < 2; k++) {
        t = review_at(pc, last, 1 + 2 * k, sent);

        if (t == NULL || t->type != REVIEW_TOK_WORD) {
            break;
        }

        n = review_at(pc, last, 2 + 2 * k, sent);

        if (n && review_tok_lex(n, REVIEW_LEX_BY)) {
            break;
        }

        role[k] = review_credit_of(review_lex_credit(lang, t->p, t->len,
                                                     REVIEW_CREDIT_AFTER));

        /* "writes and directs": a short plain word, a second credit */
        if (role[k] == 0 || n == NULL || n->type != REVIEW_TOK_WORD
            || n->len > 3 || (n->flags & REVIEW_TOK_CAP))
        {
            break;
        }
    }

    if (role[0] == REVIEW_ROLE_WRI && role[1] == 0) {
        return;
    }

    for (k = 0; k < 2; k++) {
        if (role[k]) {
            *(int *) ((char *) e + role[k]) += review_cue.strong;
        }
    }
}


/* "by A and B": the credit B shares with the name before "and" */

static size_t
review_credit_shared(review_people_ctx_t *pc, uint32_t first, uint32_t sent)
{
    uint32_t       k;
    review_tok_t  *t;

    t = review_at(pc, first, -1, sent);

    if (t == NULL || !review_tok_is(t, "and") || first < 2) {
        return 0;
    }

    for (k = first - 2; k + REVIEW_NAME_WORDS + 4 >= first; k--) {
        if (pc->tx->toks[k].sentence != sent) {
            return 0;
        }

        if (pc->at[k] >= 0) {
            return pc->m[pc->at[k]].last == first - 1
                   ? review_credit_by(pc, k, sent) : 0;
        }

        if (k == 0) {
            break;
        }
    }

    return 0;
}


/* the character a cue points at: the next name within a few words */

static review_mention_t *
review_next_mention(review_people_ctx_t *pc, uint32_t from, uint32_t sent,
    uint32_t within)
{
    uint32_t       k;
    review_tok_t  *t;

    for (k = from; k < pc->tx->ntoks && k < from + within; k++) {
        t = &pc->tx->toks[k];

        if (t->sentence != sent) {
            return NULL;
        }

        if (pc->at[k] >= 0) {
            return &pc->m[pc->at[k]];
        }

        /* only lower-case words (the, psychotic) and hyphens between */
        if (t->type == REVIEW_TOK_WORD && (t->flags & REVIEW_TOK_CAP)) {
            return NULL;
        }

        if (t->type == REVIEW_TOK_PUNCT && t->cp != '-' && t->cp != 0x2019
            && t->cp != '\'')
        {
            return NULL;
        }
    }

    return NULL;
}


static void
review_set_character(review_people_ctx_t *pc, review_entity_t *actor,
    review_mention_t *chr)
{
    review_tok_t     *w;
    review_entity_t  *c;

    if (chr == NULL || chr->entity >= pc->ne) {
        return;
    }

    c = &pc->e[chr->entity];

    if (c == actor) {
        return;
    }

    /*
     * "brings comedy to Maeve's sister", "plays Jason Robards' trophy
     * wife": the part is the sister, the wife; whose she is says nothing
     */
    w = &pc->tx->toks[chr->last - 1];

    if ((w->flags & REVIEW_TOK_POSS)
        || (chr->last < pc->tx->ntoks && w->p[w->len - 1] == 's'
            && (review_tok_punct(&pc->tx->toks[chr->last], '\'')
                || review_tok_punct(&pc->tx->toks[chr->last], 0x2019))
            && !(pc->tx->toks[chr->last].flags & REVIEW_TOK_SPACE)))
    {
        return;
    }

    c->chr += review_cue.strong;

    if (actor->character.len == 0) {
        review_mention_text(pc->tx, chr->first, chr->last, &actor->character);
    }
}


/*
 * a credits line, "Screenplay: Leo Marsh, Ana Pires.", "With: A, B, C":
 * which role its label gives the names after the colon
 */

static size_t
review_credit_role(review_tx_t *tx, uint32_t i)
{
    size_t         role;
    review_tok_t  *t, *p;

    t = &tx->toks[i];

    /* a colon, or the full-width one of Chinese and Japanese */
    if (i + 1 >= tx->ntoks
        || !(review_tok_punct(&tx->toks[i + 1], ':')
             || review_tok_punct(&tx->toks[i + 1], 0xff1a)))
    {
        return 0;
    }

    /*
     * a label starts its line: nothing before it, a stop or a colon, or
     * (lines joined by <br>) a capitalised label right after a name
     */
    if (i > 0 && tx->toks[i - 1].sentence == t->sentence
        && tx->toks[i - 1].block == t->block)
    {
        p = &tx->toks[i - 1];

        /* in Chinese and Japanese a label is a run of its own */
        if (!(review_tok_punct(p, '.') || review_tok_punct(p, ';')
              || review_tok_punct(p, ':') || review_tok_punct(p, '|')
              || ((t->flags & REVIEW_TOK_CAP) && p->type == REVIEW_TOK_WORD
                  && (p->flags & REVIEW_TOK_CAP))
              /* "Brasil, 2016<br>Direção: A": a box's year line */
              || ((t->flags & REVIEW_TOK_CAP) && p->type == REVIEW_TOK_NUM)
              || (tx->facts->language < REVIEW_LANG_N
                  && review_langs[tx->facts->language]->no_spaces)))
        {
            return 0;
        }
    }

    if (t->type != REVIEW_TOK_WORD) {
        return 0;
    }

    /* "Director:", "Regie:", "导演：": the tables' labels */
    role = review_credit_of(review_lex_credit(tx->facts->language, t->p,
                                              t->len, 0));

    if (role == 0 && review_tok_lex(t, REVIEW_LEX_CREW)) {
        role = REVIEW_ROLE_CREW;
    }

    return role;
}


/*
 * A facts box of cells: "Director" alone in one, "Wes Anderson" in the
 * next.  The label's block holds only the label (a colon may follow);
 * the next block only names, commas, "and" and "&".
 */

/*
 * A label and a word that qualifies it before the colon: "Acteurs
 * principaux : A, B", "Main cast: A, B", at the start of its line
 */

static size_t
review_credit_qualified(review_tx_t *tx, uint32_t i)
{
    size_t         role;
    uint32_t       k;
    review_tok_t  *t, *q, *p;

    if (i + 2 >= tx->ntoks || !review_tok_punct(&tx->toks[i + 2], ':')) {
        return 0;
    }

    t = &tx->toks[i];
    q = &tx->toks[i + 1];

    if (t->type != REVIEW_TOK_WORD || q->type != REVIEW_TOK_WORD
        || !(t->flags & REVIEW_TOK_CAP) || (q->flags & REVIEW_TOK_CAP)
        || q->sentence != t->sentence
        || review_tok_lex(t, REVIEW_LEX_FUNCTION)
        || review_tok_lex(q, REVIEW_LEX_FUNCTION))
    {
        return 0;
    }

    if (i > 0 && tx->toks[i - 1].sentence == t->sentence
        && tx->toks[i - 1].block == t->block)
    {
        p = &tx->toks[i - 1];

        if (!(review_tok_punct(p, '.') || review_tok_punct(p, ';')
              || review_tok_punct(p, '|')
              || (p->type != REVIEW_TOK_PUNCT
                  && (p->flags & REVIEW_TOK_CAP))
              || p->type == REVIEW_TOK_NUM))
        {
            return 0;
        }
    }

    /* "Acteurs principaux", then "Main cast" */
    for (k = i; k <= i + 1; k++) {
        t = &tx->toks[k];
        role = review_credit_of(review_lex_credit(tx->facts->language, t->p,
                                                  t->len, 0));

        if (role) {
            return role;
        }
    }

    return 0;
}


static void
review_label_block(review_people_ctx_t *pc, uint32_t i)
{
    size_t            role;
    uint32_t          k, next, names;
    review_tx_t      *tx;
    review_tok_t     *t;
    review_entity_t  *e;

    tx = pc->tx;
    t = &tx->toks[i];

    if (i > 0 && tx->toks[i - 1].block == t->block) {
        return;
    }

    k = i + 1;

    if (k < tx->ntoks && tx->toks[k].block == t->block
        && review_tok_punct(&tx->toks[k], ':'))
    {
        k++;
    }

    if (k >= tx->ntoks || tx->toks[k].block == t->block) {
        return;
    }

    role = review_credit_of(review_lex_credit(tx->facts->language, t->p,
                                              t->len, 0));
    if (role == 0) {
        return;
    }

    next = tx->toks[k].block;
    names = 0;

    /* the names' block, whole: a box's cell is short */
    for (i = k; i < tx->ntoks && tx->toks[i].block == next; i++) {
        if (i > k + 24) {
            return;
        }

        if (pc->at[i] >= 0) {
            names++;
            i = pc->m[pc->at[i]].last - 1;
            continue;
        }

        t = &tx->toks[i];

        if (!(review_tok_punct(t, ',') || review_tok_punct(t, '&')
              || review_tok_is(t, "and")))
        {
            return;
        }
    }

    for (i = k; names && i < tx->ntoks && tx->toks[i].block == next; i++) {
        if (pc->at[i] >= 0) {
            e = review_entity_of(pc, i);
            if (e) {
                *(int *) ((char *) e + role) += review_cue.strong;
            }

            i = pc->m[pc->at[i]].last - 1;
        }
    }
}


/*
 * A facts line's label without a colon: "Direção de A, B", "Regia di A"
 * (the label's "of"), "Com A, B", "Con A" (a cast's "with" needs
 * nothing more).  The label opens its sentence with a capital, so that
 * "a direção de A" or "com A" in the prose (someone else's direction,
 * a scene with A) is no credit.  The token the names follow, or 0.
 */

static uint32_t
review_credit_opening(review_people_ctx_t *pc, uint32_t i, size_t *role)
{
    review_tx_t   *tx;
    review_tok_t  *t, *n;

    tx = pc->tx;
    t = &tx->toks[i];

    /* "104 min. Direção de A": after a period an abbreviation kept */
    if (t->type != REVIEW_TOK_WORD || !(t->flags & REVIEW_TOK_CAP)
        || i + 1 >= tx->ntoks
        || (i > 0 && tx->toks[i - 1].sentence == t->sentence
            && !review_tok_punct(&tx->toks[i - 1], '.')))
    {
        return 0;
    }

    n = &tx->toks[i + 1];

    if (n->sentence != t->sentence) {
        return 0;
    }

    *role = review_credit_of(review_lex_credit(tx->facts->language, t->p,
                                               t->len, 0));

    if (*role == 0) {
        return 0;
    }

    if (review_tok_lex(n, REVIEW_LEX_LABEL_OF)) {
        return i + 1;
    }

    return *role == REVIEW_ROLE_ACT && pc->at[i + 1] >= 0 ? i : 0;
}


/* "starring A, B and C", "supporting X are the wonderful Y and Z" */

static void
review_list_after(review_people_ctx_t *pc, uint32_t cue, size_t role,
    int weight)
{
    uint32_t          k, c, sent, gap;
    review_tok_t     *t;
    review_entity_t  *e;
    review_tx_t      *tx;

    tx = pc->tx;
    sent = tx->toks[cue].sentence;
    gap = 0;

    /* a cast list is not endless: bounded, whatever the page */
    for (k = cue + 1; k < tx->ntoks && k < cue + 64
                      && tx->toks[k].sentence == sent; k++)
    {
        t = &tx->toks[k];

        if (pc->at[k] >= 0) {
            /* "Director: A<br>Distributor: B": the next line's label */
            c = pc->m[pc->at[k]].last;

            if (c < tx->ntoks && review_tok_punct(&tx->toks[c], ':')) {
                break;
            }

            e = review_entity_of(pc, k);
            if (e) {
                *(int *) ((char *) e + role) += weight;
            }

            k = pc->m[pc->at[k]].last - 1;
            gap = 0;
            continue;
        }

        if (t->type == REVIEW_TOK_PUNCT) {
            if (t->cp == ',' || t->cp == ':' || t->cp == '&') {
                continue;
            }

            /* "主演：A、B／C" */
            if (t->cp == 0x3001 || t->cp == 0xff0f
                || (t->cp == '/' && k > cue + 1 && pc->at[k - 1] >= 0
                    && tx->facts->language < REVIEW_LANG_N
                    && review_langs[tx->facts->language]->no_spaces))
            {
                continue;
            }

            break;
        }

        /* "the wonderful", "and the superb", "are" */
        if (++gap > 3 || (t->flags & REVIEW_TOK_CAP)) {
            break;
        }
    }
}


/*
 * "a film by X", "an animated film by the wonderfully talented X": a
 * word for the work, "by", and only lower-case words between
 */

static int
review_film_by(review_people_ctx_t *pc, uint32_t a, uint32_t sent)
{
    int32_t        k, by;
    review_tok_t  *t;

    by = 0;

    for (k = -1; k >= -10; k--) {
        t = review_at(pc, a, k, sent);

        if (t == NULL || t->type != REVIEW_TOK_WORD
            || (t->flags & REVIEW_TOK_CAP)
            || review_tok_lex(t, REVIEW_LEX_ACTING)
            || review_is_credit_word(pc->tx, t))
        {
            return 0;
        }

        if (by == 0) {
            if (review_tok_lex(t, REVIEW_LEX_BY)) {
                by = k;

            /* "von den Novellen X": a noun (German writes it with a
               capital) between is no adjective of the person's */
            } else if (k <= -4 || review_isupper(t->p[0])) {
                return 0;
            }

            continue;
        }

        if (review_tok_lex(t, REVIEW_LEX_GENRE)) {
            return 1;
        }

        if (k < by - 4) {
            return 0;
        }
    }

    return 0;
}


/*
 * "played by X", "played with frayed charm by X", "played by a former
 * boxer, X", "played by the second most beautiful woman in the world,
 * X": "by" before the mention at a, next to it or before a description in
 * lower case that a comma ends, and a verb of acting a few words before
 */

static int
review_played_by(review_people_ctx_t *pc, uint32_t a, uint32_t sent)
{
    int32_t        k, by;
    review_tok_t  *t;

    by = 0;

    for (k = 1; by == 0 && k <= REVIEW_BY_DESC; k++) {
        t = review_at(pc, a, -k, sent);

        if (t == NULL) {
            return 0;
        }

        if (review_tok_lex(t, REVIEW_LEX_BY)) {
            by = k;
            break;
        }

        /* "played by the ever incredible X": no comma after "the ..." */
        if (k == 1 ? !review_tok_punct(t, ',')
                     && (t->type != REVIEW_TOK_WORD
                         || (t->flags & REVIEW_TOK_CAP))
                   : (t->type == REVIEW_TOK_PUNCT
                      || (t->flags & REVIEW_TOK_CAP)))
        {
            return 0;
        }
    }

    if (by > 1 && !review_tok_punct(review_at(pc, a, -1, sent), ',')
        && (by > 5
            || !review_tok_lex(review_at(pc, a, 1 - by, sent),
                               REVIEW_LEX_DETERMINER)))
    {
        return 0;
    }

    for (k = by + 1; by && k <= by + 8; k++) {
        t = review_at(pc, a, -k, sent);

        if (t == NULL || t->type == REVIEW_TOK_PUNCT) {
            break;
        }

        if (t->type == REVIEW_TOK_WORD
            && review_lex_credit(pc->tx->facts->language, t->p, t->len, 1)
               == REVIEW_CREDIT_ACT)
        {
            return 1;
        }
    }

    return 0;
}


/* "his producer (X)", "her board operator (Y)": someone's part */

static int
review_owned_part(review_people_ctx_t *pc, uint32_t noun, uint32_t sent)
{
    int32_t        k;
    review_tok_t  *t;

    t = &pc->tx->toks[noun];

    if (review_tok_lex(t, REVIEW_LEX_LABEL | REVIEW_LEX_OTHER
                          | REVIEW_LEX_GENRE | REVIEW_LEX_FUNCTION))
    {
        return 0;
    }

    for (k = -1; k >= -3; k--) {
        t = review_at(pc, noun, k, sent);

        if (t == NULL || t->type != REVIEW_TOK_WORD
            || (t->flags & REVIEW_TOK_CAP))
        {
            return 0;
        }

        if (review_tok_lex(t, REVIEW_LEX_POSSESSIVE)) {
            return 1;
        }
    }

    return 0;
}


/*
 * "A's Hobbs and B's Shaw": a full name's possessive, one capitalised
 * word, "and", another full name's possessive, one capitalised word
 */

static int
review_possessive_pair(review_people_ctx_t *pc, review_mention_t *m,
    uint32_t sent)
{
    uint32_t           b;
    review_tok_t      *y, *z, *a;
    review_mention_t  *c;

    b = m->last;

    if (m->entity >= pc->ne || pc->e[m->entity].words < 2
        || b + 3 >= pc->tx->ntoks)
    {
        return 0;
    }

    y = review_at(pc, b - 1, 1, sent);
    a = review_at(pc, b - 1, 2, sent);

    if (y == NULL || a == NULL || y->type != REVIEW_TOK_WORD
        || !(y->flags & REVIEW_TOK_CAP)
        || review_tok_lex(y, REVIEW_LEX_FUNCTION)
        || !review_tok_is(a, "and") || pc->at[b + 2] < 0)
    {
        return 0;
    }

    c = &pc->m[pc->at[b + 2]];

    if (c->entity >= pc->ne || pc->e[c->entity].words < 2
        || !(pc->tx->toks[c->last - 1].flags & REVIEW_TOK_POSS))
    {
        return 0;
    }

    z = review_at(pc, c->last - 1, 1, sent);

    return z && z->type == REVIEW_TOK_WORD && (z->flags & REVIEW_TOK_CAP)
           && !review_tok_lex(z, REVIEW_LEX_FUNCTION);
}


static void
review_people_cues(review_people_ctx_t *pc)
{
    size_t             role;
    int32_t            k;
    uint32_t           i, j, a, b, sent;
    review_tx_t       *tx;
    review_tok_t      *t, *p1, *p2, *p3, *n1, *n2, *cw, *last, *d1, *d2;
    review_entity_t   *e, *inner;
    review_mention_t  *m, *c;

    tx = pc->tx;

    /* cues that name a list after them */
    for (i = 0; i < tx->ntoks; i++) {
        t = &tx->toks[i];

        if (review_tok_lex(t, REVIEW_LEX_LIST_CUE)) {
            review_list_after(pc, i, REVIEW_ROLE_ACT, review_cue.weak);

            /* "a star-studded cast of white men (A, B, C, etc.)" */
            for (j = i + 1; j < tx->ntoks && j < i + 12
                            && tx->toks[j].sentence == t->sentence; j++)
            {
                if (review_tok_punct(&tx->toks[j], '(')) {
                    if (j + 1 < tx->ntoks && pc->at[j + 1] >= 0) {
                        review_list_after(pc, j, REVIEW_ROLE_ACT,
                                          review_cue.weak);
                    }

                    break;
                }

                if (tx->toks[j].type == REVIEW_TOK_PUNCT) {
                    break;
                }
            }

        } else if (review_tok_is(t, "stars")
                   && i > 0 && !(tx->toks[i - 1].flags & REVIEW_TOK_CAP)
                   && pc->at[i + 1 < tx->ntoks ? i + 1 : i] >= 0)
        {
            /* "the film stars X and Y" */
            review_list_after(pc, i, REVIEW_ROLE_ACT, review_cue.weak);

        } else if (i > 0 && i + 2 < tx->ntoks
                   && t->type == REVIEW_TOK_WORD
                   && !(t->flags & REVIEW_TOK_CAP)
                   && (review_tok_punct(&tx->toks[i + 1], ',')
                       || review_tok_punct(&tx->toks[i + 1], ':'))
                   && pc->at[i + 2] >= 0
                   && review_tok_lex(&tx->toks[i - 1],
                                     REVIEW_LEX_DETERMINER | REVIEW_LEX_NUMBER)
                   && review_tok_in(t, review_en_lead_nouns))
        {
            /* "its two leads, A and B" */
            review_list_after(pc, i, REVIEW_ROLE_ACT, review_cue.weak);

        } else if ((review_tok_is(t, "performances")
                    || review_tok_is(t, "turns"))
                   && i + 1 < tx->ntoks
                   && (review_tok_is(&tx->toks[i + 1], "from")
                       || review_tok_is(&tx->toks[i + 1], "by")))
        {
            review_list_after(pc, i + 1, REVIEW_ROLE_ACT,
                              review_cue.strong);

        } else if (i + 1 < tx->ntoks && t->type == REVIEW_TOK_WORD
                   && tx->toks[i + 1].type == REVIEW_TOK_PUNCT
                   && (tx->toks[i + 1].cp == ':'
                       || tx->toks[i + 1].cp == 0xff1a)
                   && (role = review_credit_role(tx, i)) != 0)
        {
            review_list_after(pc, i + 1, role, review_cue.strong);

        } else if ((role = review_credit_qualified(tx, i)) != 0) {
            review_list_after(pc, i + 2, role, review_cue.strong);

        } else if ((j = review_credit_opening(pc, i, &role)) != 0) {
            review_list_after(pc, j, role, review_cue.strong);
        }

        if (t->type == REVIEW_TOK_WORD) {
            review_label_block(pc, i);
        }
    }

    for (j = 0; j < pc->nm; j++) {
        m = &pc->m[j];

        if (m->entity >= pc->ne) {
            continue;
        }

        e = &pc->e[m->entity];
        a = m->first;
        b = m->last;
        sent = tx->toks[a].sentence;
        last = &tx->toks[b - 1];

        if (b == a + 1 && review_cjk_credit_tail(tx, a)) {
            e->dir += review_cue.strong;
        }

        p1 = review_at(pc, a, -1, sent);
        p2 = review_at(pc, a, -2, sent);
        p3 = review_at(pc, a, -3, sent);
        n1 = review_at(pc, b - 1, 1, sent);
        n2 = review_at(pc, b - 1, 2, sent);

        /*
         * "The cat, Cabbage,", "the protagonist's cat, Cabbage": a name
         * set beside a common noun is the part's, not a player's
         */
        if (p1 && review_tok_punct(p1, ',') && p2 && p3
            && p2->type == REVIEW_TOK_WORD && !(p2->flags & REVIEW_TOK_CAP)
            && !review_tok_lex(p2, REVIEW_LEX_LABEL | REVIEW_LEX_OTHER
                                   | REVIEW_LEX_GENRE | REVIEW_LEX_FUNCTION
                                   | REVIEW_LEX_ACTING)
            && !review_is_credit_word(tx, p2)
            && (review_tok_lex(p3, REVIEW_LEX_DETERMINER)
                || ((p3->flags & REVIEW_TOK_POSS)
                    && !(p3->flags & REVIEW_TOK_CAP)))
            && !review_played_by(pc, a, sent))
        {
            e->chr += review_cue.strong;
        }

        /*
         * "director: X", "director X", "the director, X", "dir. X"; not
         * "the lame CGI effects, X": after a comma, a job, or a noun
         * after "the"
         */
        if (p1 && p2
            && (review_tok_punct(p1, ':')
                || (review_tok_punct(p1, '.') && p1->p == p2->p + p2->len
                    && review_tok_lex(p2, REVIEW_LEX_ABBREV)
                    && review_tok_lex(p2, REVIEW_LEX_DIRECTOR))
                || (review_tok_punct(p1, ',')
                    && (review_tok_lex(p2, REVIEW_LEX_DIRECTOR
                                           | REVIEW_LEX_WRITER
                                           | REVIEW_LEX_ROLE)
                        || p3 == NULL
                        || review_tok_lex(p3, REVIEW_LEX_DETERMINER)
                        || ((p3->flags & REVIEW_TOK_POSS)
                            && !(p3->flags & REVIEW_TOK_CAP))))))
        {
            p1 = p2;
            p2 = p3;
        }

        /* crew and bystanders first: they outrank what follows */
        if (p1 && review_tok_lex(p1, REVIEW_LEX_CREW)) {
            e->crew += review_cue.strong;
            continue;
        }

        if (p1 && review_tok_lex(p1, REVIEW_LEX_OTHER)) {
            e->other += review_cue.strong;
            continue;
        }

        if (p1 && review_tok_is(p1, "by") && p2
            && review_tok_is(p2, "over") && p3
            && review_tok_is(p3, "presided"))
        {
            e->other += review_cue.strong;
            continue;
        }

        /* directors */
        if (p1 && review_tok_lex(p1, REVIEW_LEX_DIRECTOR)
            && !(p2 && review_tok_lex(p2, REVIEW_LEX_NOT_FILM_DIR)))
        {
            e->dir += review_cue.strong;

            if (review_tok_is(p1, "writer-director")
                || review_tok_is(p1, "director-writer")
                || review_tok_is(p1, "writer/director"))
            {
                e->wri += review_cue.strong;
            }
        }

        /* "directed by", "diretto da", "réalisé par": the tables' verbs */
        role = review_credit_by(pc, a, sent);

        if (role && role != REVIEW_ROLE_DIR && role != REVIEW_ROLE_ACT
            && !(last->flags & REVIEW_TOK_POSS))
        {
            *(int *) ((char *) e + role) += review_cue.strong;
        }

        if (role == REVIEW_ROLE_DIR) {
            e->dir += review_cue.strong;

            /* "written and directed by" */
            if (p3 && review_tok_is(p3, "and")
                && review_at(pc, a, -4, sent)
                && review_tok_is(review_at(pc, a, -4, sent), "written"))
            {
                e->wri += review_cue.strong;
            }
        }

        /* "an animated film by the wonderfully talented X" */
        if (e->words >= 2 && review_film_by(pc, a, sent)) {
            e->dir += review_cue.strong;
        }

        /* "Forough Farrokhzad made The House Is Black in 1963" */
        if (n1 && review_tok_lex(n1, REVIEW_LEX_MADE) && n2
            && review_starts_item(tx, n2))
        {
            e->dir += review_cue.strong;
        }

        /* "the Canadian director of Greek origin, Panos Cosmatos" */
        t = review_at(pc, a, -1, sent);

        if (t && review_tok_punct(t, ',') && e->words >= 2) {
            for (k = -3; k >= -7; k--) {
                t = review_at(pc, a, k, sent);

                if (t == NULL || t->type != REVIEW_TOK_WORD
                    || review_tok_lex(t, REVIEW_LEX_NOT_FILM_DIR
                                         | REVIEW_LEX_CREW))
                {
                    break;
                }

                if (review_tok_lex(t, REVIEW_LEX_DIRECTOR)) {
                    d1 = review_at(pc, a, k - 1, sent);
                    d2 = review_at(pc, a, k - 2, sent);

                    if ((d1 && review_tok_lex(d1, REVIEW_LEX_DETERMINER))
                        || (d2 && review_tok_lex(d2, REVIEW_LEX_DETERMINER)))
                    {
                        e->dir += review_cue.strong;
                    }

                    break;
                }
            }
        }

        /*
         * "Dogville (2003), Lars von Trier", "High Fidelity (X, 2000)";
         * a lone word no full name ends in is the original title: "A
         * Chegada (Arrival, 2016)"
         */
        if (e->words >= 2 && review_after_item(pc, m)) {
            e->dir += review_cue.strong;
        }

        if (e->words >= 2 && review_is_director(pc, b, sent)) {
            e->dir += review_cue.strong;
        }

        review_credit_after(pc, b - 1, sent, e);

        if ((last->flags & REVIEW_TOK_POSS) && n1) {

            /*
             * "Dwayne Johnson's Hobbs and Jason Statham's Shaw": two
             * players and their parts, paired; not the film's makers
             */
            if (review_possessive_pair(pc, m, sent)) {
                e->act += review_cue.strong;
                c = &pc->m[pc->at[b + 2]];
                pc->e[c->entity].act += review_cue.strong;

            /* "Hana Sato's Paper Satellites": the film is theirs */
            } else if (review_starts_item(tx, n1)) {
                e->dir += review_cue.strong;
            }

            /*
             * "Hana Sato's thriller", but "this is Ann's movie" says
             * whose story it is: a character's or a star's, not a credit
             */
            if ((p1 == NULL || !review_tok_lex(p1, REVIEW_LEX_BE))
                && (review_tok_lex(n1, REVIEW_LEX_GENRE)
                    || (n2 && review_tok_lex(n2, REVIEW_LEX_GENRE)
                        && n1->type == REVIEW_TOK_WORD
                        && !(n1->flags & REVIEW_TOK_CAP)
                        && !review_tok_lex(n1, REVIEW_LEX_ACTING)
                        && !review_tok_lex(n2, REVIEW_LEX_ACTING))))
            {
                e->dir += review_cue.weak;
            }

            if (review_tok_lex(n1, REVIEW_LEX_ACTING)
                || (n2 && review_tok_lex(n2, REVIEW_LEX_ACTING)
                    && !(n1->flags & REVIEW_TOK_CAP)))
            {
                e->act += review_cue.strong;
            }

            if (review_tok_is(n1, "score") || review_tok_is(n1, "music")
                || review_tok_is(n1, "soundtrack"))
            {
                e->comp += review_cue.strong;
            }

            if (review_tok_lex(n1, REVIEW_LEX_CREW)) {
                e->crew += review_cue.strong;
            }

            if (review_tok_is(n1, "screenplay")
                || review_tok_is(n1, "script"))
            {
                e->wri += review_cue.strong;
            }
        }

        /* writers, composers, producers */
        if (p1 && review_tok_lex(p1, REVIEW_LEX_WRITER)) {
            e->wri += review_cue.strong;
        }

        /* "by A and B": B shares A's credit, unless "and B's script" */
        role = review_credit_shared(pc, a, sent);

        if (role && !(last->flags & REVIEW_TOK_POSS)) {
            *(int *) ((char *) e + role) += review_cue.strong;
        }

        /* "written by X", "the screenplay, by X and Y" */
        cw = p2 && review_tok_punct(p2, ',') ? p3 : p2;

        if (p1 && review_tok_is(p1, "by") && cw
            && (review_tok_is(cw, "written")
                || review_tok_is(cw, "screenplay")
                || review_tok_is(cw, "script") || review_tok_is(cw, "penned")
                || review_tok_is(cw, "co-written")
                || review_tok_is(cw, "scripted")))
        {
            e->wri += review_cue.strong;
        }

        /* "Ruiz, who also wrote the screenplay", "X scripted it" */
        t = NULL;

        for (k = 1; k <= 4; k++) {
            t = review_at(pc, b - 1, k, sent);

            if (t == NULL
                || !((k == 1 && review_tok_punct(t, ','))
                     || review_tok_is(t, "who") || review_tok_is(t, "also")))
            {
                break;
            }
        }

        if (t && (review_tok_is(t, "wrote") || review_tok_is(t, "co-wrote")
                  || review_tok_is(t, "penned")))
        {
            for (i = (uint32_t) k + 1; i <= (uint32_t) k + 3; i++) {
                t = review_at(pc, b - 1, (int32_t) i, sent);

                if (t && (review_tok_is(t, "screenplay")
                          || review_tok_is(t, "script")))
                {
                    e->wri += review_cue.strong;
                    break;
                }
            }

        } else if (t && review_tok_is(t, "scripted")) {
            e->wri += review_cue.strong;
        }

        if (p1 && review_tok_is(p1, "with")) {
            /* "from a screenplay he wrote with X" */
            for (k = -2; k >= -7; k--) {
                t = review_at(pc, a, k, sent);

                if (t && (review_tok_is(t, "screenplay")
                          || review_tok_is(t, "script")
                          || review_tok_is(t, "co-written")
                          || review_tok_is(t, "co-wrote")))
                {
                    e->wri += review_cue.strong;
                    break;
                }
            }
        }

        if ((p1 && review_tok_is(p1, "composer"))
            || (p1 && review_tok_is(p1, "by") && cw
                && (review_tok_is(cw, "score") || review_tok_is(cw, "music")
                    || review_tok_is(cw, "scored"))))
        {
            e->comp += review_cue.strong;
        }

        if ((p1 && review_tok_is(p1, "producer"))
            || (p1 && review_tok_is(p1, "by") && cw
                && review_tok_is(cw, "produced")))
        {
            e->prod += review_cue.strong;
        }

        /* "performance by X", "a turn from X" */
        if (p1 && (review_tok_is(p1, "by") || review_tok_is(p1, "from"))
            && p2 && review_tok_lex(p2, REVIEW_LEX_ACTING))
        {
            e->act += review_cue.strong;
        }

        /*
         * "o novo filme de Ana Reis", "un film de Claire Morvan", "il
         * film di X": a word for the work and the language's "of"
         * before a person's two names
         */
        if (p1 && p2 && e->words >= 2
            && review_tok_lex(p1, REVIEW_LEX_LABEL_OF)
            && review_tok_lex(p2, REVIEW_LEX_GENRE)
            && !(p2->flags & REVIEW_TOK_CAP))
        {
            e->dir += review_cue.weak;
        }

        /*
         * "the new documentary from X" (a person's two names: "a film
         * from Netflix" is no director), "under the direction of X"
         */
        if (p1 && p2 && e->words >= 2
            && ((review_tok_is(p1, "from")
                 && review_tok_lex(p2, REVIEW_LEX_GENRE))
                || (review_tok_is(p1, "of")
                    && review_tok_is(p2, "direction"))))
        {
            e->dir += review_cue.strong;
        }

        /* "X plays the psychotic Y", "X, playing Y", "X, who plays Y" */
        t = n1;
        i = b;

        /* "Mia (gespielt von Emma Stone)" too */
        if (t && (review_tok_punct(t, ',') || review_tok_punct(t, '('))) {
            t = review_at(pc, b - 1, 2, sent);
            i++;

            if (t && review_tok_is(t, "who")) {
                t = review_at(pc, b - 1, 3, sent);
                i++;
            }
        }

        /* "X basically plays Y" */
        if (t && t->type == REVIEW_TOK_WORD && !(t->flags & REVIEW_TOK_CAP)
            && t->len > 4 && memcmp(t->p + t->len - 2, "ly", 2) == 0
            && (n2 = review_at(pc, i - 1, 1, sent))
            && review_tok_lex(n2, REVIEW_LEX_PLAY))
        {
            t = n2;
            i++;
        }

        n2 = t ? review_at(pc, i, 1, sent) : NULL;

        /*
         * "Mara, played with quiet menace by Lena Okafor": the manner
         * between the verb and its "by", in lower case, is skipped
         */
        for (k = 1; n2 && k < REVIEW_BY_DESC
                    && review_tok_lex(t, REVIEW_LEX_PLAY)
                    && n2->type == REVIEW_TOK_WORD
                    && !(n2->flags & REVIEW_TOK_CAP)
                    && !review_tok_lex(n2, REVIEW_LEX_BY); k++)
        {
            d1 = review_at(pc, i, 1 + k, sent);

            if (d1 == NULL || d1->type != REVIEW_TOK_WORD
                || (d1->flags & REVIEW_TOK_CAP))
            {
                break;
            }

            if (review_tok_lex(d1, REVIEW_LEX_BY)) {
                n2 = d1;
                i += (uint32_t) k;
                break;
            }
        }

        /*
         * "their captain, Mitch played by Chris Hemsworth", "Mia
         * (gespielt von Emma Stone)": Mitch and Mia are parts
         */
        if (t && n2 && review_tok_lex(n2, REVIEW_LEX_BY)
            && (review_tok_lex(t, REVIEW_LEX_PLAY)
                || (t->type == REVIEW_TOK_WORD
                    && review_lex_credit(tx->facts->language, t->p, t->len,
                                         1) == REVIEW_CREDIT_ACT)))
        {
            c = review_next_mention(pc, i + 2, sent, 3);

            if (c && c->entity < pc->ne && &pc->e[c->entity] != e) {
                pc->e[c->entity].act += review_cue.strong;
                review_set_character(pc, &pc->e[c->entity], m);
            }

        } else if (t && review_tok_lex(t, REVIEW_LEX_PLAY)
                   && !review_tok_is(t, "stars"))
        {
            e->act += review_cue.strong;

            c = review_next_mention(pc, i + 1, sent, 5);

            /* "plays the piano" is no part */
            if (c) {
                review_set_character(pc, e, c);
            }
        }

        /* "newcomer X", "veteran actor X"; not "it'd star X" */
        if (p1 && review_tok_lex(p1, REVIEW_LEX_ROLE)
            && !(p2 && review_tok_lex(p2, REVIEW_LEX_MODAL)))
        {
            e->act += review_cue.strong;
        }

        n2 = review_at(pc, b - 1, 2, sent);

        /* "X stars as a nurse", "X steals every scene", "X stands out" */
        if (n1 && n2
            && ((review_tok_is(n1, "stars") && review_tok_is(n2, "as"))
                || (review_tok_is(n1, "co-stars") && review_tok_is(n2, "as"))
                || (review_tok_is(n1, "stands") && review_tok_is(n2, "out"))
                || review_tok_is(n1, "steals")))
        {
            e->act += review_cue.strong;
        }

        /* "the casting of X as ..." */
        if (p1 && p2 && review_tok_is(p1, "of")
            && review_tok_is(p2, "casting"))
        {
            e->act += review_cue.strong;
        }

        /* "Nathan Fillion, a fantastic actor known for ..." */
        if (n1 && review_tok_punct(n1, ',') && n2
            && (review_tok_is(n2, "a") || review_tok_is(n2, "an")))
        {
            for (k = 3; k <= 5; k++) {
                t = review_at(pc, b - 1, k, sent);

                if (t == NULL || t->type != REVIEW_TOK_WORD
                    || (t->flags & REVIEW_TOK_CAP))
                {
                    break;
                }

                if (review_tok_lex(t, REVIEW_LEX_ROLE)) {
                    e->act += review_cue.strong;
                    break;
                }
            }
        }

        /* "played with ferocious dignity by X", "gespielt von X" */
        if (review_played_by(pc, a, sent)) {
            e->act += review_cue.strong;
        }

        /* "X and Y lead a cast of ...", "X is promising in the lead" */
        for (k = 1; k <= 8; k++) {
            t = review_at(pc, b - 1, k, sent);

            if (t == NULL || t->type == REVIEW_TOK_PUNCT) {
                break;
            }

            if ((review_tok_is(t, "lead") || review_tok_is(t, "leads"))
                && (n2 = review_at(pc, b - 1, k + 2, sent))
                && review_tok_is(n2, "cast"))
            {
                e->act += review_cue.strong;
                break;
            }

            /* "X was the man for the lead role" */
            if ((review_tok_is(t, "lead") || review_tok_is(t, "leading")
                 || review_tok_is(t, "title"))
                && (n2 = review_at(pc, b - 1, k + 1, sent))
                && (review_tok_is(n2, "role") || review_tok_is(n2, "part")))
            {
                e->act += review_cue.strong;
                break;
            }

            if (review_tok_is(t, "in") && k + 2 <= 8
                && (n2 = review_at(pc, b - 1, k + 1, sent))
                && review_tok_is(n2, "the")
                && (t = review_at(pc, b - 1, k + 2, sent))
                && (review_tok_is(t, "lead") || review_tok_is(t, "role")
                    || review_tok_is(t, "title")
                    || (review_tok_is(t, "dual")
                        && review_at(pc, b - 1, k + 3, sent))))
            {
                e->act += review_cue.strong;
                break;
            }
        }

        n2 = review_at(pc, b - 1, 2, sent);

        /* "X delivers an impeccable performance", "X gives a turn" */
        if (n1 && (review_tok_is(n1, "delivers") || review_tok_is(n1, "gives")
                   || review_tok_is(n1, "delivered")
                   || review_tok_is(n1, "gave")))
        {
            for (k = 2; k <= 9; k++) {
                t = review_at(pc, b - 1, k, sent);

                if (t && review_tok_lex(t, REVIEW_LEX_ACTING)) {
                    e->act += review_cue.strong;
                    break;
                }
            }
        }

        /* "Y plays a cook, and X is the hotel owner" */
        if (n1 && n2 && (review_tok_is(n1, "is") || review_tok_is(n1, "are"))
            && review_as_part(pc, b + 1, sent, 0)
            && review_sentence_plays(pc, sent, a))
        {
            e->act += review_cue.strong;
        }

        /*
         * "A plays Elias, and Lena Ortiz is Nora, the engineer": a full
         * name "is" a single one, described as a part after a comma, in a
         * sentence where someone plays; "X is Danish, like ..." is no part
         */
        if (n1 && review_tok_is(n1, "is") && e->words >= 2
            && b + 1 < tx->ntoks && pc->at[b + 1] >= 0
            && review_sentence_plays(pc, sent, a))
        {
            c = &pc->m[pc->at[b + 1]];
            t = review_at(pc, c->last - 1, 1, sent);

            if (c->entity < pc->ne && pc->e[c->entity].words < 2
                && pc->e[c->entity].dir == 0 && pc->e[c->entity].wri == 0
                && t && review_tok_punct(t, ',')
                && review_as_part(pc, c->last + 1, sent, 1))
            {
                e->act += review_cue.strong;
                review_set_character(pc, e, c);
            }
        }

        /* "X is superb", "X is so stellar" */
        if (n1 && (review_tok_is(n1, "is") || review_tok_is(n1, "was")
                   || review_tok_is(n1, "proves"))
            && n2)
        {
            t = n2;

            if (review_tok_is(t, "so") || review_tok_is(t, "very")
                || review_tok_is(t, "simply") || review_tok_is(t, "quite")
                || review_tok_is(t, "utterly") || review_tok_is(t, "just")
                || review_tok_is(t, "really") || review_tok_is(t, "truly"))
            {
                t = review_at(pc, b - 1, 3, sent);
            }

            if (t && review_tok_lex(t, REVIEW_LEX_PRAISE)) {
                e->act += review_cue.weak;
            }
        }

        /* "X brings unexpected comedy to Y", "X brings all the charm
           and malaise of her earlier work to the part" */
        if (n1 && (review_tok_is(n1, "brings") || review_tok_is(n1, "lends")
                   || review_tok_is(n1, "brought")
                   || review_tok_is(n1, "lent")))
        {
            for (k = 2; k <= REVIEW_BRINGS_WORDS; k++) {
                t = review_at(pc, b - 1, k, sent);

                if (t == NULL || (t->type == REVIEW_TOK_PUNCT)) {
                    break;
                }

                if (review_tok_is(t, "to")) {
                    c = review_next_mention(pc, b + k, sent, 1);

                    if (c) {
                        e->act += review_cue.strong;
                        review_set_character(pc, e, c);

                    } else if (review_as_part(pc, b + k, sent, 1)) {
                        /* "menace to the customer" */
                        e->act += review_cue.strong;
                    }

                    break;
                }
            }
        }

        /* "X as Y", "X is luminous as Y", "X, given room to work as Y" */
        for (k = 1; k <= 8; k++) {
            t = review_at(pc, b - 1, k, sent);

            /* "X and Y are superb as ...": both of them */
            if (t && k == 1 && review_tok_is(t, "and")
                && b + 1 < tx->ntoks && pc->at[b + 1] >= 0)
            {
                k += pc->m[pc->at[b + 1]].last - pc->m[pc->at[b + 1]].first;
                continue;
            }

            /* "X ... when it comes to charming the ladies as a spy" */
            if (t == NULL || review_tok_punct(t, ';')
                || (pc->at[b - 1 + k] >= 0)
                || review_tok_lex(t, REVIEW_LEX_CLAUSE))
            {
                break;
            }

            if (review_tok_is(t, "as")) {
                p1 = review_at(pc, b - 1, k - 1, sent);

                /* "such as", "marketed as a satire" */
                if (p1 && review_tok_lex(p1, REVIEW_LEX_AS_NO_PART)) {
                    break;
                }

                /* "as her estranged brother Jon" */
                c = review_next_mention(pc, b + k, sent, 5);

                if (c && c->entity < pc->ne
                    && pc->e[c->entity].dir == 0
                    && pc->e[c->entity].wri == 0)
                {
                    e->act += review_cue.strong;
                    review_set_character(pc, e, c);

                /*
                 * "China, as a communist nation", "Korean, as the
                 * dialogue is sparse": after a comma, "as" is a clause's
                 */
                } else if (c == NULL
                           && !(n1 && review_tok_punct(n1, ','))
                           && review_as_part(pc, b + k, sent,
                                             review_judged(pc, b, b - 1 + k,
                                                           sent)))
                {
                    /* "is excellent as the mother": a part, unnamed */
                    e->act += review_cue.strong;
                }

                break;
            }
        }

        /* "her father (Paul Durant)": the actor of an unnamed part */
        t = review_at(pc, a, -2, sent);
        p1 = review_at(pc, a, -1, sent);

        if (n1 && review_tok_punct(n1, ')') && p1 && review_tok_punct(p1, '(')
            && t && t->type == REVIEW_TOK_WORD
            && !(t->flags & REVIEW_TOK_CAP)
            && (review_tok_lex(t, REVIEW_LEX_PERSON)
                || review_owned_part(pc, a - 2, sent)))
        {
            e->act += review_cue.strong;
        }

        /* "played by the director (X)", "dal regista (X)" */
        if (n1 && review_tok_punct(n1, ')') && p1 && review_tok_punct(p1, '(')
            && t && t->type == REVIEW_TOK_WORD
            && review_tok_lex(t, REVIEW_LEX_DIRECTOR)
            && !((p2 = review_at(pc, a, -3, sent))
                 && review_tok_lex(p2, REVIEW_LEX_NOT_FILM_DIR)))
        {
            e->dir += review_cue.strong;
        }

        /* "Y (X)": the actor in brackets after the part */
        if (n1 && review_tok_punct(n1, '(') && b + 1 < tx->ntoks
            && pc->at[b + 1] >= 0)
        {
            c = &pc->m[pc->at[b + 1]];

            /*
             * "Andy and Kay Caine (Martin Freeman and Susie Porter)":
             * two players for two parts, both in brackets
             */
            if (c->last + 2 < tx->ntoks
                && review_tok_is(&tx->toks[c->last], "and")
                && pc->at[c->last + 1] >= 0
                && c->entity < pc->ne
                && pc->e[c->entity].words >= 2)
            {
                inner = &pc->e[c->entity];
                c = &pc->m[pc->at[c->last + 1]];

                if (c->last < tx->ntoks
                    && review_tok_punct(&tx->toks[c->last], ')')
                    && c->entity < pc->ne && pc->e[c->entity].words >= 2)
                {
                    inner->act += review_cue.strong;
                    pc->e[c->entity].act += review_cue.strong;
                }
            }

            if (c->last < tx->ntoks && review_tok_punct(&tx->toks[c->last], ')')
                && c->entity < pc->ne)
            {
                inner = &pc->e[c->entity];

                /* the full name is the actor; with two, the one inside */
                if (e->words >= 2 && inner->words < 2) {
                    e->act += review_cue.strong;
                    review_set_character(pc, e, c);

                } else {
                    inner->act += review_cue.strong;
                    review_set_character(pc, inner, m);
                }
            }
        }
    }
}


/*
 * A headline "High Fidelity (Stephen Frears)": the work's name, then in
 * brackets a person the text names: its director, as in the prose's
 * "Title (X, 2000)"
 */

static void
review_headline_credit(review_people_ctx_t *pc)
{
    uint32_t             k;
    review_str_t         name;
    const review_str_t  *h, *item;

    h = &pc->tx->facts->headline;
    item = &pc->tx->facts->item_name;

    if (item->len == 0 || h->len < item->len + 6
        || review_strncasecmp(h->data, (const char *) item->data, item->len)
           != 0
        || h->data[item->len] != ' ' || h->data[item->len + 1] != '('
        || h->data[h->len - 1] != ')')
    {
        return;
    }

    name.data = h->data + item->len + 2;
    name.len = h->len - item->len - 3;

    for (k = 0; k < pc->ne; k++) {
        if (pc->e[k].words >= 2 && review_same_name(&pc->e[k].name, &name)) {
            pc->e[k].dir += review_cue.strong;
            return;
        }
    }
}


static int
review_people_add_one(review_arena_t *a, review_people_t *list,
    review_entity_t *e, int with_character)
{
    review_person_t  *p;

    p = review_people_add(a, list);
    if (p == NULL) {
        return REVIEW_ERROR;
    }

    p->name = e->name;
    p->mentions = e->mentions;

    if (with_character) {
        p->character = e->character;
    }

    return REVIEW_OK;
}


int
review_people_find(review_tx_t *tx)
{
    int                   actor, maker, capital_nouns;
    uint32_t              i, k;
    review_facts_t       *f;
    review_entity_t      *e;
    review_people_ctx_t   pc;

    f = tx->facts;
    capital_nouns = f->language < REVIEW_LANG_N
                    && review_langs[f->language]->capital_nouns;

    memset(&pc, 0, sizeof(pc));
    pc.tx = tx;

    if (tx->ntoks == 0) {
        return REVIEW_OK;
    }

    /* a name is at least a token: short texts need small tables */
    pc.mmax = tx->ntoks < REVIEW_MAX_MENTIONS ? tx->ntoks
                                               : REVIEW_MAX_MENTIONS;
    pc.emax = tx->ntoks < REVIEW_MAX_ENTITIES ? tx->ntoks
                                               : REVIEW_MAX_ENTITIES;

    pc.m = review_alloc(tx->arena, pc.mmax * sizeof(review_mention_t));
    pc.e = review_alloc(tx->arena, pc.emax * sizeof(review_entity_t));
    pc.at = review_alloc(tx->arena, tx->ntoks * sizeof(int32_t));

    if (pc.m == NULL || pc.e == NULL || pc.at == NULL) {
        return REVIEW_ERROR;
    }

    for (i = 0; i < tx->ntoks; i++) {
        pc.at[i] = -1;
    }

    review_credit_lines(tx);
    review_people_mentions(&pc);
    review_people_entities(&pc);
    review_people_cues(&pc);
    review_headline_credit(&pc);

    /* in order of first mention: the lead is usually named first */
    for (k = 0; k < pc.nm; k++) {
        if (pc.m[k].entity >= pc.ne) {
            continue;
        }

        e = &pc.e[pc.m[k].entity];

        if (e->emitted) {
            continue;
        }

        e->emitted = 1;

        if (e->other || e->crew > e->dir + e->act) {
            continue;
        }

        maker = 0;

        /* "Dujardin's first comedy" of an actor is the actor's film */
        if (e->dir && e->dir < review_cue.strong
            && (e->act >= review_cue.strong || e->act >= e->dir))
        {
            e->dir = 0;
        }

        if (e->dir) {
            maker = 1;
            if (review_people_add_one(tx->arena, &f->directors, e, 0)
                != REVIEW_OK)
            {
                return REVIEW_ERROR;
            }
        }

        if (e->wri) {
            maker = 1;
            if (review_people_add_one(tx->arena, &f->writers, e, 0)
                != REVIEW_OK)
            {
                return REVIEW_ERROR;
            }
        }

        if (e->comp) {
            maker = 1;
            if (review_people_add_one(tx->arena, &f->composers, e, 0)
                != REVIEW_OK)
            {
                return REVIEW_ERROR;
            }
        }

        if (e->prod) {
            maker = 1;
            if (review_people_add_one(tx->arena, &f->producers, e, 0)
                != REVIEW_OK)
            {
                return REVIEW_ERROR;
            }
        }

        /*
         * a maker is cast only on strong evidence; a part never; a lone
         * word ("Footloose is hilarious") only on a strong cue, and
         * never where every noun is capitalised: German "Mit Stil,
         * Geschmack und Charme" lists no players
         */
        actor = (e->chr ? e->act >= e->chr + 2 * review_cue.strong
                        : e->act > 0)
                && (maker ? e->act >= review_cue.maker_cast
                          : e->act >= review_cue.cast)
                && (e->words >= 2
                    || (e->act >= review_cue.strong && !capital_nouns));

        if (actor && review_people_add_one(tx->arena, &f->actors, e, 1)
                     != REVIEW_OK)
        {
            return REVIEW_ERROR;
        }
    }

    return REVIEW_OK;
}
