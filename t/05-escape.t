#!/usr/bin/perl

# Text from the page that tries to leave its JSON string or HTML element:
# the injected JSON-LD stays one valid script element, the card one
# element, and both carry the text, harmless.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions ld_json_blocks);
use JSON::PP;

my $t = Test::Review->new;

my $evil = q{Breakout </script><script>alert(1)</script> <!-- x --> }
    . q{</SCRIPT > "quotes" \\back\\ } . "\xe2\x80\xa8 line \x00 nul \xff bad";

my $page = <<"EOF";
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Evil Film review: $evil | Site</title>
<meta name="author" content="Mallory &lt;/script&gt;&lt;script&gt;x()&lt;/script&gt;">
<meta property="og:site_name" content="Site">
<meta property="og:title" content="Evil Film review: &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- x">
</head>
<body>
<article>
<h1>Evil Film review: a test of escapes</h1>
<p data-x="<script>bad()</script>">Directed by Jane Doe, Evil Film is a
gripping, superb thriller about a hacker who types
&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt; into every form.
Riz Ahmed plays the hacker "Zero" and the film is a masterpiece.</p>
<p>It is a brilliant, tense film, and \xe2\x80\xa8 it never lets up; the
ending is <!-- comment --> perfect.</p>
</article>
</body></html>
EOF

$t->write_file('html/evil.html', $page);

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    server {
        listen 127.0.0.1:%%PORT_8080%%;
        location / {
            review on;
            review_force on;
            review_card on;
            review_card_position after_title;
            review_social_meta on;
            review_body full;
        }
    }
}
EOF

my $r = $t->get('/evil.html');
my $ins = insertions($page, $r->{body});
ok($ins, 'only insertions');

my ($ld) = grep { $_->[1] =~ /ld\+json/ } @{ $ins || [] };
ok($ld, 'a JSON-LD block was inserted');
$ld = $ld ? $ld->[1] : '';

is(() = $ld =~ m{</script}gi, 1, 'the block holds one </script: its own end');
unlike($ld, qr{<!--|<script[^>]*>[^<]*<script}i, 'no comment or second script');
unlike($ld, qr{[^\x00-\x7f]}, 'pure ASCII');
unlike($ld, qr{\x{2028}|\xe2\x80\xa8}, 'no raw U+2028');

my ($doc) = ld_json_blocks($ld);
ok($doc && !$doc->{error}, 'it parses as JSON') or diag($doc->{error});

my ($review) = grep { ($_->{'@type'} // '') eq 'Review' } @{ $doc->{'@graph'} || [] };
like($review->{name} // '', qr{</script><script>alert\(1\)</script>},
     'the title comes back intact from the JSON');
like($review->{reviewBody} // '', qr{\x{2028}}, 'U+2028 comes back as such');
like($review->{reviewBody} // '', qr{alert\(2\)}, 'the body is there');
like($review->{author}{name} // '', qr{</script>}, 'the author too');

my ($card) = grep { $_->[1] =~ /rvw-card/ } @{ $ins || [] };
ok($card, 'a card was inserted');
$card = $card ? $card->[1] : '';
unlike($card, qr{<script|<!--}i, 'the card has no script or comment');
unlike($card, qr{[^\x00-\x7f]}, 'the card is pure ASCII');
is(() = $card =~ /<aside/g, 1, 'one aside');
is(() = $card =~ m{</aside>}g, 1, 'closed once');

my ($meta) = grep { $_->[1] =~ /og:description/ } @{ $ins || [] };
ok($meta, 'social meta inserted');
my @contents = ($meta ? $meta->[1] : '') =~ /<meta [^>]*content="([^"]*)">/g;
is(scalar @contents, 3, 'og:description, twitter:card, twitter:description');
ok(!grep({ /[<>"]/ } @contents), 'their content cannot leave the attribute');

$t->done_testing();
