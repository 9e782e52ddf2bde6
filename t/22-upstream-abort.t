#!/usr/bin/perl

# An upstream that closes mid-body: the client gets what nginx without the
# module sends, the status line, the upstream's headers and every byte
# that arrived, still visibly cut (a body shorter than its Content-Length,
# or no last chunk), and nothing inserted into the cut page.  Each way the
# body can come (Content-Length or chunked, proxy_buffering on or off,
# review_buffering on or off) is asked of a location with the module and
# of the same location without it, cut in the middle of the page and
# right after its </body> (where a page taken for whole would get its
# JSON-LD).

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions);

my $t = Test::Review->new;
my $page = $t->page('demo/html/reviews/sound-of-metal.html');

my %cut = (half => int(length($page) / 2),
           late => index($page, '</body>') + length('</body>'));

my %routes = ('/whole' => { body => $page });

for my $len ('cl', 'ch') {
    for my $at (keys %cut) {
        $routes{"/$len-$at"} = { body => $page, abort => $cut{$at},
                                 length => $len eq 'ch' ? 'chunked'
                                                        : 'exact' };
    }
}

$routes{'/accel'} = { body => '', headers => ['X-Accel-Redirect'
                                                => '/files/page.html'] };
$t->upstream(%routes);

# an upstream that stops sending halfway (it waits a minute): each way
# has its own, as it serves one connection at a time
for my $up ('stall', 'stallnb', 'stallplain', 'stallplainnb') {
    $t->upstream(-name => $up,
                 '*' => { body => $page, write => [$cut{half}],
                          pause_at => $cut{half},
                          resume_on => $t->dir . '/never' });
}

$t->write_file('html/page.html', $page);

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    log_format review '$uri $status $review_status';
    access_log %%TESTDIR%%/logs/review.log review;

    server {
        listen 127.0.0.1:%%PORT_8080%%;

        location /plain/ {
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
        }

        location /plain-nb/ {
            proxy_buffering off;
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
        }

        location /review/ {
            review on;
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
        }

        location /review-nb/ {
            review on;
            proxy_buffering off;
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
        }

        location /stream/ {
            review on;
            review_buffering off;
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
        }

        location /stall/ {
            review on;
            proxy_read_timeout 1s;
            proxy_pass http://127.0.0.1:%%UPSTREAM_stall%%/;
        }

        location /stall-nb/ {
            review on;
            proxy_read_timeout 1s;
            proxy_buffering off;
            proxy_pass http://127.0.0.1:%%UPSTREAM_stallnb%%/;
        }

        location /stall-plain/ {
            proxy_read_timeout 1s;
            proxy_pass http://127.0.0.1:%%UPSTREAM_stallplain%%/;
        }

        location /stall-plain-nb/ {
            proxy_read_timeout 1s;
            proxy_buffering off;
            proxy_pass http://127.0.0.1:%%UPSTREAM_stallplainnb%%/;
        }

        # the upstream is done with before the page: not a cut one
        location /files/ {
            internal;
            review on;
            alias %%TESTDIR%%/html/;
        }

        location /gone/ {
            review on;
            proxy_pass http://127.0.0.1:%%PORT_closed%%/;
            error_page 502 =200 /files/page.html;
        }

        location /stream-nb/ {
            review on;
            review_buffering off;
            proxy_buffering off;
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
        }
    }
}
EOF

# the headers that say what the body is, as the client sees them
sub head_of {
    my ($r) = @_;
    return join "\n", map { "$_: " . join(',', @{ $r->{headers}{$_} }) }
                      grep { $_ ne 'date' && @{ $r->{headers}{$_} } }
                      sort keys %{ $r->{headers} };
}

# each location reviews a whole page: the cut ones are not skipped
# because the location does not review
for my $loc ('review', 'review-nb', 'stream', 'stream-nb') {
    my $r = $t->get("/$loc/whole");
    ok($r->{status} == 200 && $r->{body} ne $page
       && insertions($page, $r->{body}), "$loc: a whole page is reviewed");
}

