
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdio.h>
#include <string.h>

#include "review_lang.h"
#include "review_page_int.h"
#include "review_str.h"


/*
 * Dates to ISO 8601: machine forms are checked and kept as written
 * ("2021-05-10T09:00:00+00:00"); visible English forms become
 * "YYYY-MM-DD" ("May 10, 2021", "10 May 2021", "28 Feb 2024", "February
 * 28th, 2024", "Mon, 10 May 2021 09:00:00 GMT", "2021/05/10").
 */


/* "May", "Sept.", "mars", "März", "marzo": the language tables' months */

static int
review_month(const unsigned char *p, size_t len)
{
    int                         m;
    const review_lang_month_t  *e;

    m = review_lang_month(p, len);

    /*
     * English months are often cut anywhere after three letters, but a
     * cut is a beginning of the whole name: "Sept", never "Jana" or
     * "Augusta", which are first names
     */
    for (e = review_lang_en.months; m == 0 && len > 3 && e->word; e++) {
        if (strlen(e->word) > len && e->month != 5
            && review_strncasecmp(p, e->word, len) == 0)
        {
            m = e->month;
        }
    }

    return m;
}


/*
 * "June Carter, 3 March 2021", "Jana Keller, 3. März 2021": a month's
 * name, or a cut of one, that a capitalised word other than a month
 * follows (from p) is a first name, and the byline's date is further on
 */

static int
review_date_name_follows(const unsigned char *p, const unsigned char *end)
{
    const unsigned char  *r;

    while (p < end && *p == ' ') {
        p++;
    }

    if (p == end || !(review_isupper(*p) || *p >= 0xc0)) {
        return 0;
    }

    for (r = p; r < end && (review_isalpha(*r) || *r >= 0x80); r++) {
        /* void */
    }

    return r - p > 1 && review_month(p, r - p) == 0;
}


/* "YYYY-MM-DD" of a checked date, in the arena */

static int
review_date_format(review_arena_t *a, int y, int m, int d, review_str_t *out)
{
    int             i;
    unsigned char  *buf;

    buf = review_alloc(a, 11);
    if (buf == NULL) {
        return REVIEW_ERROR;
    }

    i = snprintf((char *) buf, 11, "%04d-%02d-%02d", y, m, d);
    out->data = buf;
    out->len = i;

    return REVIEW_OK;
}


static int
review_days_in(int y, int m)
{
    static const int  days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
                                 30, 31 };

    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) {
        return 29;
    }

    return days[m - 1];
}


static int
review_date_ok(int y, int m, int d)
{
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1
           && d <= review_days_in(y, m);
}


/* a machine form as written: YYYY-MM-DD[Thh:mm[:ss[.f]][Z|+hh:mm]] */

static int
review_date_iso(const review_str_t *s)
{
    int                   y, m, d;
    size_t                i;
    const unsigned char  *p;

    p = s->data;

    if (s->len < 10 || p[4] != '-' || p[7] != '-') {
        return 0;
    }

    for (i = 0; i < 10; i++) {
        if (i != 4 && i != 7 && !review_isdigit(p[i])) {
            return 0;
        }
    }

    y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10
        + (p[3] - '0');
    m = (p[5] - '0') * 10 + (p[6] - '0');
    d = (p[8] - '0') * 10 + (p[9] - '0');

    if (!review_date_ok(y, m, d)) {
        return 0;
    }

    if (s->len == 10) {
        return 1;
    }

    if (p[10] != 'T' && p[10] != ' ') {
        return 0;
    }

    for (i = 11; i < s->len; i++) {
        if (!(review_isdigit(p[i]) || p[i] == ':' || p[i] == '.'
              || p[i] == 'Z' || p[i] == '+' || p[i] == '-'))
        {
            return 0;
        }
    }

    return s->len >= 16 && review_isdigit(p[11]) && p[13] == ':';
}


