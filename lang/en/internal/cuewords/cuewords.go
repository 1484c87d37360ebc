// Package cuewords holds the English cue words that both lang/en and
// lang/en/prosener read: one list, two readers, and no exported API.
package cuewords

// Titles are the title words that come before a person's name (President
// Putin, Foreign Minister Lavrov, Mr. Li): a cue (en.English.Cue) and a
// reason to read the capitalized words after them as a person's
// (en.English.PersonBefore); prose's NER clean-up (lang/en/prosener) cuts
// a mention after one.
var Titles = map[string]bool{
	"president": true, "premier": true, "prime": true, "minister": true, "chancellor": true,
	"king": true, "queen": true, "prince": true, "pope": true, "general": true, "secretary": true,
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"senator": true, "governor": true, "mayor": true, "ambassador": true, "spokesman": true,
	"spokeswoman": true, "envoy": true, "chairman": true, "foreign": true, "defence": true,
	"defense": true, "finance": true, "deputy": true, "vice": true,
}

// OrgHeads are the nouns that end organization names.
var OrgHeads = map[string]bool{
	"corporation": true, "organisation": true, "organization": true, "company": true,
	"council": true, "bank": true, "party": true, "union": true, "ministry": true,
	"agency": true, "association": true, "group": true, "committee": true, "fund": true,
	"forum": true, "commission": true, "institute": true, "university": true, "court": true,
	"federation": true, "alliance": true, "assembly": true, "parliament": true, "inc": true,
	"inc.": true, "ltd": true, "ltd.": true, "corp": true, "corp.": true, "co.": true,
	"department": true, "office": true, "service": true, "army": true, "police": true,
}
