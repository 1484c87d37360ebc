package main

import "fmt"

// addCountryAliases gives countries the short and former names that
// curated/country_aliases.tsv lists ("Britain", "Macedonia"): the
// sources give the United Kingdom "Great Britain" and Russian "Британия"
// but not English "Britain", and North Macedonia only its name since
// 2019, while the news of 2018 and 2019 wrote "Macedonia" throughout. An
// alias comes after the sources' names, so it is never the preferred one.
func addCountryAliases(countries map[string]*country) error {
	rows, err := readCurated("country_aliases.tsv", 4)
	if err != nil {
		return err
	}
	for _, r := range rows {
		c := countries[r[0]]
		if c == nil {
			return fmt.Errorf("curated/country_aliases.tsv: unknown country %s", r[0])
		}
		c.entry.addName(r[1], r[2])
	}
	return nil
}
