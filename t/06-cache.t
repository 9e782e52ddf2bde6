#!/usr/bin/perl

# The shared cache: a hit gives the same bytes as the analysis, keys
# follow the page and the configuration, entries age out, a reload keeps
# them, and a full zone evicts instead of failing.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions);

my $t = Test::Review->new;
my $page = $t->page('demo/html/reviews/sound-of-metal.html');
my $news = $t->page('demo/html/news/festival-lineup.html');

$t->write_file('html/seed.html', $page);
$t->write_file('html/news.html', $news);
$t->write_file('html/card/seed.html', $page);
$t->write_file('html/age/seed.html', $page);

for my $i (1 .. 60) {
    (my $p = $page) =~ s/Jane Example/Writer Number $i/g;
    $t->write_file("html/many/p$i.html", $p);
}

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    review_cache_zone zone=main:1m;
    review_cache_zone zone=short:1m max_age=1s;
    review_cache_zone zone=tiny:32k;

    log_format cache '$uri $review_status $review_cache';
    access_log %%TESTDIR%%/logs/cache.log cache;

    server {
        listen 127.0.0.1:%%PORT_8080%%;
        review on;
        review_cache main;

        location /card/ {
            review_card on;
        }

        location /age/ {
            review_cache short;
        }

        location /many/ {
            review_cache tiny;
        }

        location /nocache/ {
            alias %%TESTDIR%%/html/;
            review_cache off;
        }
    }
}
EOF

sub cache_status {
    my ($uri) = @_;
    my $log = Test::Review::read_file($t->dir . '/logs/cache.log');
    my @l = grep { /^\Q$uri\E / } split /\n/, $log;
    return @l ? (split / /, $l[-1])[2] : '';
}

my $miss = $t->get('/seed.html');
is(cache_status('/seed.html'), 'MISS', 'first request: MISS');
my $hit = $t->get('/seed.html');
is(cache_status('/seed.html'), 'HIT', 'second request: HIT');
is($hit->{body}, $miss->{body}, 'a hit gives the same bytes');
ok(defined insertions($page, $hit->{body}), 'and only insertions');
is(Test::Review::header($hit, 'content-length'), length $hit->{body},
   'exact Content-Length on a hit');

my $nc = $t->get('/nocache/seed.html');
is($nc->{body}, $miss->{body}, 'the same as without the cache');
is(cache_status('/nocache/seed.html'), '-', 'no cache: no $review_cache');

$t->get('/news.html');
my $news2 = $t->get('/news.html');
is($news2->{body}, $news, 'a non-review page from the cache: untouched');
is(cache_status('/news.html'), 'HIT', 'its verdict is cached too');

# another configuration is another key
my $card = $t->get('/card/seed.html');
is(cache_status('/card/seed.html'), 'MISS', 'other location: its own key');
like($card->{body}, qr/rvw-card/, 'with its card');
$t->get('/card/seed.html');
is(cache_status('/card/seed.html'), 'HIT', 'then a hit');

$t->get('/age/seed.html');
$t->get('/age/seed.html');
is(cache_status('/age/seed.html'), 'HIT', 'max_age: a hit at once');
sleep 2.2;
$t->get('/age/seed.html');
is(cache_status('/age/seed.html'), 'MISS', 'max_age: a miss when older');

SKIP: {
    # nginx without a master process (as under valgrind) stops serving
    # after a reload: nginx's limit, not the cache's
    skip 'reload: needs a master process (not under valgrind)', 1
        if Test::Review::mode() eq 'valgrind';

    $t->reload;
    $t->get('/seed.html');
    is(cache_status('/seed.html'), 'HIT', 'after a reload: still a hit');
}

# a zone too small for all: evicts, serves every page right
my $ok = 0;
for my $i (1 .. 60) {
    my $r = $t->get("/many/p$i.html");
    $ok++ if $r->{body} =~ /Writer Number $i\b.*ld\+json/s
             || $r->{body} =~ /ld\+json.*Writer Number $i\b/s;
}
is($ok, 60, 'a small zone: every page right');
$t->get('/many/p60.html');
is(cache_status('/many/p60.html'), 'HIT', 'the latest page is in it');
$t->get('/many/p1.html');
is(cache_status('/many/p1.html'), 'MISS', 'the oldest was evicted');

$t->done_testing();
