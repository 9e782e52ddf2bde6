
/*
 * Copyright (C) ngx_review_module developers
 */


#include <errno.h>
#include <string.h>

#if (defined __SSE2__)
#include <emmintrin.h>
#endif

#include "review_charset.h"
#include "review_str.h"


typedef struct {
    const char             *label;
    const char             *name;       /* NULL: UTF-8; "": unsupported */
} review_charset_label_t;


/*
 * WHATWG encoding labels we handle, mapped to glibc iconv names.  Labels
 * that browsers treat as windows-1252 are mapped to it, as browsers do.
 * Charsets whose multibyte sequences may contain '<' or '>' (ISO-2022-*,
 * UTF-7, HZ) and UTF-16/32 are refused: the page then goes out as is.
 */
static const review_charset_label_t  review_charset_labels[] = {
    { "utf-8", NULL }, { "utf8", NULL }, { "unicode-1-1-utf-8", NULL },
    { "x-unicode20utf8", NULL },

    { "us-ascii", "CP1252" }, { "ascii", "CP1252" },
    { "iso-8859-1", "CP1252" }, { "iso8859-1", "CP1252" },
    { "iso_8859-1", "CP1252" }, { "latin1", "CP1252" }, { "l1", "CP1252" },
    { "cp819", "CP1252" }, { "ibm819", "CP1252" }, { "cp1252", "CP1252" },
    { "windows-1252", "CP1252" }, { "x-cp1252", "CP1252" },

    { "iso-8859-2", "ISO-8859-2" }, { "latin2", "ISO-8859-2" },
    { "iso-8859-3", "ISO-8859-3" }, { "iso-8859-4", "ISO-8859-4" },
    { "iso-8859-5", "ISO-8859-5" }, { "iso-8859-6", "ISO-8859-6" },
    { "iso-8859-7", "ISO-8859-7" }, { "iso-8859-8", "ISO-8859-8" },
    { "iso-8859-9", "CP1254" }, { "latin5", "CP1254" },
    { "iso-8859-10", "ISO-8859-10" }, { "iso-8859-13", "ISO-8859-13" },
    { "iso-8859-14", "ISO-8859-14" }, { "iso-8859-15", "ISO-8859-15" },
    { "latin9", "ISO-8859-15" }, { "iso-8859-16", "ISO-8859-16" },

    { "windows-1250", "CP1250" }, { "cp1250", "CP1250" },
    { "windows-1251", "CP1251" }, { "cp1251", "CP1251" },
    { "windows-1253", "CP1253" }, { "cp1253", "CP1253" },
    { "windows-1254", "CP1254" }, { "cp1254", "CP1254" },
    { "windows-1255", "CP1255" }, { "cp1255", "CP1255" },
    { "windows-1256", "CP1256" }, { "cp1256", "CP1256" },
    { "windows-1257", "CP1257" }, { "cp1257", "CP1257" },
    { "windows-1258", "CP1258" }, { "cp1258", "CP1258" },
    { "windows-874", "CP874" }, { "tis-620", "CP874" },
    { "iso-8859-11", "CP874" },
    { "koi8-r", "KOI8-R" }, { "koi8", "KOI8-R" }, { "koi8-u", "KOI8-U" },
    { "macintosh", "MACINTOSH" }, { "mac", "MACINTOSH" },
    { "x-mac-roman", "MACINTOSH" },

    { "shift_jis", "CP932" }, { "shift-jis", "CP932" }, { "sjis", "CP932" },
    { "x-sjis", "CP932" }, { "ms_kanji", "CP932" }, { "ms932", "CP932" },
    { "csshiftjis", "CP932" }, { "windows-31j", "CP932" },
    { "cp932", "CP932" },
    { "euc-jp", "EUC-JP" }, { "x-euc-jp", "EUC-JP" },
    { "gbk", "GBK" }, { "gb2312", "GBK" }, { "x-gbk", "GBK" },
    { "cp936", "GBK" }, { "chinese", "GBK" }, { "csgb2312", "GBK" },
    { "gb_2312-80", "GBK" }, { "gb18030", "GB18030" },
    { "big5", "BIG5-HKSCS" }, { "big5-hkscs", "BIG5-HKSCS" },
    { "cn-big5", "BIG5-HKSCS" }, { "x-x-big5", "BIG5-HKSCS" },
    { "euc-kr", "CP949" }, { "ks_c_5601-1987", "CP949" },
    { "windows-949", "CP949" }, { "cp949", "CP949" },

    { "utf-16", "" }, { "utf-16le", "" }, { "utf-16be", "" },
    { "utf-32", "" }, { "utf-32le", "" }, { "utf-32be", "" },
    { "iso-2022-jp", "" }, { "iso-2022-kr", "" }, { "iso-2022-cn", "" },
    { "utf-7", "" }, { "hz-gb-2312", "" },

    { NULL, NULL }
};


