#!/usr/bin/perl

# Hostile and odd pages: each gets either a correct injection (the
# original plus insertions, JSON-LD that parses and stays ASCII) or goes
# out byte for byte, with a reason in $review_status; a work limit is
# logged.  The final checks find no alert or crash in error.log.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions);

my $t = Test::Review->new;
my $seed = $t->page('demo/html/reviews/sound-of-metal.html');

# the seed review with something placed at the start of its article
sub in_article {
    my ($frag) = @_;
    my $p = $seed;
    $p =~ s{(<article\b[^>]*>)}{$1$frag}i or die "no <article> in the seed";
    return $p;
}

# the seed review's prose, re-encoded, in a minimal page
my ($prose) = $seed =~ m{<article\b[^>]*>(.*?)</article>}is;
my $words = join ' ', $prose =~ m{<p\b[^>]*>(.*?)</p>}gis;
$words =~ s/<[^>]*>//g;

my $u2028 = "\xe2\x80\xa8";
my %pages = (
    'breakout' => in_article(
        "<p>Quoted: </SCRIPT ><script>alert(1)</script> $u2028 &lt;!-- x</p>"
        . '<script>var s = "<!--<script>";</script>'
        . qq{<p title="<script>alert(2)</script>" data-x='</script>'>}
        . "A line with </SCRIPT\t> and &lt;!--&lt;script&gt; inside.</p>"),
    'invalid-utf8' => in_article("<p>bad \xff\xfe\xc3 bytes \xed\xa0\x80"
                                 . " and \xf4\x90\x80\x80 here</p>"),
    'nul-bytes' => in_article("<p>nul \0 in \0\0 the text</p>"),
    'utf8-bom' => "\xef\xbb\xbf" . $seed,
    'nested-100k' => in_article(('<div>' x 100_000) . 'deep'
                                . ('</div>' x 100_000)),
    'paragraph-1m' => in_article('<p>' . ('word ' x 200_000) . '</p>'),
    'sentences-100k' => in_article('<p>' . ('It is. ' x 100_000) . '</p>'),
    'huge-attribute' => in_article('<div class="' . ('c' x 1_000_000)
                                   . '" title="' . ('t' x 500_000)
                                   . '">x</div>'),
    'unclosed' => "<html><head><title>Review: Sound of Metal<body><div>"
                  . "<article><p>$words<p><em>unclosed <b>everything <i>"
                  . "<table><tr><td>and <ul><li>more",
    'only-script' => '<script>var review = "Sound of Metal";</script>',
    'meta-10k' => "<html><head><title>Review: Sound of Metal</title>\n"
                  . join('', map { qq{<meta name="m$_" content="v$_">\n} }
                                 1 .. 10_000)
                  . "</head><body><article><p>$words</p></article>"
                  . "</body></html>",
    'empty-tags' => '<html><head></head><body></body></html>',
);

# raw text the parser never sees (script and style bodies are skipped by
# memchr): the insertions still land exactly where they belong
sub in_head {
    my ($frag) = @_;
    my $p = $seed;
    $p =~ s{</head>}{$frag</head>}i or die "no </head> in the seed";
    return $p;
}

$pages{'raw-text'} = in_head(
    '<script>var s = "</scr" + "ipt>", t = "<\\/script>", u = "<p>";'
    . "</script>\n<style>p > a { color: red } /* </p> <div> */</STYLE >\n"
    . '<!-- <script>x</script> --><SCRIPT>if (a < b && c > d) {}'
    . "</SCRIPT\t>\n");
$pages{'raw-text'} =~ s{(<article\b[^>]*>)}
    {$1<script>document.title = "</scriptx>";</script><style>
        .x{}</style>}i;
$pages{'unclosed-script'} = $seed;
$pages{'unclosed-script'} =~ s{</body>}
    {<script>var x = "<p>never closed</p>"; //</body>}i;
$pages{'unclosed-style-head'} = in_head('<style>p { }');
$pages{'script-escape-head'} = in_head(
    '<script><!-- document.write("<script>x<\\/script>"); --></script>');

# binary data served as text/html: deterministic noise
my $bin = '';
my $x = 12345;
for (1 .. 65536) {
    $x = ($x * 1103515245 + 12345) & 0x7fffffff;
    $bin .= chr($x >> 16 & 0xff);
}
$pages{'binary'} = $bin;

# pages in other charsets, declared by meta (files) or header (upstream)
my $latin = $seed;
$latin =~ s/<meta charset="[^"]*">/<meta charset="windows-1252">/i;
$latin =~ s/\xe2\x80\x99/\x92/g;
$latin =~ s/\xe2\x80\x9c/\x93/g;
$latin =~ s/\xe2\x80\x9d/\x94/g;
$latin =~ s/\xc3\xa9/\xe9/g;
$latin =~ s/[\xc0-\xff][\x80-\xbf]+/?/g;
$pages{'windows-1252-meta'} = $latin;

