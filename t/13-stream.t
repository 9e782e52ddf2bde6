#!/usr/bin/perl

# review_buffering off: the header and the page go out as they come; the
# JSON-LD lands before </body> and the card at the site's marker, so the
# result is still the original plus insertions.  Configurations that
# would need an early insert are refused by nginx -t.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions);

my $t = Test::Review->new;
my $seed = $t->page('demo/html/reviews/sound-of-metal.html');
my $harbour = $t->page('demo/html/reviews/the-quiet-harbour.html');
my $news = $t->page('demo/html/news/festival-lineup.html');

$t->write_file('html/seed.html', $seed);
$t->write_file('html/harbour.html', $harbour);

my $half = int(length($seed) / 2);

$t->upstream(
    '/seed' => { body => $seed },
    '/bytes' => { body => $seed, write => 'bytes' },
    '/chunked' => { body => $seed, length => 'chunked', write => 997 },
    '/news' => { body => $news },
    '/big' => { body => $seed . ("<p>more</p>\n" x 20000),
                length => 'none', write => 8192 },
);

# the second half comes two seconds after the first
$t->upstream(-name => 'slow', '*' => { body => $seed, write => [$half],
                                       delay => 2000 });

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    log_format review '$uri $review_status';
    access_log %%TESTDIR%%/logs/review.log review;

    server {
        listen 127.0.0.1:%%PORT_8080%%;

        location / {
            review on;
            review_buffering off;
            review_card on;
            review_card_position marker;
        }

        location /u/ {
            review on;
            review_buffering off;
            review_max_size 200k;
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
        }

        location /slow/ {
            review on;
            review_buffering off;
            proxy_pass http://127.0.0.1:%%UPSTREAM_slow%%/;
            proxy_buffering off;
        }

        location /slow-buffered/ {
            review on;
            proxy_pass http://127.0.0.1:%%UPSTREAM_slow%%/;
            proxy_buffering off;
        }
    }
}
EOF

sub reviewed {
    my ($r, $orig, $name) = @_;
    is($r->{status}, 200, "$name: 200");
    my $ins = insertions($orig, $r->{body});
    ok($ins && @$ins, "$name: the original plus insertions") or return;
    my @ld = Test::Review::ld_json_blocks($r->{body});
    ok(@ld && !$ld[0]{error}, "$name: the JSON-LD parses");
    return $ins;
}

# a static page: JSON-LD before </body>, no length, chunked
my $r = $t->get('/seed.html');
my $ins = reviewed($r, $seed, 'static');
ok(!defined Test::Review::header($r, 'content-length'),
   'static: no Content-Length');
like(Test::Review::header($r, 'transfer-encoding') // '', qr/chunked/i,
     'static: chunked');
like(Test::Review::header($r, 'etag') // 'W/', qr{^W/}, 'static: weak ETag');
my $body_close = index(lc $seed, '</body');
is($ins->[0][0], $body_close, 'the JSON-LD goes right before </body>')
    if $ins && @$ins;
like($r->{body}, qr{application/ld\+json.*</script>\s*</body>}s,
     'the block sits at the end of the body');

# the card at the marker
$r = $t->get('/harbour.html');
$ins = reviewed($r, $harbour, 'marker page');
my $marker = index($harbour, '<!-- review-card -->')
             + length('<!-- review-card -->');
ok((grep { $_->[0] == $marker && $_->[1] =~ /<aside/ } @{ $ins || [] }),
   'the card right after the marker');

# however the upstream cuts it, the same page
my $one = $t->get('/u/seed');
reviewed($one, $seed, 'proxied');
is($t->get('/u/bytes')->{body}, $one->{body}, 'one byte at a time: the same');
is($t->get('/u/chunked')->{body}, $one->{body}, 'chunked, odd sizes: the same');

# what is not reviewed streams through untouched
is($t->get('/u/news')->{body}, $news, 'a news page: byte for byte');
my $big = $seed . ("<p>more</p>\n" x 20000);
is($t->get('/u/big')->{body}, $big,
   'grows past review_max_size: byte for byte');

# the first half reaches the client while the upstream waits: a module
# that buffers cannot send anything before the end
my $early = $t->get('/slow/x', timeout => 1.2, read_limit => 1_000_000);
ok(length($early->{body} // '') > 1000,
   'streaming: the first half arrives before the upstream is done');
$early = $t->get('/slow-buffered/x', timeout => 1.2, read_limit => 1_000_000);
is(length($early->{body} // ''), 0,
   'buffering: nothing before the end (the same upstream)');
sleep 3;

# configurations that need an early insert are refused
for my $bad (['review_card on; review_card_position after_title;', 'card'],
             ['review_social_meta on;', 'social meta'],
             ['review_cache_zone zone=z:1m;', 'cache'])
{
    my $extra = $bad->[1] eq 'cache'
        ? "review_cache z;" : '';
    my $zone = $bad->[1] eq 'cache' ? $bad->[0] : '';
    my $loc = $bad->[1] eq 'cache' ? $extra : $bad->[0];
    my ($rc, $out) = $t->nginx_t(<<"EOF");
%%TEST_GLOBALS%%
events { }
http {
    $zone
    server {
        listen 127.0.0.1:%%PORT_8081%%;
        location / { review on; review_buffering off; $loc }
    }
}
EOF
    isnt($rc, 0, "review_buffering off with $bad->[1]: nginx -t fails");
    like($out, qr/"review_buffering off" needs/, '... naming the directive');
}

$t->stop;
my $log = Test::Review::read_file($t->dir . '/logs/review.log');
like($log, qr{^/seed\.html injected$}m, 'static: $review_status injected');
like($log, qr{^/u/news skipped:}m, 'news: a reason');
like($log, qr{^/u/big skipped:too-large$}m, 'big: skipped:too-large');

$t->done_testing;
