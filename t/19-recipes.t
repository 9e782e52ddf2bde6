#!/usr/bin/perl

# Every other recipe of docs/deployment.md, taken from the docs and run
# as written (only the listen address, roots, sockets and upstream
# addresses replaced by the test's): the static site, proxy_pass to a
# CMS, any upstream asked for identity, FastCGI with a URL prefix, and
# the log format.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions read_file);

my $top = Test::Review->top;
my $doc = read_file("$top/docs/deployment.md");

sub recipe {
    my ($heading) = @_;
    my ($r) = $doc =~ /^#+ \Q$heading\E\n.*?```nginx\n(.*?)```/ms
        or BAIL_OUT("no \"$heading\" recipe in docs/deployment.md");
    return $r;
}

my $page = read_file("$top/demo/html/reviews/sound-of-metal.html");
my $has_ld = sub { $_[0] =~ /application\/ld\+json/ };

# a static site
{
    my $t = Test::Review->new;
    $t->write_file('www/reviews/station.html', $page);
    my $c = recipe('A static site');
    $c =~ s{root /srv/www;}{root %%TESTDIR%%/www;\n        listen 127.0.0.1:%%PORT_8080%%;}
        or BAIL_OUT('no root in the static recipe');
    $c =~ s/^http \{\n/http {\n%%TEST_GLOBALS_HTTP%%\n/m;
    $t->run("%%TEST_GLOBALS%%\nevents { worker_connections 64; }\n$c");
    my $r = $t->get('/reviews/station.html');
    ok(insertions($page, $r->{body}) && $has_ld->($r->{body}),
       'static site: a review gets its JSON-LD');
    like($r->{body}, qr/rvw-card/, '... and its card');
    $t->stop;
}

# proxy_pass to a CMS that would compress for a gzip client
{
    my $t = Test::Review->new;
    my $up = $t->upstream('/reviews/station/' => { body => $page });
    my $c = recipe('proxy_pass to a CMS');
    $t->run(<<"EOF");
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    review_cache_zone zone=reviews:16m;
    upstream cms { server 127.0.0.1:$up; }
    server {
        listen 127.0.0.1:%%PORT_8080%%;
$c
    }
}
EOF
    my $r = $t->get('/reviews/station/',
                    headers => [ 'Accept-Encoding' => 'gzip' ]);
    ok(insertions($page, $r->{body}) && $has_ld->($r->{body}),
       'proxy_pass: a gzip client gets the review');
    $t->stop;
}

# any upstream asked for identity where review is on, behind an nginx
# that compresses what it serves
{
    my $t = Test::Review->new;
    $t->write_file('up/reviews/station.html', $page);
    $t->write_file('up/shop.html', $page);
    my $c = recipe('Any upstream, asked for identity only where review is on');
    $c =~ s/^(\s*)server \{\n/$1server {\n$1    listen 127.0.0.1:%%PORT_8080%%;\n/m
        or BAIL_OUT('no server');
    $c =~ s/^http \{\n/http {\n%%TEST_GLOBALS_HTTP%%
    upstream cms { server 127.0.0.1:%%PORT_8081%%; }
    server {
        listen 127.0.0.1:%%PORT_8081%%;
        root %%TESTDIR%%\/up;
        gzip_min_length 1;
        gzip_http_version 1.0;
    }
/m or BAIL_OUT('no http');
    $t->run("%%TEST_GLOBALS%%\nevents { worker_connections 64; }\n$c");

    my @gzip = (headers => [ 'Accept-Encoding' => 'gzip' ]);
    my $r = $t->get('/reviews/station.html', @gzip);
    my $body = Test::Review::gunzip($r->{body}) // '';
    is(Test::Review::header($r, 'content-encoding'), 'gzip',
       'identity: a gzip client gets gzip');
    ok(insertions($page, $body) && $has_ld->($body),
       '... with the review in it');
    $r = $t->get('/shop.html', @gzip);
    is(Test::Review::header($r, 'content-encoding'), 'gzip',
       '... and the rest gzipped too');
    is(Test::Review::gunzip($r->{body}), $page, '... untouched');
    $t->stop;
}

# FastCGI with a URL prefix, and the log format
{
    my $t = Test::Review->new;
    my $fcgi = $t->fastcgi('/reviews/station.php' => { body => $page },
                           '/shop.php' => { body => $page });
    my $c = recipe('FastCGI with a URL prefix');
    $c =~ s{fastcgi_pass\s+unix:\S+;}{fastcgi_pass 127.0.0.1:$fcgi;}
        or BAIL_OUT('no fastcgi_pass');
    $c =~ s/^(\s*)server \{\n/$1server {\n$1    listen 127.0.0.1:%%PORT_8080%%;\n$1    root %%TESTDIR%%;\n/m
        or BAIL_OUT('no server');
    $c =~ s/^http \{\n/http {\n%%TEST_GLOBALS_HTTP%%\n/m;
    my $log = recipe('Logging');
    $log =~ s{/var/log/nginx/review\.log}{%%TESTDIR%%/logs/review.log};
    $c =~ s/^http \{\n/http {\n$log\n/m;
    system('cp', '/etc/nginx/fastcgi_params', $t->dir . '/fastcgi_params');
    $t->run("%%TEST_GLOBALS%%\nevents { worker_connections 64; }\n$c");

    my $r = $t->get('/reviews/station.php');
    ok(insertions($page, $r->{body}) && $has_ld->($r->{body}),
       'FastCGI prefix: a page under /reviews/ is reviewed');
    $r = $t->get('/shop.php');
    is($r->{body}, $page, '... one elsewhere passes untouched');
    $t->stop;

    my $l = read_file($t->dir . '/logs/review.log');
    like($l, qr{"/reviews/station\.php" 200 review=injected cache=\S+ item="Sound of Metal"},
         'log format: what happened to the review');
    like($l, qr{"/shop\.php" 200 review=skipped:off}, '... and to the rest');
}

done_testing();