static const review_charset_label_t *
review_charset_label(const unsigned char *p, size_t len)
{
    size_t                         i;
    unsigned char                  low[32];
    const review_charset_label_t  *l;

    while (len && review_isspace(*p)) {
        p++;
        len--;
    }

    while (len && (review_isspace(p[len - 1]) || p[len - 1] == '"'
                   || p[len - 1] == '\''))
    {
        len--;
    }

    if (len == 0 || len >= sizeof(low)) {
        return NULL;
    }

    for (i = 0; i < len; i++) {
        low[i] = review_tolower(p[i]);
    }

    for (l = review_charset_labels; l->label; l++) {
        if (strlen(l->label) == len && memcmp(l->label, low, len) == 0) {
            return l;
        }
    }

    return NULL;
}


/*
 * The HTML "prescan": <meta charset=...> or <meta http-equiv=content-type
 * content="...; charset=...">, skipping comments.  Good enough for the
 * first kilobyte of real pages; anything odd falls back to UTF-8.
 */

static size_t
review_charset_attr(const unsigned char *p, const unsigned char *end,
    review_str_t *name, review_str_t *value)
{
    const unsigned char  *s, *start;
    unsigned char         q;

    s = p;

    while (p < end && (review_isspace(*p) || *p == '/')) {
        p++;
    }

    if (p >= end || *p == '>') {
        return 0;
    }

    start = p;
    while (p < end && *p != '=' && *p != '>' && *p != '/'
           && !review_isspace(*p))
    {
        p++;
    }

    name->data = start;
    name->len = p - start;
    value->data = p;
    value->len = 0;

    while (p < end && review_isspace(*p)) {
        p++;
    }

    if (p >= end || *p != '=') {
        return p - s;
    }

    p++;

    while (p < end && review_isspace(*p)) {
        p++;
    }

    if (p < end && (*p == '"' || *p == '\'')) {
        q = *p++;
        start = p;
        while (p < end && *p != q) {
            p++;
        }

        value->data = start;
        value->len = p - start;

        return (p < end ? p + 1 : p) - s;
    }

    start = p;
    while (p < end && *p != '>' && !review_isspace(*p)) {
        p++;
    }

    value->data = start;
    value->len = p - start;

    return p - s;
}


static const review_charset_label_t *
review_charset_from_content(const review_str_t *v)
{
    size_t                len;
    const unsigned char  *p, *end, *s;

    p = v->data;
    end = p + v->len;

    while (p + 7 <= end) {
        if (review_strncasecmp(p, "charset", 7) != 0) {
            p++;
            continue;
        }

        p += 7;
        while (p < end && review_isspace(*p)) {
            p++;
        }

        if (p >= end || *p != '=') {
            continue;
        }

        p++;
        while (p < end && (review_isspace(*p) || *p == '"' || *p == '\'')) {
            p++;
        }

        s = p;
        while (p < end && *p != ';' && *p != '"' && *p != '\''
               && !review_isspace(*p))
        {
            p++;
        }

        len = p - s;

        return review_charset_label(s, len);
    }

    return NULL;
}