/*
 * The words a date may carry beside its month and numbers: a time's and
 * a zone's ("20 Nov 2016 at 22:14 UTC").
 */
static const char *const  review_date_words[] = {
    "at", "am", "pm", "utc", "gmt", "cet", "cest", "bst", "est", "edt",
    "cst", "cdt", "mst", "mdt", "pst", "pdt", "jst", "ist", "h", "um",
    "\xc3\xa0", NULL
};


/*
 * What follows a date that stands alone: a time, a zone, separators
 * ("· 3 min" is not alone: "min" is no date's word).
 */

static int
review_date_rest_ok(const unsigned char *p, const unsigned char *end)
{
    review_str_t          w;

    while (p < end) {
        if (review_isalpha(*p)) {
            w.data = p;

            while (p < end && review_isalpha(*p)) {
                p++;
            }

            w.len = p - w.data;

            if (!review_str_in_ci(&w, review_date_words)) {
                return 0;
            }

            continue;
        }

        if (*p < 0x80) {
            p++;

        } else if (*p == 0xc2 && p + 1 < end
                   && (p[1] == 0xa0 || p[1] == 0xb7))
        {
            p += 2;                         /* no-break space, "·" */

        } else if (*p == 0xe2 && p + 2 < end && p[1] == 0x80) {
            p += 3;                         /* dashes, "•" */

        } else {
            return 0;
        }
    }

    return 1;
}


int
review_date_normalize(review_arena_t *a, const review_str_t *in,
    review_str_t *out)
{
    return review_date_parse(a, in, 0, out);
}


