#!/usr/bin/perl

# Deep nesting costs what a flat page costs: for every shape of
# scripts/nest-pages (nested microdata items, blocks, cells, dates...),
# the core's instructions (callgrind: exact, not a clock) on a page twice
# as deep are about twice those of the first page, never four times.  And
# a Review item's properties are its own, not those of items inside it.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review;

my $top = Test::Review->top;
my $extract = "$top/build/review-extract";
my $dir = Test::Review->new->dir;

plan skip_all => 'valgrind missing (scripts/install-deps test)'
    unless system('command -v valgrind >/dev/null 2>&1') == 0;

sub page_of {
    my ($kind, $n) = @_;
    my $file = "$dir/$kind-$n.html";
    system("$top/scripts/nest-pages $kind $n > $file") == 0
        or die "nest-pages $kind $n failed\n";
    return $file;
}

sub instructions {
    my ($file) = @_;
    my $out = `valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
               $extract --facts $file 2>&1`;
    my ($n) = $out =~ /Collected : (\d+)/ or die "callgrind: $out\n";
    return $n;
}

for my $kind (split /\n/, `$top/scripts/nest-pages --list`) {
    my $one = instructions(page_of($kind, 500));
    my $two = instructions(page_of($kind, 1000));
    my $ratio = $two / $one;

    # linear: under 2 (a fixed start-up cost); quadratic: about 4
    cmp_ok($ratio, '<', 2.4,
           sprintf('%s: twice as deep costs %.2fx the instructions',
                   $kind, $ratio));
}

# microdata: the Review's author is its own itemprop, read through a
# nested Person; a date inside a nested Movie item is the Movie's
my $file = "$dir/microdata.html";
open my $fh, '>', $file or die;
print $fh <<'HTML';
<!doctype html><html><head><title>Station review</title></head><body>
<article itemscope itemtype="https://schema.org/Review">
<h1>Station review</h1>
<div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Movie">
<span itemprop="name">Station</span>
<time itemprop="datePublished" datetime="1999-01-01">1999</time></div>
<p itemprop="author" itemscope itemtype="https://schema.org/Person">
By <span itemprop="name">Ada Quill</span></p>
<time itemprop="datePublished" datetime="2024-03-05">5 March 2024</time>
<p>Station is a quiet film about a night train, and it works.</p>
</article></body></html>
HTML
close $fh;

my $facts = `$extract --facts $file`;
like($facts, qr/^author: Ada Quill$/m, 'the author of the Review item');
like($facts, qr/^date_published: 2024-03-05$/m,
     'the date of the Review, not of the Movie inside it');

done_testing;