static const review_charset_label_t *
review_charset_prescan(const unsigned char *p, size_t len)
{
    size_t                         n;
    unsigned                       http_equiv_ct;
    review_str_t                   name, value;
    const unsigned char           *end, *e;
    const review_charset_label_t  *l, *from_content;

    /* an empty page may have no buffer at all */
    if (len == 0) {
        return NULL;
    }

    end = p + len;

    while (p < end) {

        if (*p != '<') {
            p++;
            continue;
        }

        if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
            e = review_memmem(p + 4, end - p - 4, "-->", 3);
            if (e == NULL) {
                return NULL;
            }

            p = e + 3;
            continue;
        }

        if (end - p < 6 || review_strncasecmp(p + 1, "meta", 4) != 0
            || !(review_isspace(p[5]) || p[5] == '/'))
        {
            p++;
            continue;
        }

        p += 5;
        l = NULL;
        from_content = NULL;
        http_equiv_ct = 0;

        while ((n = review_charset_attr(p, end, &name, &value)) != 0) {
            p += n;

            if (name.len == 7 && review_strncasecmp(name.data, "charset", 7)
                                 == 0)
            {
                l = review_charset_label(value.data, value.len);

            } else if (name.len == 10
                       && review_strncasecmp(name.data, "http-equiv", 10) == 0
                       && value.len == 12
                       && review_strncasecmp(value.data, "content-type", 12)
                          == 0)
            {
                http_equiv_ct = 1;

            } else if (name.len == 7
                       && review_strncasecmp(name.data, "content", 7) == 0)
            {
                from_content = review_charset_from_content(&value);
            }
        }

        if (l == NULL && http_equiv_ct) {
            l = from_content;
        }

        if (l) {
            return l;
        }
    }

    return NULL;
}


static int
review_charset_use(review_charset_t *cs, const review_charset_label_t *l,
    int from_meta)
{
    if (l->name == NULL) {
        cs->kind = REVIEW_CHARSET_UTF8;
        return REVIEW_OK;
    }

    if (l->name[0] == '\0') {

        /* a <meta> cannot be read in UTF-16: browsers take it as UTF-8 */
        if (from_meta && review_strncasecmp((const unsigned char *) l->label,
                                            "utf-16", 6) == 0)
        {
            cs->kind = REVIEW_CHARSET_UTF8;
            return REVIEW_OK;
        }

        cs->kind = REVIEW_CHARSET_UNSUPPORTED;
        return REVIEW_OK;
    }

    cs->cd = iconv_open("UTF-8", l->name);
    if (cs->cd == (iconv_t) -1) {
        cs->kind = REVIEW_CHARSET_UNSUPPORTED;
        return REVIEW_OK;
    }

    cs->name = l->name;
    cs->kind = REVIEW_CHARSET_ICONV;

    return REVIEW_OK;
}


review_charset_kind_e
review_charset_detect(review_charset_t *cs, review_arena_t *a,
    const unsigned char *head, size_t len, int final,
    const review_str_t *header_charset, size_t *bom)
{
    const review_charset_label_t  *l;

    cs->arena = a;
    cs->cd = (iconv_t) -1;
    *bom = 0;

    if (len >= 3 && head[0] == 0xef && head[1] == 0xbb && head[2] == 0xbf) {
        *bom = 3;
        cs->kind = REVIEW_CHARSET_UTF8;
        goto done;
    }

    if (len >= 2 && ((head[0] == 0xfe && head[1] == 0xff)
                     || (head[0] == 0xff && head[1] == 0xfe)))
    {
        cs->kind = REVIEW_CHARSET_UNSUPPORTED;
        return cs->kind;
    }

    if (len < 3 && !final) {
        return REVIEW_CHARSET_UNKNOWN;
    }

    if (header_charset && header_charset->len) {
        l = review_charset_label(header_charset->data, header_charset->len);
        if (l) {
            review_charset_use(cs, l, 0);
            goto done;
        }
    }

    if (len < REVIEW_PRESCAN_SIZE && !final) {
        return REVIEW_CHARSET_UNKNOWN;
    }

    l = review_charset_prescan(head, len < REVIEW_PRESCAN_SIZE
                                     ? len : REVIEW_PRESCAN_SIZE);
    if (l) {
        review_charset_use(cs, l, 1);

    } else {
        cs->kind = REVIEW_CHARSET_UTF8;
    }

done:

    cs->src = *bom;
    cs->dec = 0;

    return cs->kind;
}