my $sjis = "<html><head><meta charset=\"shift_jis\">"
    . "<meta property=\"og:site_name\" content=\"Eiga\">"
    . "<title>Review: Sound of Metal</title></head><body><article>"
    . "<h1>Sound of Metal \x93\xfa\x96\x7b</h1><p>$words</p>"
    . "<p>\x93\xfa\x96\x7b\x82\xcc\x89\x66\x89\xe6</p>"
    . "</article></body></html>";
$pages{'shift_jis-meta'} = $sjis;

for my $name (keys %pages) {
    $t->write_file("html/$name.html", $pages{$name});
}

(my $latin_body = $latin) =~ s/<meta charset="windows-1252">//i;
$t->upstream(
    '/latin1' => { body => $latin_body,
                   type => 'text/html; charset=iso-8859-1' },
    '/utf16' => { body => "\xff\xfe" . join("\0", split //,
                  '<html><body><p>hi</p></body></html>') . "\0" },
);

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
            review_card on;
            review_max_size 8m;
        }

        location /u/ {
            review on;
            review_card on;
            proxy_pass http://127.0.0.1:%%UPSTREAM%%/;
        }
    }
}
EOF

my %injected;

sub check {
    my ($uri, $orig, $name) = @_;
    my $r = $t->get($uri, timeout => 60);

    is($r->{status}, 200, "$name: 200");

    if ($r->{body} eq $orig) {
        pass("$name: byte for byte");
        return;
    }

    my $ins = insertions($orig, $r->{body});
    ok($ins, "$name: the original plus insertions only") or return;

    my $added = join '', map { $_->[1] } @$ins;
    unlike($added, qr{[^\x00-\x7f]}, "$name: what was added is ASCII");

    my @ld = Test::Review::ld_json_blocks($added);
    ok(@ld && !grep({ $_->{error} } @ld), "$name: its JSON-LD parses")
        or diag(explain(\@ld));
    is(() = $added =~ m{</script}gi, scalar @ld,
       "$name: one </script per block");
    $injected{$uri} = $ld[0];
}

for my $name (sort keys %pages) {
    check("/$name.html", $pages{$name}, $name);
}

check('/u/latin1', $latin_body, 'ISO-8859-1 by header');
check('/u/utf16', "\xff\xfe" . join("\0", split //,
      '<html><body><p>hi</p></body></html>') . "\0", 'UTF-16');

# what must have been understood, not only survived
my $name_of = sub {
    my ($doc) = @_;
    my @g = @{ $doc->{'@graph'} || [$doc] };
    my ($rev) = grep { ($_->{'@type'} // '') eq 'Review' } @g;
    return $rev && $rev->{itemReviewed} ? $rev->{itemReviewed}{name} : '';
};

for my $uri ('/breakout.html', '/utf8-bom.html', '/windows-1252-meta.html',
             '/u/latin1', '/shift_jis-meta.html')
{
    ok($injected{$uri}, "$uri: injected") or next;
    like($name_of->($injected{$uri}), qr/Sound of Metal/,
         "$uri: the film is Sound of Metal");
}

# the JSON-LD goes right before </head>, whatever raw text precedes it
for my $name ('raw-text', 'unclosed-script') {
    my $r = $t->get("/$name.html");
    my $ins = insertions($pages{$name}, $r->{body}) || [];
    ok(@$ins, "$name: injected") or next;
    is($ins->[0][0], index($pages{$name}, '</head>'),
       "$name: the JSON-LD at the offset of </head>");
}

# a browser would still read the rest of the page as script or style
ok(!$injected{'/unclosed-style-head.html'},
   'an unclosed <style> in the head: nothing injected');
ok(!$injected{'/script-escape-head.html'},
   'a script that escapes past its end tag: nothing injected');

ok(!$injected{'/binary.html'}, 'binary data: nothing injected');
ok(!$injected{'/only-script.html'}, 'a page that is only a script: nothing');
ok(!$injected{'/u/utf16'}, 'UTF-16: nothing');

$t->stop;
diag(Test::Review::read_file($t->dir . "/logs/review.log")) if $ENV{TEST_REVIEW_VERBOSE};

my $log = Test::Review::read_file($t->dir . '/logs/review.log');
my %st = map { split / /, $_, 2 } split /\n/, $log;

like($st{'/binary.html'} // '', qr/^skipped:/, 'binary: a reason is logged');
like($st{'/u/utf16'} // '', qr/^skipped:charset/, 'UTF-16: skipped:charset');
like($st{'/nested-100k.html'} // '', qr/^(injected|skipped:limit-)/,
     '100k nesting: injected or a limit');
like($st{'/sentences-100k.html'} // '', qr/^(injected|skipped:limit-)/,
     '100k sentences: injected or a limit');

# a work limit is logged with the page's fate
my @limited = grep { ($st{$_} // '') =~ /^skipped:limit-/ } keys %st;
if (@limited) {
    like($t->error_log, qr/review filter: skipped:limit-\S+, the page goes out as is/,
         'a work limit is logged in error.log');
}

$t->done_testing;
