#!/usr/bin/perl

# Writes data/schemaorg-vocab.jsonld: the schema.org vocabulary as JSON-LD
# (classes with their supertypes, properties with their domains and
# ranges, no descriptions), the form @adobe/structured-data-validator
# reads.  Its input is the reduced vocabulary of schema.org release 30.0
# (Apache-2.0) that the project's steering repository provides:
#
#   t/js/gen-vocab.pl ../shared/data/schemaorg-vocab.json
#
# Run once when moving to a new schema.org release; the output is
# committed so that tests never fetch anything.

use strict;
use warnings;
use JSON::PP;

my $in = shift or die "usage: $0 schemaorg-vocab.json\n";
open my $fh, '<', $in or die "$in: $!";
my $v = decode_json(do { local $/; <$fh> });
close $fh;

my @graph;

for my $t (sort keys %{ $v->{types} }) {
    my @sub = grep { !/#/ } @{ $v->{types}{$t}{sub} || [] };
    my %e = ('@id' => "schema:$t", '@type' => 'rdfs:Class');
    $e{'rdfs:subClassOf'} = [map { { '@id' => "schema:$_" } } @sub] if @sub;
    push @graph, \%e;
}

for my $p (sort keys %{ $v->{properties} }) {
    my $d = $v->{properties}{$p};
    push @graph, {
        '@id' => "schema:$p",
        '@type' => 'rdf:Property',
        'schema:domainIncludes' => [map { { '@id' => "schema:$_" } }
                                    @{ $d->{domain} }],
        'schema:rangeIncludes' => [map { { '@id' => "schema:$_" } }
                                   @{ $d->{range} }],
        ($d->{superseded} ? ('schema:supersededBy' => JSON::PP::true) : ()),
    };
}

my $doc = {
    '@context' => {
        schema => 'https://schema.org/',
        rdf => 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
        rdfs => 'http://www.w3.org/2000/01/rdf-schema#',
    },
    'schema:version' => $v->{version},
    'rdfs:comment' => "Derived from $v->{source}",
    '@graph' => \@graph,
};

binmode STDOUT;
print JSON::PP->new->canonical->encode($doc), "\n";