static int
review_charset_mark(review_charset_t *cs)
{
    size_t                  n;
    review_charset_mark_t  *m;

    if (cs->nmarks) {
        m = &cs->marks[cs->nmarks - 1];
        if (m->dec - m->src == cs->dec - cs->src) {
            return REVIEW_OK;
        }
    }

    if (cs->nmarks == cs->nalloc) {
        n = cs->nalloc ? cs->nalloc * 2 : 64;
        m = review_realloc(cs->arena, cs->marks,
                           cs->nalloc * sizeof(review_charset_mark_t),
                           n * sizeof(review_charset_mark_t));
        if (m == NULL) {
            return REVIEW_ERROR;
        }

        cs->marks = m;
        cs->nalloc = n;
    }

    cs->marks[cs->nmarks].dec = cs->dec;
    cs->marks[cs->nmarks].src = cs->src;
    cs->nmarks++;

    return REVIEW_OK;
}


/* converts one run that holds no '<' or '>' inside */

static int
review_charset_iconv_run(review_charset_t *cs, const unsigned char *p,
    size_t len, int at_end, int last, review_buf_t *out)
{
    char    *in, *o;
    size_t   inleft, outleft, start, n;

    in = (char *) p;
    inleft = len;
    start = out->len;

    while (inleft) {

        if (review_buf_reserve(out, inleft * 4 + 16) != REVIEW_OK) {
            return REVIEW_ERROR;
        }

        o = (char *) out->data + out->len;
        outleft = out->cap - out->len;

        n = iconv(cs->cd, &in, &inleft, &o, &outleft);

        out->len = (unsigned char *) o - out->data;

        if (n != (size_t) -1) {
            break;
        }

        if (errno == E2BIG) {
            continue;
        }

        if (errno == EINVAL && at_end && !last && inleft < sizeof(cs->pend)) {
            /* cut between two feeds: keep it for the next one */
            memcpy(cs->pend, in, inleft);
            cs->npend = inleft;
            len -= inleft;
            break;
        }

        /* an invalid or truncated sequence: one '?' a byte, as is */
        out->data[out->len++] = '?';
        in++;
        inleft--;
        iconv(cs->cd, NULL, NULL, NULL, NULL);
    }

    review_utf8_sanitize(out->data + start, out->len - start, 1, &n);

    cs->src += len;
    cs->dec += out->len - start;

    return REVIEW_OK;
}


/*
 * Completes a sequence cut by the previous feed.  Bytes are added one at
 * a time and the pending ones go through iconv exactly as they would
 * have in one piece: what converts goes out, a byte that cannot start a
 * character becomes one '?', and an incomplete tail waits for the next
 * feed unless a '<', '>' or the end of the page says it never completes.
 * So how the page was cut never changes what the parser sees.
 */

