package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// News media (curated/media.tsv, CC0, compiled for varlik): the
// newspapers, magazines, broadcasters, news channels and agencies that
// news cites as sources, in whole sets as of 2019 (the table's header
// lists them). Cross-lingual news names them in each language's way (The
// South China Morning Post is Güney Çin Sabah Postası in Turkish, Der
// Spiegel «Шпигель» in Russian), and a title the gazetteer lacked was
// missed or linked apart across languages.
//
// A row merges into the outlet the gazetteer already has under one of the
// row's names in the same country (curated/orgs.tsv's BBC, Hürriyet,
// Reuters and its institution TRT), which keeps its ID, subtype and
// standing; the others become entries of their own with the curated
// prior. A one-word name of the table is left out when it is a place's
// name (Türkiye, the daily Türkiye Gazetesi's short name), a given name,
// a word the English dictionary writes in lower case (Mirror, Express,
// Time, Variety; the table itself leaves out Sun and Fox, surnames too)
// or a frequent Turkish word (Posta, Akşam, Karar): "The Sun" and "Daily
// Mirror" are found, a capitalized "Mirror" is left to the model, as the
// companies' one-word words are (companies.go). Keeping these words lost
// on Turkish Wiki NER, Milliyet and NTREX English dev (docs/accuracy.md).
// A row left without an English name adds no entry. Names curated/orgs.tsv
// gave an outlet before (Sabah, Milliyet) stay.

// mediaColumns are curated/media.tsv's columns: group, subtype, country,
// en, tr, ru.
const mediaColumns = 6

// mediaRow is one outlet of curated/media.tsv.
type mediaRow struct {
	group, subtype, country string   // country: ISO 3166-1 alpha-2
	en, tr, ru              []string // tr defaults to en
}

func readMedia() ([]mediaRow, error) {
	rows, err := readCurated("media.tsv", mediaColumns)
	if err != nil {
		return nil, err
	}
	var out []mediaRow
	for _, r := range rows {
		m := mediaRow{group: r[0], subtype: r[1], country: r[2], en: splitNames(r[3]), tr: splitNames(r[4]), ru: splitNames(r[5])}
		if len(m.tr) == 0 {
			m.tr = m.en
		}
		if len(m.en) == 0 || (m.subtype != "media" && m.subtype != "agency") {
			return nil, fmt.Errorf("curated/media.tsv: %q: no English name or subtype %q", r[3], r[1])
		}
		out = append(out, m)
	}
	return out, nil
}

// buildMedia adds curated/media.tsv to g (see above); it runs once the
// places, the curated organizations and the listed companies are in.
func buildMedia(g *gazetteer, countries map[string]*country, freq turkishFreq, log io.Writer) error {
	rows, err := readMedia()
	if err != nil {
		return err
	}
	known := indexNames(g, "ORGANIZATION")
	places := placeNames(g)
	added, merged, skipped := 0, 0, 0
	for _, m := range rows {
		c, err := countryOf(countries, m.country, "media.tsv", m.en[0])
		if err != nil {
			return err
		}
		names := map[string][]string{}
		for l, ns := range map[string][]string{"en": m.en, "tr": m.tr, "ru": m.ru} {
			for _, n := range ns {
				if why := mediaNameLeftOut(n, places, freq); why != "" {
					fmt.Fprintf(log, "media name left out, %s: %s %q\n", why, m.en[0], n)
					continue
				}
				names[l] = append(names[l], n)
			}
		}
		e := knownOutlet(known, slices.Concat(m.en, m.tr, m.ru), c.entry.id)
		switch {
		case e != nil:
			merged++
		case len(names["en"]) == 0:
			fmt.Fprintf(log, "media row left out, every English name a word, place or given name: %q\n", m.en[0])
			skipped++
			continue
		default:
			if e, err = addOrg(g, names["en"][0], m.country, m.subtype, c.entry.id); err != nil {
				return err
			}
			added++
		}
		addSource(e, "media")
		e.addNames(names)
		known.add(e)
	}
	fmt.Fprintf(log, "media: %d added, %d merged into known outlets, %d rows left out\n", added, merged, skipped)
	return nil
}

// knownOutlet returns the organization of country (an entry ID) that has
// one of names: a media outlet or agency first, else another organization
// named by a name that is no acronym (TRT, curated/orgs.tsv's institution
// Turkish Radio and Television Corporation; Mediaset, a listed company),
// else nil.
func knownOutlet(known nameIndex, names []string, country string) *entry {
	var other *entry
	for _, n := range names {
		for _, e := range known[foldKey(n)] {
			switch {
			case e.attrs["country"] != country:
			case e.subtype == "media" || e.subtype == "agency":
				return e
			case other == nil && !isAcronym(n):
				other = e
			}
		}
	}
	return other
}

// mediaNameLeftOut tells why the one-word name n is no outlet's name in
// the gazetteer ("" when it is): a place's name, a given name, an English
// dictionary word or a frequent Turkish word (see above).
func mediaNameLeftOut(n string, places map[string]bool, freq turkishFreq) string {
	if strings.ContainsAny(n, " -.&'+:") || isAcronym(n) && len(n) > 1 {
		return "" // an agency's acronym is no given name in capitals (EFE, ANI)
	}
	switch {
	case places[foldKey(n)]:
		return "a place"
	case companyNameCollides(n):
		return "a word or given name"
	case commonName(freq, n):
		return "a frequent Turkish word"
	}
	return ""
}
