#!/usr/bin/perl

# WordPress as docs/deployment.md says to run it: the recipe's nginx
# configuration as written (only the listen address, the root and the
# PHP-FPM socket replaced by the test's), a fake PHP-FPM serving pages
# written after Twenty Twenty-Four (t/wordpress/): a post is reviewed,
# with the URL the reader asked for (not /index.php); a category archive,
# the admin and a compressed answer for a gzip client behave; then the
# card as a reader sees it in headless Chromium: stars drawn with glyphs
# the fonts have, filled to value / best, as wide as the text column;
# a marker inside a paragraph leaves the paragraph whole.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions read_file);
use JSON::PP;

my $top = Test::Review->top;
my $t = Test::Review->new;
my $d = $t->dir;

# the pages: the theme's style in every head
my $inc = read_file("$top/t/wordpress/head.inc");
sub wp_page {
    my ($name, $marker) = @_;
    my $p = read_file("$top/t/wordpress/$name.html");
    $p =~ s/%%HEAD%%/$inc/;
    $p =~ s/%%MARKER%%/$marker \/\/ ''/e;
    return $p;
}

my $post = wp_page('station');
(my $bare = $post) =~ s{<link rel="canonical"[^>]*>\n}{};
my $archive = wp_page('category');
my $marker = wp_page('station',
    "\n<p>Olsen's train is a world. <!-- review-card -->It is also a trap.</p>");

my $params = "$d/fcgi.log";
my $fcgi = $t->fastcgi(
    -log => $params,
    '/station-review/' => { body => $post, gzip_ok => 1 },
    '/no-canonical/' => { body => $bare },
    '/category/reviews/' => { body => $archive },
    '/wp-admin/' => { body => $post },
);

# the recipe, from the docs
my $doc = read_file("$top/docs/deployment.md");
my ($recipe) = $doc =~ /^### WordPress.*?```nginx\n(.*?)```/ms
    or BAIL_OUT('no WordPress recipe in docs/deployment.md');

my $conf = $recipe;
$conf =~ s/^(\s*)listen\s+80;/$1listen 127.0.0.1:%%PORT_8080%%;/m
    or BAIL_OUT('the recipe has no "listen 80;"');
$conf =~ s{^(\s*)root\s+/var/www/wordpress;}{$1root %%TESTDIR%%/wp;}m
    or BAIL_OUT('the recipe has no root');
$conf =~ s{fastcgi_pass\s+unix:\S+;}{fastcgi_pass 127.0.0.1:$fcgi;}
    or BAIL_OUT('the recipe has no fastcgi_pass');
