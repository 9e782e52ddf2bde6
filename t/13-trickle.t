#!/usr/bin/perl

# review_buffering off with an upstream that trickles: what cannot take
# an insertion goes out as it comes.  The upstream sends the first 600
# bytes of the page two at a time in lock-step with the client: after
# each piece it waits until the client has all it sent but the last 16
# bytes (a tag that may yet be </body>, spaces before it).  Time to the
# first byte is measured in the upstream's own progress, not in seconds:
# a filter that holds the first bytes (or lets nginx's postpone_output
# gather them, about 180 two-byte chunks) leaves the upstream waiting in
# vain, and the test says at which byte.  The page is still the original
# with the JSON-LD inserted.

use strict;
use warnings;

use lib 't/lib';
use IO::Socket::INET;
use Test::More;
use Test::Review qw(insertions read_file);

my $t = Test::Review->new;
my $seed = $t->page('demo/html/reviews/sound-of-metal.html');

# in lock-step up to this many bytes, this far behind at the most
my $upto = 600;
my $slack = 16;
my @cuts = map { $_ * 2 } 1 .. $upto / 2;

for my $name ('plain', 'exact', 'chunked') {
    $t->upstream(-name => $name,
                 '*' => { body => $seed,
                          length => $name eq 'chunked' ? 'chunked'
                                                       : 'exact',
                          write => \@cuts,
                          follow => { file => $t->dir . "/have.$name",
                                      upto => $upto,
                                      slack => $slack } });
}

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    proxy_buffering off;

    server {
        listen 127.0.0.1:%%PORT_8080%%;

        location /plain/ {
            proxy_pass http://127.0.0.1:%%UPSTREAM_plain%%/;
        }

        location /length/ {
            review on;
            review_buffering off;
            proxy_pass http://127.0.0.1:%%UPSTREAM_exact%%/;
        }

        location /chunked/ {
            review on;
            review_buffering off;
            proxy_pass http://127.0.0.1:%%UPSTREAM_chunked%%/;
        }
    }
}
EOF

for my $case (['/plain/x', 'plain', 'without the module'],
              ['/length/x', 'exact', 'with a length'],
              ['/chunked/x', 'chunked', 'chunked'])
{
    my ($path, $up, $name) = @$case;
    my $have = $t->dir . "/have.$up";

    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1:'
                                              . $t->port('8080'))
        or die "connect: $!";
    binmode $s;
    print $s "GET $path HTTP/1.1\r\nHost: localhost\r\n"
             . "Connection: close\r\n\r\n";

    my $raw = Test::Review::follow_client($s, $have);
    close $s;

    # the upstream never waited in vain: the client had each piece of
    # the first bytes (but the last few) before the next one was sent
    my $late = -e "$have.late" ? read_file("$have.late") : '';
    chomp $late;
    is($late, '', "$name: the first $upto bytes came as the upstream"
                  . " sent them");

    my $r = Test::Review::parse_response($raw, 'GET');
    is($r->{status}, 200, "$name: 200");

    if ($up eq 'plain') {
        ok($r->{body} eq $seed, "$name: the page");
        next;
    }

    my $ins = insertions($seed, $r->{body});
    ok($ins && @$ins == 1, "$name: the original plus one insertion");
    is($ins->[0][0], index(lc $seed, '</body'),
       "$name: the JSON-LD right before </body>") if $ins && @$ins;
}

$t->done_testing;
