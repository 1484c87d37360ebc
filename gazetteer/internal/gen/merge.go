package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// City-regions. A first-level region that is a city (Moscow, Berlin,
// Vienna, Tokyo, Beijing, Singapore...) would otherwise appear twice:
// once as a region from dr5hn states and once as a city. The rule: a
// region and a city of the same country with the same name are one place
// when the city lies in the region (or has no known region) and the
// region is a city by its dr5hn type (city, autonomous city, German
// Land, municipality, ...), or the region is a state or special-status
// collectivity or prefecture named after the country's capital (Vienna,
// Paris, Tokyo).
// Populations are not used: dr5hn's region figures are unreliable. The merged
// entry keeps the region's ID (a Wikidata QID), the city's subtype, the
// city's names first, and the attributes of both; references to the
// city's ID are redirected. A city-like region with no city entry
// (Astana) becomes a city itself when GeoNames knows a populated place of
// that name (Nenets, dr5hn's "autonomous city", is an okrug and stays a
// region). Same-name pairs that stay apart are logged (-v) for review.

func mergeCityRegions(g *gazetteer, cs *cities, rg *regions, countries map[string]*country, log io.Writer) {
	codes := make([]string, 0, len(rg.byCountry))
	for c := range rg.byCountry {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	redirect := map[string]string{}
	for _, code := range codes {
		if code == "TR" {
			continue
		}
		c := countries[code]
		for _, r := range rg.byCountry[code] {
			if r.subtype != "region" {
				continue // already merged
			}
			name := foldKey(r.names["en"][0])
			var best *city
			for _, ct := range cs.byCountry[code] {
				if foldKey(ct.en) != name {
					continue
				}
				p := ct.e.attrs["parent"]
				if p != "" && p != r.id && foldKey(rg.origName[p]) != name {
					continue
				}
				if best == nil || ct.pop > best.pop {
					best = ct
				}
			}
			rpop := atoi(r.attrs["population"])
			cityLike := cityLikeState[rg.stateType[r.id]]
			var keepNames map[string]string // the region's names stay preferred
			if best == nil && cityLike && foldKey(c.capital) == name {
				// The capital under another name inside its city-region
				// (dr5hn's Nur-Sultan row in the region Astana).
				for _, ct := range cs.byCountry[code] {
					if ct.capital && ct.e.attrs["parent"] == r.id {
						best, keepNames = ct, map[string]string{}
						for l, ns := range r.names {
							keepNames[l] = ns[0]
						}
					}
				}
			}
			if best == nil {
				if cityLike && (foldKey(c.capital) == name || matchGeoNamesByName(cs.geoBy[code], r.names["en"][0], "", 0, 0) != nil) {
					r.subtype = "city"
					cs.byCountry[code] = append(cs.byCountry[code], &city{e: r, country: code, en: r.names["en"][0], pop: rpop})
					fmt.Fprintf(log, "city-region %s %s: region → city\n", r.id, r.names["en"][0])
				}
				continue
			}
			typ := rg.stateType[r.id]
			same := cityLike || typ == "land" || typ == "municipality" ||
				(foldKey(c.capital) == name && (typ == "state" || typ == "prefecture" || strings.Contains(typ, "special status"))) ||
				(seatNamedState[typ] && soleCity(cs.byCountry[code], r.id, best))
			if !same {
				fmt.Fprintf(log, "same-name region and city kept apart: %s %s (%s) / %s (pop %d)\n",
					code, r.id, typ, best.e.id, best.pop)
				continue
			}
			fmt.Fprintf(log, "city-region %s + %s %s (region pop %d, city pop %d, type %s)\n",
				r.id, best.e.id, best.en, rpop, best.pop, rg.stateType[r.id])
			redirect[best.e.id] = r.id
			mergeInto(r, best.e)
			for l, n := range keepNames {
				r.setPreferred(l, n)
			}
			delete(g.byID, best.e.id)
			best.e = r
		}
	}
	for _, e := range g.byID {
		for k, v := range e.attrs {
			if to, ok := redirect[v]; ok {
				e.attrs[k] = to
			}
		}
		if e.attrs["parent"] == e.id {
			delete(e.attrs, "parent")
		}
	}
}

// mergeInto makes region r the entry of city c: c's subtype, c's names
// first, c's attributes where r has none (population: the city's).
func mergeInto(r, c *entry) {
	r.subtype = c.subtype
	for l, ns := range c.names {
		for i := len(ns) - 1; i >= 0; i-- {
			r.setPreferred(l, ns[i])
		}
	}
	for k, v := range c.attrs {
		switch k {
		case "parent": // a first-level city-region has none; the city's was the region itself or its namesake
		case "population":
			if v != "" {
				r.attrs[k] = v
			}
		case "source":
			r.attrs[k] = strings.Join(uniq(strings.Split(v+","+r.attrs[k], ",")), ",")
		default:
			if r.attrs[k] == "" {
				r.attrs[k] = v
			}
		}
	}
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// seatNamedState are region types named after their seat that are the
// city itself when no other city lies in them (Dubai, Sharjah; not Abu
// Dhabi, whose emirate holds Al Ain). Provinces (Tehran, Kabul) are
// deliberately not among them: the province is a place of its own that
// news names as such ("Tahran eyaleti").
var seatNamedState = map[string]bool{"emirate": true, "autonomous district": true, "commune": true, "town council": true}

// soleCity reports whether seat is the only city whose parent is region id.
func soleCity(list []*city, id string, seat *city) bool {
	for _, ct := range list {
		if ct != seat && ct.e.attrs["parent"] == id {
			return false
		}
	}
	return true
}