int
review_date_parse(review_arena_t *a, const review_str_t *in, unsigned flags,
    review_str_t *out)
{
    int                   y, m, d, nums[3], nn, mon, v, others, first;
    review_str_t          s, w;
    const unsigned char  *p, *end, *q;

    s = *in;

    if (s.len == 0) {
        return REVIEW_DECLINED;
    }

    review_str_trim(&s);

    if (review_date_iso(&s)) {
        if ((flags & REVIEW_DATE_ALONE)
            && !review_date_rest_ok(s.data + 10, s.data + s.len))
        {
            return REVIEW_DECLINED;
        }

        *out = s;

        /* "2021-05-10 09:00" is not ISO 8601: the date is enough */
        if (s.len > 10 && s.data[10] == ' ') {
            out->len = 10;
        }

        return REVIEW_OK;
    }

    /* the numbers and the month name, in the order they come */
    nn = 0;
    mon = 0;
    others = 0;
    first = 0;                          /* 1 a number, 2 the month, 3 a
                                           word and its comma */
    p = s.data;
    end = s.data + s.len;

    /* a month and two numbers are a date: "Oct 31, 2020 3 min read" */
    while (p < end && nn < 3 && !(mon && nn == 2)) {

        if (review_isdigit(*p)) {
            v = 0;
            q = p;

            while (p < end && review_isdigit(*p) && p - q < 5) {
                v = v * 10 + (*p++ - '0');
            }

            /* a time of day ends it: "09:00" */
            if (p < end && *p == ':') {
                break;
            }

            nums[nn++] = v;
            first = first ? first : 1;

            /* "28th", "1st" */
            while (p < end && review_isalpha(*p)) {
                p++;
            }

            continue;
        }

        /* a word, accented letters included: "février", "März" */
        if (review_isalpha(*p) || *p >= 0xc0) {
            q = p;

            while (p < end && (review_isalpha(*p) || *p >= 0x80)) {
                p++;
            }

            if (mon == 0) {
                mon = review_month(q, p - q);

                if (mon && review_date_name_follows(p, end)) {
                    mon = 0;
                }

                /* the month's place: before or after the day */
                if (mon && nn == 1) {
                    mon |= 0x100;
                }

                if (mon) {
                    first = first ? first : 2;
                    continue;
                }
            }

            w.data = q;
            w.len = p - q;

            if (!review_str_in_ci(&w, review_date_words)) {
                others++;

                /* "Saturday, 12 September 2020": a word and its comma */
                if (first == 0) {
                    first = p < end && *p == ',' ? 3 : 4;
                }
            }

            continue;
        }

        p++;
    }

    if ((flags & REVIEW_DATE_LEAD) && first != 1 && first != 2
        && first != 3)
    {
        return REVIEW_DECLINED;
    }

    if ((flags & REVIEW_DATE_ALONE)
        && (others > (first == 3) || !review_date_rest_ok(p, end)))
    {
        return REVIEW_DECLINED;
    }

    y = m = d = 0;

    if (mon && nn == 2) {
        m = mon & 0xff;

        if (nums[0] > 31) {             /* "2024 Feb 28" */
            y = nums[0];
            d = nums[1];

        } else if (nums[1] > 31) {      /* "May 10, 2021", "10 May 2021" */
            d = nums[0];
            y = nums[1];

        } else if (flags & REVIEW_DATE_SHORT) {
            d = nums[0];                /* "10 May 21", "May 10, 21" */
            y = nums[1];

        } else {
            return REVIEW_DECLINED;
        }

    } else if (!mon && nn == 3 && nums[0] > 31) {
        y = nums[0];                    /* "2021/05/10" */
        m = nums[1];
        d = nums[2];

    } else if (!mon && nn == 3 && (nums[2] > 31 || (flags & REVIEW_DATE_SHORT))
               && nums[0] > 12)
    {
        y = nums[2];                    /* "14/06/2021" */
        m = nums[1];
        d = nums[0];

    } else if (!mon && nn == 3 && (nums[2] > 31 || (flags & REVIEW_DATE_SHORT))
               && nums[1] > 12)
    {
        y = nums[2];                    /* "06/14/2021", "10-22-22" */
        m = nums[0];
        d = nums[1];

    } else if (!mon && nn == 3 && (nums[2] > 31 || (flags & REVIEW_DATE_SHORT))
               && (flags & (REVIEW_DATE_MDY | REVIEW_DATE_DMY)))
    {
        /* "11/4/19": in the order the page's other dates show */
        y = nums[2];
        m = (flags & REVIEW_DATE_MDY) ? nums[0] : nums[1];
        d = (flags & REVIEW_DATE_MDY) ? nums[1] : nums[0];

    } else {
        return REVIEW_DECLINED;
    }

    if (y < 100) {
        /* "10 May 21": not sure enough, unless the place says a date */
        if (!(flags & REVIEW_DATE_SHORT)) {
            return REVIEW_DECLINED;
        }

        y += y < REVIEW_DATE_PIVOT ? 2000 : 1900;
    }

    if (!review_date_ok(y, m, d)) {
        return REVIEW_DECLINED;
    }

    return review_date_format(a, y, m, d, out);
}


/*
 * The order of day and month a page writes its numeric dates in, from
 * those that show it ("7/17/20", "17/7/20"): REVIEW_DATE_MDY or
 * REVIEW_DATE_DMY, or 0 when none does or they disagree.  One pass over
 * the page's text.
 */

/*
 * Past the text before the next digit eight bytes at a time: the pass
 * reads the whole page's text, which is mostly letters.  A byte of x in
 * '0'..'9' sets its top bit in the result (Bit Twiddling Hacks'
 * "hasbetween", exact for any byte).
 */

#define REVIEW_DATE_ONES   0x0101010101010101ULL
#define REVIEW_DATE_HIGHS  0x8080808080808080ULL

#define review_date_has_digit(x)                                             \
    ((REVIEW_DATE_ONES * (127 + '9' + 1)                                     \
      - ((x) & REVIEW_DATE_ONES * 127))                                      \
     & ~(x)                                                                  \
     & (((x) & REVIEW_DATE_ONES * 127) + REVIEW_DATE_ONES * (127 - '0' + 1)) \
     & REVIEW_DATE_HIGHS)


