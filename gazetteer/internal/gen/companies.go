package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// Companies of the main stock indices at the end of 2019
// (curated/companies.tsv: FTSE 100, DAX, CAC 40, Euro Stoxx 50, SMI, AEX,
// IBEX 35, FTSE MIB, OMX Stockholm 30, Hang Seng, BIST 30, MOEX Russia,
// S&P/TSX 60, S&P/ASX 50, fifty of the Nikkei 225 and the thirty largest
// of the KOSPI), of the Fortune Global 500 of 2019, the airlines of
// Star Alliance, oneworld and SkyTeam and ten large low-cost carriers in
// 2019, the brands of Interbrand's Best Global Brands 2019 that name a
// company, and the fifty largest retailers of Deloitte's Global Powers of
// Retailing 2019 with their store banners, twenty-seven of CB Insights' fifty
// most valuable start-ups at the end of 2019, the top of the Forbes Cloud
// 100 of 2019 and four companies that went public in 2019: the British retailers and
// banks, the Chinese state companies, the airlines, the fashion houses,
// the chains and the other companies news names, which the S&P 500 and
// curated/orgs.tsv leave out. A banner (Lidl, Asda) is a company of its
// own, as news names it; the table's comments say whose it is.
//
// A row merges into the company the gazetteer already has under one of
// the row's names (Siemens and Türk Hava Yolları of curated/orgs.tsv,
// Linde plc and United Airlines Holdings of the S&P 500), which keeps its
// ID, country and standing; the other rows become entries of their own.
// The table is a listed source (listed.go): an entry of its own ranks
// below the curated organizations and yields its names to places and to
// frequent Turkish words (GOL, the airline, is "gol"). A one-word name
// that is also a dictionary word or a given name (Next, Sage, Kingfisher,
// Aviva, Casino, IndiGo; Сони) is left out and logged, as the S&P 500's
// plain words are (sp500.go): the company is then found by its longer
// names (Next plc, Groupe Casino, InterGlobe Aviation), and a capitalized
// "Next" at a sentence's start is left to the model.

// buildCompanies adds curated/companies.tsv; it runs after the S&P 500.
func buildCompanies(g *gazetteer, countries map[string]*country, log io.Writer) error {
	rows, err := readCurated("companies.tsv", 5)
	if err != nil {
		return err
	}
	known := indexNames(g, "ORGANIZATION")
	for _, r := range rows {
		names := map[string][]string{"en": splitNames(r[1]), "tr": splitNames(r[2]), "ru": splitNames(r[3])}
		if len(names["tr"]) == 0 {
			names["tr"] = names["en"] // Turkish news writes foreign companies' names as English does
		}
		c := countries[r[4]]
		if len(names["en"]) == 0 || c == nil {
			return fmt.Errorf("curated/companies.tsv: %q: no English name or no country %q", r[1], r[4])
		}
		e := knownCompany(known, names, c.entry.id)
		if e == nil {
			var err error
			if e, err = addOrg(g, names["en"][0], r[4], "company", c.entry.id); err != nil {
				return err
			}
		} else {
			fmt.Fprintf(log, "company %q merged into %s\n", names["en"][0], e.id)
		}
		addSource(e, "companies")
		addCompanyNames(e, names, log)
		if !e.has("en") {
			return fmt.Errorf("curated/companies.tsv: %q: every English name is a word or a given name", r[1])
		}
		known.add(e)
	}
	return nil
}

// addCompanyNames adds names (a language → its names) to the company e
// but for the one-word names companyNameCollides finds, which it logs.
func addCompanyNames(e *entry, names map[string][]string, log io.Writer) {
	for _, l := range []string{"en", "tr", "ru"} {
		for _, n := range names[l] {
			if companyNameCollides(n) {
				fmt.Fprintf(log, "company name left out, a word or given name: %s %q\n", e.id, n)
				continue
			}
			e.addName(l, n)
		}
	}
}

// knownCompany returns the company entry already named by one of names,
// tried in the table's order (English first), else the organization of the
// company's country (an entry ID) so named (ITV plc is curated/orgs.tsv's
// broadcaster ITV), or nil.
func knownCompany(known nameIndex, names map[string][]string, country string) *entry {
	var sameCountry *entry
	for _, l := range []string{"en", "tr", "ru"} {
		for _, n := range names[l] {
			for _, e := range known[foldKey(n)] {
				switch {
				case e.subtype == "company":
					return e
				case sameCountry == nil && e.attrs["country"] == country:
					sameCountry = e
				}
			}
		}
	}
	return sameCountry
}

// companyNameCollides reports whether the company name n is one word that
// is also a given name in English, Turkish or Russian (Leonardo, Aviva;
// Сони, a form of Соня), or, unless written in capitals (SAP, AMP), a word
// the English dictionary writes in lower case only (next, sage, total).
// The Russian dictionary is not asked: it lists brands in lower case
// (тойота, сбербанк), and curated/companies.tsv leaves out the Russian
// names that are words.
func companyNameCollides(n string) bool {
	if strings.ContainsAny(n, " -.&'") {
		return false
	}
	e, t, r := en.English{}, tr.Turkish{}, ru.Russian{}
	fe := e.Fold(n)
	if e.GivenName(fe) || t.GivenName(t.Fold(n)) || r.GivenName(r.Fold(n)) {
		return true
	}
	return !isAcronym(n) && e.DictionaryWord(fe)
}
