#!/usr/bin/perl

# Headers and the filter's place in the chain: after gunzip, before gzip.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions ld_json_blocks);

my $t = Test::Review->new;
my $page = $t->page('demo/html/reviews/sound-of-metal.html');

$t->write_file('html/seed.html', $page);
$t->write_file('html/lm/seed.html', $page);
$t->write_file('html/x/seed.xhtml', $page);
$t->write_file('html/seed.xhtml', $page);

$t->upstream(
    '/gz' => { body => $page, gzip => 1 },
    '/lm' => { body => $page,
               headers => ['Last-Modified' => 'Mon, 10 May 2021 09:00:00 GMT',
                           ETag => '"abc"'] },
);

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    types { text/html html; application/xhtml+xml xhtml; }

    server {
        listen 127.0.0.1:%%PORT_8080%%;

        location / {
            review on;
        }

        location /gzip/ {
            alias %%TESTDIR%%/html/;
            review on;
            gzip on;
            gzip_min_length 10;
        }

        location /lm/ {
            review on;
            review_last_modified on;
        }

        location /x/ {
            review on;
            review_types application/xhtml+xml;
        }

        location /gunzip/ {
            review on;
            gunzip on;
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
        }

        location /up/ {
            review on;
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
        }
    }
}
EOF

my $plain = $t->get('/seed.html');
ok(defined insertions($page, $plain->{body}), 'plain: only insertions');
is(Test::Review::header($plain, 'content-length'), length $plain->{body},
   'plain: exact Content-Length');
ok(!defined Test::Review::header($plain, 'last-modified'),
   'Last-Modified removed by default');
like(Test::Review::header($plain, 'etag') // '', qr{^W/"}, 'ETag made weak');

# gzip on: the client gets gzip, and inside it the injection
my $r = $t->get('/gzip/seed.html', headers => ['Accept-Encoding' => 'gzip']);
is(Test::Review::header($r, 'content-encoding'), 'gzip', 'gzip on: gzipped');
my $unz = Test::Review::gunzip($r->{body});
is($unz, $plain->{body}, 'gzip on: the same page inside the gzip');

# a gzip upstream, unpacked by gunzip for a client that does not take gzip
$r = $t->get('/gunzip/gz');
is($r->{body}, $plain->{body}, 'gunzip on: injected into the unpacked page');

$r = $t->get('/gunzip/gz', headers => ['Accept-Encoding' => 'gzip']);
is(Test::Review::gunzip($r->{body}), $page,
   'gunzip on, client takes gzip: passed compressed, untouched');

$r = $t->get('/lm/seed.html');
ok(defined Test::Review::header($r, 'last-modified'),
   'review_last_modified on: Last-Modified kept');
ok(scalar ld_json_blocks($r->{body}), 'and injected');

$r = $t->get('/up/lm');
like(Test::Review::header($r, 'etag') // '', qr{^W/"abc"$},
     'upstream ETag made weak');
ok(!defined Test::Review::header($r, 'last-modified'),
   'upstream Last-Modified removed');
is(Test::Review::header($r, 'content-length'), length $r->{body},
   'upstream: exact Content-Length');

$r = $t->get('/x/seed.xhtml');
ok(scalar ld_json_blocks($r->{body}), 'review_types: another type read');

$r = $t->get('/seed.xhtml');
ok(!scalar ld_json_blocks($r->{body}), 'not in review_types: untouched');

$t->done_testing();
