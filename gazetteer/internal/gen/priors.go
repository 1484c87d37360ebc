package main

import (
	"math"
	"strings"
)

// Priors rank entries that share a name; the loader prefers the higher one.
// The scheme (one place, so entries from different builders compare):
//
//	country 0.95, territory and former state (Soviet Union) 0.85
//	capital city 0.90
//	head of state / government 0.90; other people (ministers, officials,
//	party leaders, politicians of the past) 0.85
//	IGO, news agency 0.85; ministry, party 0.80 (a dissolved party 0.75);
//	other organizations 0.70
//	continent 0.90; macro-region, sea (scope=macro) 0.75; geographic
//	region of Turkey (scope=geographic) 0.60; landmark, river 0.50 (below
//	a company of the same name: Amazon)
//	Turkish province 0.70, Turkish district 0.45
//	city 0.45 + 0.1·log10(population/100k), clamped to [0.30, 0.80]
//	  (100k → 0.45, 1M → 0.55, 10M → 0.65)
//	first-level region 0.55 + 0.05·log10(population/1M), clamped to
//	  [0.40, 0.65]; 0.45 when the population is unknown
//	second-level region (county, department, province below a region)
//	  0.45 + 0.05·log10(population/1M), clamped to [0.35, 0.50]; 0.40
//	  when the population is unknown: below a first-level region of the
//	  same size, and below a 100k city (0.45) unless of 1M or more
//	listed sources (listed.go): member of parliament 0.60 (below link's
//	  0.8 for people known by surname alone), organization 0.65 (below
//	  the curated ones); a holder of a past office (office_year, the
//	  office holders of 2019) 0.60 too: a surname alone in today's news
//	  names someone else (Jones, Johnson, Price; a senator's surname alone
//	  linked Peter Jones of Dragons' Den to Doug Jones)
//	famous people of 2019 (famous.go: athletes, coaches, entertainers, the
//	  richest, Nobel laureates, religious heads) 0.60, as members of
//	  parliament: known by their full names
//	place kept although its name is a frequent Turkish word
//	  (common_word=1, see commonwords.go) 0.20
//
// Organizations news mentions thus outrank same-named small cities (the
// agency Xinhua over two towns called Xinhua), and capitals outrank
// regions and ordinary cities of the same name.
const (
	priorCountry    = 0.95
	priorTerritory  = 0.85
	priorCapital    = 0.90
	priorLeader     = 0.90
	priorOfficial   = 0.85
	priorProvince   = 0.70
	priorDistrict   = 0.45
	priorCommonWord = 0.20
	priorContinent  = 0.90
	priorMacro      = 0.75
	priorGeographic = 0.60
	priorLandmark   = 0.50
	priorMember     = 0.60
	priorListedOrg  = 0.65
	priorFamous     = 0.60
)

// orgPrior is the prior of an organization by subtype; a party that no
// longer exists ranks below a current one of the same name or acronym.
func orgPrior(e *entry) float64 {
	switch e.subtype {
	case "igo", "agency":
		return 0.85
	case "ministry":
		return 0.80
	case "party":
		if e.attrs["dissolved"] != "" {
			return 0.75
		}
		return 0.80
	}
	return 0.70
}

func cityPrior(pop int, capital bool) float64 {
	if capital {
		return priorCapital
	}
	if pop <= 0 {
		return 0.40
	}
	return round3(clamp(0.45+0.1*math.Log10(float64(pop)/minCityPopulation), 0.30, 0.80))
}

func regionPrior(pop int) float64 {
	if pop <= 0 {
		return 0.45
	}
	return round3(clamp(0.55+0.05*math.Log10(float64(pop)/1e6), 0.40, 0.65))
}

func region2Prior(pop int) float64 {
	if pop <= 0 {
		return 0.40
	}
	return round3(clamp(0.45+0.05*math.Log10(float64(pop)/1e6), 0.35, 0.50))
}

func clamp(x, lo, hi float64) float64 { return math.Min(hi, math.Max(lo, x)) }
func round3(x float64) float64        { return math.Round(x*1000) / 1000 }

// assignPriors sets every entry's prior from its type, subtype and
// population by the scheme above; it runs once, after all builders.
func assignPriors(g *gazetteer) {
	for _, e := range g.byID {
		pop := atoi(e.attrs["population"])
		switch {
		case e.attrs["common_word"] == "1" && e.subtype != "capital":
			e.prior = priorCommonWord
		case listedOnly(e) && e.typ == "PERSON", e.typ == "PERSON" && e.attrs["office_year"] != "":
			e.prior = priorMember
		case e.typ == "PERSON" && e.attrs["source"] == famousSource:
			e.prior = priorFamous
		case listedOnly(e):
			e.prior = priorListedOrg
		case e.typ == "PERSON" && strings.HasPrefix(e.subtype, "head_of_"):
			e.prior = priorLeader
		case e.typ == "PERSON":
			e.prior = priorOfficial
		case e.typ == "ORGANIZATION":
			e.prior = orgPrior(e)
		case e.subtype == "continent":
			e.prior = priorContinent
		case e.subtype == "landmark" || e.subtype == "river":
			e.prior = priorLandmark
		case e.attrs["scope"] == "macro":
			e.prior = priorMacro
		case e.attrs["scope"] == "geographic":
			e.prior = priorGeographic
		case e.subtype == "country":
			e.prior = priorCountry
		case e.subtype == "territory" || e.subtype == "former_country":
			e.prior = priorTerritory
		case e.subtype == "province":
			e.prior = priorProvince
		case e.subtype == "district":
			e.prior = priorDistrict
		case e.subtype == "capital" || e.subtype == "city":
			e.prior = cityPrior(pop, e.subtype == "capital")
		case e.subtype == "region":
			e.prior = regionPrior(pop)
		case e.subtype == "region2":
			e.prior = region2Prior(pop)
		}
	}
}