$conf =~ s/^http \{\n/http {\n%%TEST_GLOBALS_HTTP%%\n/m or BAIL_OUT('no http');

mkdir "$d/wp";
$t->write_file('wp/index.php', "<?php /* WordPress */\n");
system('cp', '/etc/nginx/fastcgi_params', "$d/fastcgi_params") == 0
    or BAIL_OUT('no /etc/nginx/fastcgi_params');

$t->run("%%TEST_GLOBALS%%\nevents { worker_connections 64; }\n$conf");

my %h = (host => 'films.example.org');

my $r = $t->get('/station-review/', %h);
my $ins = insertions($post, $r->{body});
ok($ins && grep({ $_->[1] =~ /application\/ld\+json/ } @$ins),
   'a post is reviewed, through try_files and PHP-FPM');
ok($ins && grep({ $_->[1] =~ /rvw-card/ } @$ins), '... with its card');

$r = $t->get('/no-canonical/', %h);
my ($ld) = $r->{body} =~ m{<script type="application/ld\+json">(.*?)</script>}s;
like($ld // '', qr{"url":"http://films\.example\.org/no-canonical/"},
     'without rel=canonical the URL is the one asked for');
unlike($ld // '', qr{index\.php}, '... not /index.php');

$r = $t->get('/category/reviews/', %h);
is($r->{body}, $archive, 'a category archive passes untouched');

$r = $t->get('/wp-admin/', %h);
is($r->{body}, $post, 'the admin passes untouched (the map says off)');

$r = $t->get('/station-review/', %h,
             headers => [ 'Accept-Encoding' => 'gzip, deflate, br' ]);
ok(!Test::Review::header($r, 'Content-Encoding')
   || Test::Review::header($r, 'Content-Encoding') eq 'gzip',
   'a gzip client');
my $body = Test::Review::header($r, 'Content-Encoding')
           ? Test::Review::gunzip($r->{body}) : $r->{body};
ok(insertions($post, $body), '... gets the page reviewed: PHP was asked '
   . 'for plain HTML');
my $log = read_file($params);
unlike($log, qr/^HTTP_ACCEPT_ENCODING=./m,
       '... PHP never saw the client\'s Accept-Encoding');

# the Host header names the page only when it matches a server_name
my $v = Test::Review->new;
$v->write_file('html/station.html', $bare);
$v->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    server {
        listen 127.0.0.1:%%PORT_8080%%;
        server_name *.example.org;
        location / {
            review on;
            review_publisher "Rail Films" https://railfilms.example/;
        }
    }
}
EOF
for my $case ([ 'films.example.org', 'http://films.example.org/station.html' ],
              [ 'evil.test', 'https://railfilms.example/station.html' ]) {
    my $r = $v->get('/station.html', host => $case->[0]);
    my ($j) = $r->{body} =~ m{<script type="application/ld\+json">(.*?)</script>}s;
    like($j // '', qr{"url":"\Q$case->[1]\E"}, "Host: $case->[0]: $case->[1]");
}
$v->stop;

# the reader's view
my $chromium = $ENV{CHROMIUM} || '/usr/bin/chromium';

SKIP: {
    skip "no Chromium at $chromium", 14 unless -x $chromium
        && -d "$top/t/js/node_modules/playwright-core";

    my $port = $t->port('8080');

    my $look = sub {
        my ($path) = @_;
        my $out = qx{timeout 120 node $top/t/js/browser.mjs http://127.0.0.1:$port$path '' 2>&1};
        my $v = eval { decode_json((split /\n/, $out)[-1]) };
        ok($v, "Chromium opened $path") or diag($out);
        return $v || {};
    };

    # Chromium sends Host: 127.0.0.1:port; the recipe's server_name is
    # films.example.org, and the server is the default one: it answers
    my $v = $look->('/station-review/')->{light} || {};
    my $s = $v->{stars} || {};

    ok($v->{card} && $v->{visible}, 'the card is there and visible');
    ok($s->{full} && $s->{empty}, 'the stars are glyphs the fonts draw')
        or diag(encode_json($s));
    ok($s->{row} && $s->{fill} && $s->{row}{width} > 0
       && abs($s->{fill}{width} / $s->{row}{width} - 0.8) < 0.03,
       '4/5: four of five stars filled')
        or diag(encode_json($s));
    is($s->{label}, 'Rated 4 out of 5', 'the stars say so to screen readers');
    ok($v->{para} && $v->{cardBox}
       && $v->{cardBox}{width} <= $v->{para}{width} + 1,
       'the card is no wider than the text column')
        or diag(encode_json([ $v->{cardBox}, $v->{para} ]));
    ok($v->{para} && $v->{cardBox}
       && abs($v->{cardBox}{left} - $v->{para}{left}) <= 1,
       '... and lines up with it')
        or diag(encode_json([ $v->{cardBox}, $v->{para} ]));

    # a marker inside a paragraph: the card goes after it
    my $m = Test::Review->new;
    $m->write_file('html/station.html', $marker);
    $m->write_file('html/plain.html', wp_page('station'));
    $m->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    server {
        listen 127.0.0.1:%%PORT_8080%%;
        location / {
            review on;
            review_card on;
            review_card_position marker;
        }
    }
}
EOF
    $port = $m->port('8080');
    my $w = $look->('/station.html')->{light} || {};

    ok($w->{card}, 'the card at the marker');
    is($w->{cardParent}, 'div', '... is not inside the paragraph');
    ok((grep { /^Olsen's train is a world\. It is also a t/ }
        @{ $w->{paras} || [] }),
       '... which stays one paragraph')
        or diag(encode_json($w->{paras}));
    ok($w->{para} && $w->{cardBox}
       && $w->{cardBox}{width} <= $w->{para}{width} + 1,
       '... as wide as the text column at most');
    $m->stop;
}

$t->done_testing();
