#!/usr/bin/perl

# Reviews in other languages, through nginx: a French review on a theme
# that says lang="en" is read in French (its credits line, its rating, its
# inLanguage), a German one by its "Regie:" label, and a Dutch page, a
# language without a table, is handled as an English one would be while
# $review_language says what it was; the language survives a cache hit.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions_only_ok ld_json_blocks);

my $t = Test::Review->new;

sub page {
    my ($lang, $title, $body) = @_;
    return <<"EOF";
<!DOCTYPE html>
<html lang="$lang"><head><meta charset="utf-8"><title>$title</title>
<meta name="author" content="Claire Dubois">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body><header><a href="/">Le Carnet</a></header>
<article><h1>$title</h1>
$body
</article><footer>Le Carnet</footer></body></html>
EOF
}

my $fr = page('en', 'Critique : Les Heures claires', <<'EOF');
<p>Les Heures claires, réalisé par Lucie Moreau, suit Hélène, une pianiste
qui revient dans la maison de son enfance après la mort de son père. Camille
Roche incarne Hélène avec une retenue remarquable, et Bruno Vasseur est
bouleversant dans le rôle du frère resté au village.</p>
<p>La mise en scène prend son temps, et c'est sa force. J'ai été touché par
la manière dont le film laisse parler les silences, par sa lumière d'hiver
et par ses longs plans sur le lac. Je le recommande à tous ceux qui aiment
le cinéma patient.</p>
<p>Un film magnifique, bouleversant et d'une grande justesse, qui mérite
d'être vu en salles.</p>
<p>Réalisation : Lucie Moreau. Avec : Camille Roche, Bruno Vasseur.
Note : 4/5</p>
EOF

my $de = page('de', 'Filmkritik: Der lange Sommer', <<'EOF');
<p>Der lange Sommer ist ein leiser, gelungener Film über zwei Schwestern,
die nach Jahren wieder aufeinandertreffen. Anna Keller spielt Marie mit
einer Wärme, die lange nachwirkt, und die Kamera fängt die Landschaft
wunderschön ein.</p>
<p>Ich fand die Geschichte in der Mitte etwas zäh, aber das Ende ist
überzeugend und sehr sehenswert. Ich kann den Film allen empfehlen, die
ruhige Geschichten mögen, auch wenn er nicht ohne Schwächen ist.</p>
<p>Regie: Jonas Berger. Darsteller: Anna Keller. Bewertung: 3/5</p>
EOF

my $nl = page('nl', 'Het weer van morgen', <<'EOF');
<p>Morgen wordt het in het hele land droog en zonnig, met een zwakke wind
uit het oosten. In de middag loopt de temperatuur op tot een graad of
achttien, aan zee blijft het wat koeler.</p>
<p>Zondag neemt de kans op een bui toe, vooral in het zuiden van het land,
en de wind draait naar het westen.</p>
EOF

$t->write_file('html/fr.html', $fr);
$t->write_file('html/de.html', $de);
$t->write_file('html/nl.html', $nl);

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    review_cache_zone zone=main:1m;
    log_format lang '$uri $review_status $review_language $review_cache';
    access_log %%TESTDIR%%/logs/lang.log lang;

    server {
        listen 127.0.0.1:%%PORT_8080%%;
        server_name films.example.org;

        location / {
            review on;
            review_min_words 60;
            review_cache main;
        }
    }
}
EOF

sub movie_of {
    my ($body) = @_;
    my ($ld) = ld_json_blocks($body);
    my ($review) = grep { ($_->{'@type'} // '') eq 'Review' }
                   @{ ($ld || {})->{'@graph'} || [] };
    return $review;
}

my $r = $t->get('/fr.html');
insertions_only_ok($fr, $r->{body}, 'French: only insertions');
my $review = movie_of($r->{body});
ok($review, 'French: a Review on a theme that says lang="en"');
is($review && $review->{inLanguage}, 'fr', 'French: inLanguage is fr');
my $movie = $review && $review->{itemReviewed};
is($movie && $movie->{name}, 'Les Heures claires', 'French: the film');
is($movie && $movie->{director} && $movie->{director}[0]{name},
   'Lucie Moreau', 'French: "réalisé par" and "Réalisation :" credit her');
is_deeply([sort map { $_->{name} // $_->{actor}{name} }
           @{ ($movie && $movie->{actor}) || [] }],
          ['Bruno Vasseur', 'Camille Roche'], 'French: the cast');
is($review && $review->{reviewRating} && $review->{reviewRating}{ratingValue},
   4, 'French: "Note : 4/5"');

$r = $t->get('/de.html');
$review = movie_of($r->{body});
ok($review, 'German: a Review');
$movie = $review && $review->{itemReviewed};
is($movie && $movie->{name}, 'Der lange Sommer', 'German: the film');
is($movie && $movie->{director} && $movie->{director}[0]{name},
   'Jonas Berger', 'German: "Regie:" credits him');
is($review && $review->{reviewRating} && $review->{reviewRating}{ratingValue},
   3, 'German: "Bewertung: 3/5"');

$r = $t->get('/nl.html');
is($r->{body}, $nl, 'Dutch, no table: a page that is no review goes out as is');

# a second time: from the cache, the language with it
$t->get('/fr.html');
$t->get('/nl.html');

$t->stop;

my $log = Test::Review::read_file($t->dir . '/logs/lang.log');
like($log, qr{^/fr\.html injected fr MISS$}m, '$review_language: fr');
like($log, qr{^/fr\.html injected fr HIT$}m, '$review_language on a hit');
like($log, qr{^/de\.html injected de(-\S+)? MISS$}m, '$review_language: de');
like($log, qr{^/nl\.html skipped:\S+ nl MISS$}m,
     '$review_language says the language without a table');
like($log, qr{^/nl\.html skipped:\S+ nl HIT$}m, 'and again on a hit');

$t->done_testing();
