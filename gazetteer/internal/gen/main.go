// Command gen builds varlik's embedded default gazetteer
// (gazetteer/data/default.tsv) from the open data described in
// shared/data/gazetteer/SOURCES.md and the curated tables in curated/.
//
// Usage (go generate runs it from gazetteer/):
//
//	go run ./internal/gen -data ../../shared/data/gazetteer -o data/default.tsv
//
// -data is the directory holding the sources (one sub-directory per source,
// as in SOURCES.md); -o is the output file. The output is sorted and
// deterministic; the run fails if verify finds a violation (duplicate ID,
// unresolved reference, unusable name, counts below the floors).
//
// Russian names of places come from the sources where something bears
// them out (rucorroborate.go); a Chinese city or region still without one
// gets the Palladius transcription of its pinyin name (palladius.go; 421
// entries in December 2026, its agreement with the sources' names in
// TestPalladiusAgreesWithSources).
package main

import (
	"bytes"
	"embed"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

//go:embed curated/*.tsv
var curated embed.FS

func main() {
	data := flag.String("data", "../../shared/data/gazetteer", "directory with the gazetteer source data")
	out := flag.String("o", "data/default.tsv", "output TSV file")
	verbose := flag.Bool("v", false, "log merges and dropped common-word places to stderr")
	keep := flag.Bool("keep", false, "write the output even when verify fails (for debugging; exit status is still 1)")
	flag.BoolVar(&ruTranscriptions, "ru-transcriptions", false, "also keep dr5hn's Russian place names that only transcription bears out (Гуйчжоу, Ачех, Струмица; rucorroborate.go); off in go generate")
	without := flag.String("without", "", "comma-separated listed sources to leave out, for measuring their effect: "+strings.Join(listedSources, ", "))
	flag.Parse()
	for _, w := range strings.Split(*without, ",") {
		if w != "" {
			leftOut[w] = true
		}
	}
	var logw io.Writer = io.Discard
	if *verbose {
		logw = os.Stderr
	}
	g, err := build(src{dir: *data}, logw)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	verr := verify(g, os.Stderr)
	if verr != nil {
		fmt.Fprintln(os.Stderr, "gen:", verr)
		if !*keep {
			os.Exit(1)
		}
	}
	var buf bytes.Buffer
	if err := g.write(&buf); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if verr != nil {
		os.Exit(1)
	}
}

// build assembles the whole gazetteer from the sources.
func build(s src, log io.Writer) (*gazetteer, error) {
	g := newGazetteer()
	ex, err := loadExonyms()
	if err != nil {
		return nil, err
	}
	countries, err := loadCountries(s)
	if err != nil {
		return nil, err
	}
	if err := addCountryAliases(countries); err != nil {
		return nil, err
	}
	for _, c := range countries {
		if err := g.add(c.entry); err != nil {
			return nil, err
		}
	}
	var states []dr5hnState
	if err := s.json(&states, "dr5hn-csc", "states.json"); err != nil {
		return nil, err
	}
	qids := map[string]int{}
	for _, st := range states {
		qids[st.WikiDataID]++
	}
	if err := loadRuGivenNames(s); err != nil {
		return nil, err
	}
	tk, err := buildTurkey(s, g, states, qids, ex)
	if err != nil {
		return nil, err
	}
	rg, err := buildRegions(s, g, states, qids, countries, tk, ex)
	if err != nil {
		return nil, err
	}
	cs, err := buildCities(s, g, countries, states, rg, tk, ex, log)
	if err != nil {
		return nil, err
	}
	mergeCityRegions(g, cs, rg, countries, log)
	dropSeatPopulations(g, cs, rg)
	markCapitals(cs, countries)
	if err := buildOrgs(s, g, countries); err != nil {
		return nil, err
	}
	if err := buildLeaders(s, g, countries); err != nil {
		return nil, err
	}
	if err := markCommonWords(s, g, log); err != nil {
		return nil, err
	}
	normalizeNames(g, countries)
	if err := buildPlaces(g, countries); err != nil {
		return nil, err
	}
	if err := buildOfficials(g, countries); err != nil {
		return nil, err
	}
	if err := buildListed(s, g, countries, log); err != nil {
		return nil, err
	}
	if err := buildRegions2(s, g, states, qids, countries, rg, ex, log); err != nil {
		return nil, err
	}
	// The football clubs' short names once every place is in, the
	// second-level regions too: a club's name never takes one of theirs
	// (clubnames.go).
	if err := buildClubNames(s, g, countries, log); err != nil {
		return nil, err
	}
	// The famous people of 2019 once every place and organization is in:
	// their names must be no one else's (famous.go).
	if err := buildFamous(s, g, log); err != nil {
		return nil, err
	}
	if err := addPalladiusNames(g, countries, log); err != nil {
		return nil, err
	}
	dropSoundRuCollisions(g, log)
	if err := dropRussianCollisions(g, log); err != nil {
		return nil, err
	}
	addAndSpellings(g, log)
	addASCIISpellings(g, log)
	addArticleSpellings(g, log)
	assignPriors(g)
	placesFirst(g, log)
	if keys := ex.unused(); len(keys) > 0 {
		return nil, fmt.Errorf("curated/exonyms.tsv: no place of the sources takes these rows (key them by the source's name): %s", strings.Join(keys, ", "))
	}
	return g, nil
}

// buildListed adds the listed sources (listed.go) once everything else is
// in: they merge into the curated entries and yield to the places.
func buildListed(s src, g *gazetteer, countries map[string]*country, log io.Writer) error {
	freq, err := loadTurkishFreq(s)
	if err != nil {
		return err
	}
	if !leftOut["parlamint"] {
		if err := buildParlaMint(s, g, freq, log); err != nil {
			return err
		}
	}
	lx, err := loadLexicon(s, g)
	if err != nil {
		return err
	}
	if !leftOut["university-domains"] {
		if err := buildUniversities(s, g, lx); err != nil {
			return err
		}
	}
	if !leftOut["openfootball"] {
		if err := buildClubs(s, g, countries, lx, log); err != nil {
			return err
		}
	}
	if !leftOut["sp500"] {
		if err := buildSP500(s, g, countries); err != nil {
			return err
		}
	}
	if !leftOut["companies"] {
		if err := buildCompanies(g, countries, log); err != nil {
			return err
		}
	}
	yieldToPlaces(g, freq, log)
	// The curated teams next: they merge into the clubs above once those
	// have left the places their names (teams.go).
	if err := buildTeams(g, countries, lx, log); err != nil {
		return err
	}
	if err := buildMedia(g, countries, freq, log); err != nil {
		return err
	}
	// The government bodies next, once every organization is in to merge
	// into or to keep its names (government.go).
	if err := buildGovernment(g, countries, lx, freq, log); err != nil {
		return err
	}
	// The venues last: a name any entry has stays that entry's (venues.go).
	return buildVenues(g, countries, lx, log)
}

// leftOut holds the listed sources -without names (main sets it once).
var leftOut = map[string]bool{}
