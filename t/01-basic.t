#!/usr/bin/perl

# The seed review through nginx: static and proxied, in one write and a
# byte at a time; JSON-LD naming the film; nothing but insertions.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions insertions_only_ok ld_json_blocks);

my $t = Test::Review->new;
my $page = $t->page('demo/html/reviews/sound-of-metal.html');

$t->write_file('html/seed.html', $page);

my $split = index($page, "\xe2\x80\x99") + 1;    # inside a UTF-8 character
my $tag = index($page, '</head>') + 3;           # inside a tag

$t->upstream(
    '/one' => { body => $page },
    '/bytes' => { body => $page, write => 'bytes' },
    '/pieces' => { body => $page, write => 1000, length => 'none' },
    '/split' => { body => $page, write => [$split, $tag],
                  length => 'chunked' },
);

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    log_format review '$uri $status $review_status "$review_item"';
    access_log %%TESTDIR%%/logs/review.log review;

    server {
        listen 127.0.0.1:%%PORT_8080%%;
        server_name films.example.org;

        location / {
            review on;
        }

        location /p/ {
            review on;
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
            proxy_buffering off;
        }

        location /b/ {
            review on;
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
        }
    }
}
EOF

my $r = $t->get('/seed.html');
is($r->{status}, 200, 'static: 200');

my $ins = insertions_only_ok($page, $r->{body}, 'static: only insertions');
ok($ins && @$ins >= 1, 'static: something inserted');

my @ld = ld_json_blocks($r->{body});
is(scalar @ld, 1, 'one JSON-LD block');
my @graph = @{ $ld[0]{'@graph'} || [] };
my ($review) = grep { ($_->{'@type'} // '') eq 'Review' } @graph;
ok($review, 'the graph has a Review');
my $movie = $review && $review->{itemReviewed};
is($movie && $movie->{'@type'}, 'Movie', 'it reviews a Movie');
is($movie && $movie->{name}, 'Sound of Metal', 'the Movie is Sound of Metal');
is($movie && $movie->{director}[0]{name}, 'Darius Marder', 'its director');
is($review && $review->{author}{name}, 'Jane Example', 'its author');
ok($review && !exists $review->{reviewRating}, 'no rating invented');

like($r->{body}, qr{</script>\s*</head>}, 'the block ends right before </head>');
is(Test::Review::header($r, 'content-length'), length $r->{body},
   'Content-Length is exact');

for my $how (qw(one bytes pieces split)) {
    for my $loc (qw(p b)) {
        my $p = $t->get("/$loc/$how");
        is($p->{status}, 200, "$loc/$how: 200");
        is($p->{body}, $r->{body}, "$loc/$how: same page as the static one");
    }
}

$t->stop;

my $log = Test::Review::read_file($t->dir . '/logs/review.log');
like($log, qr{^/seed\.html 200 injected "Sound of Metal"}m,
     '$review_status and $review_item in the access log');

$t->done_testing();
