#!/usr/bin/perl

# What the module must leave alone goes out byte for byte, and
# $review_status says why; HEAD, 304 and Range behave.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions);

my $t = Test::Review->new;
my $page = $t->page('demo/html/reviews/sound-of-metal.html');
my $news = $t->page('demo/html/news/festival-lineup.html');
my $big = $page . ("<p>padding paragraph for size.</p>\n" x 3000);

$t->write_file('html/seed.html', $page);
$t->write_file('html/news.html', $news);
$t->write_file('html/seed.txt', $page);
$t->write_file('html/empty.html', '');

$t->upstream(
    '/plain' => { body => $page, type => 'text/plain' },
    '/big' => { body => $big },
    '/grows' => { body => $big, length => 'none', write => 4096 },
    '/gzip' => { body => $page, gzip => 1 },
    '/404' => { body => $page, status => 404 },
    '/301' => { body => $page, status => 301,
                headers => [Location => 'http://127.0.0.1/x'] },
    '/utf16' => { body => "\xff\xfe<\0h\0t\0m\0l\0>\0", },
);

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    log_format review '$uri $status $review_status';
    access_log %%TESTDIR%%/logs/review.log review;

    server {
        listen 127.0.0.1:%%PORT_8080%%;

        location / {
            review on;
        }

        location /off/ {
            alias %%TESTDIR%%/html/;
            review off;
        }

        location /u/ {
            review on;
            review_max_size 100k;
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
            proxy_intercept_errors off;
        }
    }
}
EOF

my %status;

sub same {
    my ($uri, $orig, $name, $want) = @_;
    my $r = $t->get($uri);
    ok($r->{body} eq $orig, "$name: byte for byte")
        or diag(length($r->{body}) . " bytes instead of " . length $orig);
    $status{$uri} = $want;
    return $r;
}

same('/seed.txt', $page, 'text/plain file', 'skipped:type');
same('/u/plain', $page, 'text/plain upstream', 'skipped:type');
same('/off/seed.html', $page, 'review off', 'skipped:off');
same('/news.html', $news, 'news page', 'skipped:');
same('/u/big', $big, 'Content-Length over review_max_size',
     'skipped:too-large');
same('/u/grows', $big, 'grows past review_max_size', 'skipped:too-large');
same('/u/404', $page, '404', 'skipped:status');
same('/u/301', $page, '301', 'skipped:status');
same('/u/utf16', "\xff\xfe<\0h\0t\0m\0l\0>\0", 'UTF-16', 'skipped:charset');

my $r = same('/empty.html', '', 'empty page', 'skipped:empty');
is($r->{status}, 200, 'empty page: 200');

$r = $t->get('/u/gzip', headers => ['Accept-Encoding' => 'gzip']);
is(Test::Review::gunzip($r->{body}), $page, 'gzip upstream: passed as is');
$status{'/u/gzip'} = 'skipped:encoding';

# HEAD: headers only, no error
my $get = $t->get('/seed.html');
$r = $t->http(method => 'HEAD', path => '/seed.html');
is($r->{status}, 200, 'HEAD: 200');
is($r->{raw_body}, '', 'HEAD: no body');
like(Test::Review::header($r, 'etag') // '', qr{^W/}, 'HEAD: weak ETag');
$status{'/seed.html'} = 'skipped:head';

# 304 for the ETag of the transformed page
my $etag = Test::Review::header($get, 'etag');
like($etag, qr{^W/"}, 'GET: weak ETag');
$r = $t->get('/seed.html', headers => ['If-None-Match' => $etag]);
is($r->{status}, 304, 'If-None-Match with that ETag: 304');
is($r->{raw_body}, '', '304: no body');

# Range: the whole (transformed) page, never a slice of it
$r = $t->get('/seed.html', headers => [Range => 'bytes=0-99']);
is($r->{status}, 200, 'Range: 200, not 206');
is($r->{body}, $get->{body}, 'Range: the whole transformed page');
ok(!defined Test::Review::header($r, 'accept-ranges'),
   'no Accept-Ranges on a transformed page');

$t->stop;

my $log = Test::Review::read_file($t->dir . '/logs/review.log');
for my $uri (sort keys %status) {
    like($log, qr{^\Q$uri\E \d+ \Q$status{$uri}\E}m,
         "$uri: \$review_status $status{$uri}");
}

$t->done_testing();
