#!/usr/bin/perl

# review_upstream_identity on: where review is on, the upstream is not
# told that the client accepts gzip, so it answers with HTML the module
# reads; nginx's gzip still compresses for the client.  The upstreams
# compress whatever they may: an nginx server with gzip on (behind
# proxy_pass) and a FastCGI application that gzips when the request
# accepts it.  Each logs the Accept-Encoding it was given.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions read_file gunzip);

my $t = Test::Review->new;
my $page = $t->page('demo/html/reviews/sound-of-metal.html');
my $params = $t->dir . '/logs/fcgi.params';

$t->write_file('up/seed.html', $page);
my $fcgi = $t->fastcgi(-log => $params,
                       '/php/x.php' => { body => $page, gzip_ok => 1 });

$t->run(<<"EOF");
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    log_format review '\$request_uri \$review_status "\$http_accept_encoding"';
    log_format up '\$request_uri "\$http_accept_encoding"';

    # the upstream: nginx compressing what it serves, proxied or not
    server {
        listen 127.0.0.1:%%PORT_8081%%;
        access_log %%TESTDIR%%/logs/up.log up;
        root %%TESTDIR%%/up;
        gzip on;
        gzip_min_length 1;
        gzip_http_version 1.0;
    }

    server {
        listen 127.0.0.1:%%PORT_8080%%;
        access_log %%TESTDIR%%/logs/review.log review;
        gzip on;
        gzip_min_length 1;

        location /id/ {
            review on;
            review_upstream_identity on;
            proxy_pass http://127.0.0.1:%%PORT_8081%%/;
        }

        location /asis/ {
            review on;
            proxy_pass http://127.0.0.1:%%PORT_8081%%/;
        }

        location /off/ {
            review off;
            review_upstream_identity on;
            proxy_pass http://127.0.0.1:%%PORT_8081%%/;
        }

        location /var/ {
            review \$arg_review;
            review_upstream_identity on;
            proxy_pass http://127.0.0.1:%%PORT_8081%%/;
        }

        # a prefix, not "~ \\.php\$": under valgrind, nginx 1.22's own
        # PCRE2 compile context of a regex location is reported lost
        location /php/ {
            review on;
            review_upstream_identity on;
            fastcgi_param REQUEST_URI \$request_uri;
            fastcgi_pass 127.0.0.1:$fcgi;
        }
    }
}
EOF

my @gzip = (headers => [ 'Accept-Encoding' => 'gzip, deflate, br' ]);

# the body as the client reads it, and how it came
sub fetch {
    my ($path, @h) = @_;
    my $r = $t->get($path, @h);
    my $ce = Test::Review::header($r, 'content-encoding') // '';
    return ($r, $ce, $ce eq 'gzip' ? gunzip($r->{body}) // '' : $r->{body});
}

my $has_ld = sub { $_[0] =~ /application\/ld\+json/ };

# a browser: gzip from nginx, the JSON-LD inside
my ($r, $ce, $body) = fetch('/id/seed.html', @gzip);
is($r->{status}, 200, 'identity: 200');
is($ce, 'gzip', 'identity: the client still gets gzip');
ok(insertions($page, $body) && $has_ld->($body),
   'identity: after gunzip, the page with its JSON-LD');

# a client that does not take gzip: plain, reviewed
($r, $ce, $body) = fetch('/id/seed.html?plain');
is($ce, '', 'identity, no gzip asked: plain');
ok(insertions($page, $body) && $has_ld->($body),
   'identity, no gzip asked: reviewed');

# without the directive: the upstream compresses, the page is skipped
($r, $ce, $body) = fetch('/asis/seed.html', @gzip);
is($ce, 'gzip', 'without it: gzip');
ok($body eq $page, 'without it: the page as the upstream sent it');

# review off: the directive does nothing
($r, $ce, $body) = fetch('/off/seed.html', @gzip);
ok($body eq $page, 'review off: the page untouched');

# review by a variable: only where it says on
($r, $ce, $body) = fetch('/var/seed.html?review=on', @gzip);
is($ce, 'gzip', 'review on by a variable: gzip');
ok($has_ld->($body), 'review on by a variable: reviewed');
($r, $ce, $body) = fetch('/var/seed.html?review=off', @gzip);
ok($body eq $page, 'review off by a variable: untouched');

# FastCGI: the application is not asked for gzip either
($r, $ce, $body) = fetch('/php/x.php', @gzip);
is($ce, 'gzip', 'FastCGI: the client gets gzip');
ok(insertions($page, $body) && $has_ld->($body),
   'FastCGI: after gunzip, the page with its JSON-LD');

$t->stop;

# what each upstream was told
my $up = read_file($t->dir . '/logs/up.log');
like($up, qr{^/seed\.html "-"$}m, 'proxy: no Accept-Encoding upstream');
like($up, qr{^/seed\.html\?plain "-"$}m, '... nor without one');
like($up, qr{^/seed\.html "gzip, deflate, br"$}m,
     'without the directive, or with review off: the client\'s');
like($up, qr{^/seed\.html\?review=on "-"$}m,
     'review on by a variable: none');
like($up, qr{^/seed\.html\?review=off "gzip, deflate, br"$}m,
     'review off by a variable: the client\'s');
is(() = $up =~ /"gzip, deflate, br"$/mg, 3,
   'the client\'s Accept-Encoding only where review is off or not asked');

my $p = read_file($params);
like($p, qr/^REQUEST_URI=\/php\/x\.php$/m, 'FastCGI: the request came');
unlike($p, qr/^HTTP_ACCEPT_ENCODING=/m,
       'FastCGI: no HTTP_ACCEPT_ENCODING');

my $log = read_file($t->dir . '/logs/review.log');
like($log, qr{^/id/seed\.html injected "-"$}m,
     '$review_status injected; $http_accept_encoding reads empty');
like($log, qr{^/asis/seed\.html skipped:encoding "gzip, deflate, br"$}m,
     'without the directive: skipped:encoding');

# a value that is not on or off names the directive
my ($rc, $out) = $t->nginx_t(<<'EOF');
%%TEST_GLOBALS%%
events {}
http {
    %%TEST_GLOBALS_HTTP%%
    server {
        listen 127.0.0.1:%%PORT_8082%%;
        location / { review on; review_upstream_identity yes; }
    }
}
EOF
isnt($rc, 0, 'nginx -t: a bad value fails');
like($out, qr/"review_upstream_identity"/, '... naming the directive');

done_testing;