static size_t
review_charset_complete(review_charset_t *cs, const unsigned char *p,
    size_t len, int last, review_buf_t *out)
{
    int      stop;
    char    *in, *o;
    size_t   used, inleft, outleft, n, done, k;

    used = 0;

    while (cs->npend) {

        stop = 0;

        if (used == len) {
            if (!last) {
                break;
            }

            stop = 1;

        } else if (p[used] == '<' || p[used] == '>'
                   || cs->npend == sizeof(cs->pend))
        {
            stop = 1;

        } else {
            cs->pend[cs->npend++] = p[used++];
        }

        if (review_buf_reserve(out, cs->npend * 4 + 16) != REVIEW_OK) {
            return (size_t) -1;
        }

        in = (char *) cs->pend;
        inleft = cs->npend;
        o = (char *) out->data + out->len;
        outleft = out->cap - out->len;

        n = iconv(cs->cd, &in, &inleft, &o, &outleft);

        done = (unsigned char *) o - (out->data + out->len);
        review_utf8_sanitize(out->data + out->len, done, 1, &k);
        out->len += done;
        cs->dec += done;
        cs->src += cs->npend - inleft;

        memmove(cs->pend, in, inleft);
        cs->npend = inleft;

        if (n != (size_t) -1 || cs->npend == 0) {
            cs->npend = 0;
            break;
        }

        if (errno == E2BIG || (errno == EINVAL && !stop)) {
            continue;
        }

        /* as in one piece: one '?' for the first byte, then the rest */
        if (review_buf_addc(out, '?') != REVIEW_OK) {
            return (size_t) -1;
        }

        cs->src++;
        cs->dec++;
        cs->npend--;
        memmove(cs->pend, cs->pend + 1, cs->npend);
        iconv(cs->cd, NULL, NULL, NULL, NULL);
    }

    return used;
}


static int
review_charset_iconv(review_charset_t *cs, const unsigned char *p,
    size_t len, int last, review_buf_t *out)
{
    size_t                n;
    const unsigned char  *end;

    if (cs->npend) {
        n = review_charset_complete(cs, p, len, last, out);
        if (n == (size_t) -1) {
            return REVIEW_ERROR;
        }

        p += n;
        len -= n;
    }

    end = p + len;

    while (p < end) {

        if (review_charset_mark(cs) != REVIEW_OK) {
            return REVIEW_ERROR;
        }

        if (*p == '<' || *p == '>') {
            if (review_buf_addc(out, *p) != REVIEW_OK) {
                return REVIEW_ERROR;
            }

            cs->src++;
            cs->dec++;
            p++;
            continue;
        }

        for (n = 0; p + n < end && p[n] != '<' && p[n] != '>'; n++) {
            /* void */
        }

        if (review_charset_iconv_run(cs, p, n, p + n == end, last, out)
            != REVIEW_OK)
        {
            return REVIEW_ERROR;
        }

        p += n;
    }

    return REVIEW_OK;
}


