package en

import "github.com/varlik/varlik/lang"

var _ lang.KindDefinitions = English{}

// DefiningHead reports whether norm heads a noun phrase that defines the
// name before it as an organization (lang.KindDefinitions): "Staedtler , a
// stationery company", "Aero Gare was a kitplane manufacturer", "Gigi , a
// jazz band". Left out because a person or a place is one too: maker,
// producer, publisher, developer, operator, supplier, miner, brewer (a
// person's trade), giant (a jazz giant), party (a party to the deal),
// station, district, group (a person's age group), team and side (a
// member's).
func (English) DefiningHead(norm string) bool { return definingHeads[norm] }

var definingHeads = map[string]bool{
	"company": true, "firm": true, "corporation": true, "conglomerate": true, "subsidiary": true, "brand": true,
	"retailer": true, "chain": true, "supermarket": true, "carmaker": true, "automaker": true, "airline": true,
	"bank": true, "lender": true, "insurer": true, "startup": true, "start-up": true, "manufacturer": true,
	"broadcaster": true, "network": true, "newspaper": true, "tabloid": true, "magazine": true, "website": true,
	"label": true, "charity": true, "band": true, "organisation": true, "organization": true, "agency": true,
	"association": true, "federation": true, "club": true, "university": true, "college": true,
}

// Copula reports whether norm joins a subject to the noun phrase that
// defines it (lang.KindDefinitions).
func (English) Copula(norm string) bool {
	switch norm {
	case "is", "was", "are", "were":
		return true
	}
	return false
}

// Determiner reports whether norm opens a defining noun phrase
// (lang.KindDefinitions).
func (English) Determiner(norm string) bool {
	switch norm {
	case "a", "an", "the":
		return true
	}
	return false
}

// EndsNounPhrase reports whether norm ends the noun phrase before it
// (lang.KindDefinitions): "a chain of hypermarkets", "a company with
// global presence", "a band that", "a firm based in".
func (English) EndsNounPhrase(norm string) bool {
	switch norm {
	case "of", "with", "in", "for", "on", "at", "from", "to", "by", "and", "or", "that", "which", "who", "whose",
		"where", "based", "founded", "owned", "headquartered", "since":
		return true
	}
	return false
}