static const unsigned char *
review_date_skip(const unsigned char *p, const unsigned char *end)
{
    uint64_t  x;

    while (end - p >= 8) {
        memcpy(&x, p, 8);

        if (review_date_has_digit(x)) {
            break;
        }

        p += 8;
    }

    return p;
}


unsigned
review_date_order(const unsigned char *p, size_t len)
{
    int                   v[3], k;
    size_t                n;
    unsigned              order;
    const unsigned char  *start, *end, *q, *w;
    unsigned char         sep;

    if (p == NULL) {
        return 0;
    }

    order = 0;
    start = p;
    end = p + len;

    while (p < end) {
        if (!review_isdigit(*p)) {
            p = review_date_skip(p + 1, end);
            continue;
        }

        if (p > start && (review_isdigit(p[-1]) || p[-1] == '/'
                          || p[-1] == '-' || p[-1] == '.'))
        {
            p++;
            continue;
        }

        /* N{1,2} S N{1,2} S N{2,4}, S "/" or "-" and the same twice */
        q = p;
        sep = 0;

        for (k = 0; k < 3; k++) {
            w = q;
            v[k] = 0;

            while (q < end && review_isdigit(*q) && q - w < 5) {
                v[k] = v[k] * 10 + (*q++ - '0');
            }

            n = q - w;

            if (n == 0 || (k < 2 && n > 2) || (k == 2 && n != 2 && n != 4)) {
                break;
            }

            if (k == 2) {
                continue;
            }

            if (q >= end || (*q != '/' && *q != '-') || (sep && *q != sep)) {
                break;
            }

            sep = *q++;
        }

        p = q;

        /* "2/13/2020.5", "1-2-33-4": a number of some other kind */
        if (k < 3
            || (q < end && (review_isdigit(*q) || *q == sep
                            || (q + 1 < end && review_isdigit(q[1])
                                && (*q == '.' || *q == '/'
                                    || *q == '-')))))
        {
            continue;
        }

        if (v[0] > 12 && v[0] <= 31 && v[1] >= 1 && v[1] <= 12) {
            order |= REVIEW_DATE_DMY;

        } else if (v[1] > 12 && v[1] <= 31 && v[0] >= 1 && v[0] <= 12) {
            order |= REVIEW_DATE_MDY;
        }
    }

    return order == (REVIEW_DATE_DMY | REVIEW_DATE_MDY) ? 0 : order;
}


/* "/2024/feb/28/" or "/2021/05/10/" in a URL path */

int
review_date_from_url(review_arena_t *a, const review_str_t *url,
    review_str_t *out)
{
    int                   y, m, d;
    const unsigned char  *p, *end;

    if (url->len < 10) {
        return REVIEW_DECLINED;
    }

    p = url->data;
    end = url->data + url->len;

    for ( /* void */ ; p + 10 <= end; p++) {
        if (*p != '/' || !review_isdigit(p[1]) || !review_isdigit(p[4])
            || p[5] != '/')
        {
            continue;
        }

        y = (p[1] - '0') * 1000 + (p[2] - '0') * 100 + (p[3] - '0') * 10
            + (p[4] - '0');

        if (review_isdigit(p[6]) && review_isdigit(p[7]) && p[8] == '/'
            && p + 11 <= end && review_isdigit(p[9]) && review_isdigit(p[10]))
        {
            m = (p[6] - '0') * 10 + (p[7] - '0');
            d = (p[9] - '0') * 10 + (p[10] - '0');

        } else if (p + 12 <= end && review_isalpha(p[6]) && p[9] == '/'
                   && review_isdigit(p[10]))
        {
            m = review_month(p + 6, 3);
            d = p[10] - '0';
            if (p + 12 <= end && review_isdigit(p[11])) {
                d = d * 10 + (p[11] - '0');
            }

        } else {
            continue;
        }

        if (!review_date_ok(y, m, d)) {
            continue;
        }

        return review_date_format(a, y, m, d, out);
    }

    return REVIEW_DECLINED;
}