int
review_charset_decode(review_charset_t *cs, const unsigned char *p,
    size_t len, int last, review_buf_t *scratch, review_str_t *out)
{
    if (cs->nmarks == 0 && review_charset_mark(cs) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    scratch->len = 0;

    if (cs->kind == REVIEW_CHARSET_ICONV) {
        if (review_charset_iconv(cs, p, len, last, scratch) != REVIEW_OK) {
            return REVIEW_ERROR;
        }

        /*
         * the end of the page is a place to insert too (an element left
         * open to the end): it needs its own mark after the last run
         */
        if (last && review_charset_mark(cs) != REVIEW_OK) {
            return REVIEW_ERROR;
        }

        review_buf_get(scratch, out);
        return REVIEW_OK;
    }

    /*
     * UTF-8 goes through as it is, not copied and not checked here: the
     * document builder makes valid what it hands to libxml2 (it sanitises
     * each piece it parses, in its own copy), and most of a page (script
     * and style bodies) it never hands over.  Same length: the source
     * offset is the UTF-8 one plus the BOM.
     */
    out->data = p;
    out->len = len;
    cs->dec += len;
    cs->src = cs->dec + cs->marks[0].src;

    return REVIEW_OK;
}


size_t
review_charset_map(const review_charset_t *cs, size_t dec)
{
    size_t                        lo, hi, mid;
    const review_charset_mark_t  *m;

    if (cs->nmarks == 0) {
        return dec;
    }

    lo = 0;
    hi = cs->nmarks;

    while (hi - lo > 1) {
        mid = lo + (hi - lo) / 2;

        if (cs->marks[mid].dec <= dec) {
            lo = mid;

        } else {
            hi = mid;
        }
    }

    m = &cs->marks[lo];

    return m->src + (dec - m->dec);
}


void
review_charset_close(review_charset_t *cs)
{
    if (cs->kind == REVIEW_CHARSET_ICONV && cs->cd != (iconv_t) -1) {
        iconv_close(cs->cd);
        cs->cd = (iconv_t) -1;
    }
}


/* length of a valid sequence; 0 if invalid; -1 if valid so far but cut */

static int
review_utf8_seq(const unsigned char *p, const unsigned char *end)
{
    unsigned char  c, lo, hi;
    int            n, i;

    c = p[0];

    if (c < 0x80) {
        return 1;
    }

    if (c < 0xc2) {
        return 0;
    }

    lo = 0x80;
    hi = 0xbf;

    if (c < 0xe0) {
        n = 2;

    } else if (c < 0xf0) {
        n = 3;
        if (c == 0xe0) {
            lo = 0xa0;

        } else if (c == 0xed) {
            hi = 0x9f;      /* no surrogates */
        }

    } else if (c < 0xf5) {
        n = 4;
        if (c == 0xf0) {
            lo = 0x90;

        } else if (c == 0xf4) {
            hi = 0x8f;
        }

    } else {
        return 0;
    }

    for (i = 1; i < n; i++) {
        if (p + i >= end) {
            return -1;
        }

        if (p[i] < lo || p[i] > hi) {
            return 0;
        }

        lo = 0x80;
        hi = 0xbf;
    }

    /* U+FFFE and U+FFFF are not characters to libxml2 */
    if (n == 3 && c == 0xef && p[1] == 0xbf && p[2] >= 0xbe) {
        return 0;
    }

    return n;
}


size_t
review_utf8_valid(const unsigned char *p, const unsigned char *end)
{
    int  n;

    if (p >= end) {
        return 0;
    }

    n = review_utf8_seq(p, end);

    return n > 0 ? (size_t) n : 0;
}


/*
 * How many bytes from p are plain: printable ASCII, tab, LF or CR.  Most
 * of a page is; 16 bytes at a time where SSE2 is there, 8 elsewhere.
 */

static size_t
review_plain_run(const unsigned char *p, const unsigned char *end)
{
    const unsigned char  *start;

    start = p;

#if (defined __SSE2__)
    {
        int      bad;
        __m128i  v, lt, ok;

        while (end - p >= 16) {
            v = _mm_loadu_si128((const __m128i *) p);

            /* signed: bytes >= 0x80 are below 0x20 too */
            lt = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
            ok = _mm_or_si128(_mm_or_si128(
                     _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));

            bad = _mm_movemask_epi8(_mm_andnot_si128(ok, lt));

            if (bad) {
                return p - start + __builtin_ctz(bad);
            }

            p += 16;
        }
    }
#endif

    while (p < end && ((*p >= 0x20 && *p < 0x80) || *p == '\t' || *p == '\n'
                       || *p == '\r'))
    {
        p++;
    }

    return p - start;
}


void
review_utf8_sanitize(unsigned char *p, size_t len, int last, size_t *tail)
{
    int             n;
    unsigned char  *end;

    *tail = 0;

    if (len == 0) {
        return;
    }

    end = p + len;

    while (p < end) {

        p += review_plain_run(p, end);

        if (p == end) {
            break;
        }

        if (*p < 0x20) {
            *p++ = ' ';
            continue;
        }

        n = review_utf8_seq(p, end);

        if (n > 0) {
            p += n;
            continue;
        }

        if (n < 0 && !last) {
            *tail = end - p;
            return;
        }

        *p++ = '?';
    }
}