for my $nb ('', '-nb') {
    for my $len ('cl', 'ch') {
        for my $at ('half', 'late') {
            my $path = "$len-$at";
            my $arrived = substr($page, 0, $cut{$at});
            my $plain = $t->get("/plain$nb/$path");

            # what nginx alone does, which the module must match
            is($plain->{status}, 200, "plain$nb $path: the status line");
            ok($plain->{body} eq $arrived,
               "plain$nb $path: the bytes that arrived")
                or diag(length($plain->{body}) . ' bytes of '
                        . length($arrived));

            for my $loc ("review$nb", "stream$nb") {
                my $name = "$loc $path";
                my $r = $t->get("/$loc/$path");

                is($r->{status}, 200, "$name: the status line");
                ok($r->{body} eq $arrived, "$name: every byte that arrived")
                    or diag(length($r->{body}) . ' bytes of '
                            . length($arrived));
                unlike($r->{body}, qr/application\/ld\+json/,
                       "$name: nothing inserted");

                # the buffered path holds the header until it knows: then
                # it is the upstream's own; streaming sends it at once,
                # without a length, as it says of every page
                if ($loc =~ /^review/) {
                    is(head_of($r), head_of($plain),
                       "$name: the upstream's headers");
                } else {
                    is(Test::Review::header($r, 'transfer-encoding'),
                       'chunked', "$name: chunked, as streaming sends");
                }

                # still visibly cut, as nginx leaves it
                my $te = Test::Review::header($r, 'transfer-encoding')
                         // '';
                if ($te eq 'chunked') {
                    unlike($r->{raw_body}, qr/(^|\r\n)0\r\n\r\n\z/,
                           "$name: no last chunk");
                } else {
                    my $cl = Test::Review::header($r, 'content-length');
                    ok(defined $cl && length($r->{raw_body} // '') < $cl,
                       "$name: shorter than its Content-Length");
                }
            }
        }
    }
}

# the upstream times out mid-body (proxy_read_timeout): what nginx alone
# sends (with proxy_buffering on, what its pipe passed on: the bytes in
# a buffer it was still filling are lost, with or without the module)
for my $nb ('', '-nb') {
    my $loc = "stall$nb";
    my $plain = $t->get("/stall-plain$nb/x");
    my $r = $t->get("/$loc/x");
    is($r->{status}, 200, "$loc: the status line");
    ok(length $plain->{body}
       && $plain->{body} eq substr($page, 0, length $plain->{body}),
       "$loc: nginx alone sends the first bytes");
    ok($r->{body} eq $plain->{body}, "$loc: the bytes nginx alone sends")
        or diag(length($r->{body}) . ' bytes, nginx alone '
                . length($plain->{body}));
    is(head_of($r), head_of($plain), "$loc: the upstream's headers");
    my $cl = Test::Review::header($r, 'content-length');
    ok(defined $cl && length($r->{raw_body}) < $cl,
       "$loc: shorter than its Content-Length");
}

# where the page is not the upstream's (X-Accel-Redirect, an error_page
# after the upstream failed), the upstream that is done with cut nothing:
# the page is read whole, in pieces, and reviewed
for my $path ('/review/accel', '/gone/x') {
    my $r = $t->get($path);
    ok($r->{status} == 200 && $r->{body} ne $page
       && insertions($page, $r->{body}), "$path: the page is reviewed");
}

$t->stop;

# the reason in the log: the page was cut, nothing else
my $log = Test::Review::read_file($t->dir . '/logs/review.log');
my @cut = $log =~ m{^/(?:review|stream|stall)(?:-nb)?/(?:c[lh]-\w+|x)
                    \ 200\ (\S+)$}mgx;
is(scalar @cut, 18, 'each cut page is logged');
is_deeply([grep { $_ ne 'skipped:cut' } @cut], [],
          '$review_status says skipped:cut');

done_testing;
