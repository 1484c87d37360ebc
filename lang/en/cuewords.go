package en

// titles are the title words that come before a person's name (President
// Putin, Foreign Minister Lavrov, Mr. Li): a cue (Cue) and a reason to read
// the capitalized words after them as a person's (PersonBefore).
var titles = map[string]bool{
	"president": true, "premier": true, "prime": true, "minister": true, "chancellor": true,
	"king": true, "queen": true, "prince": true, "pope": true, "general": true, "secretary": true,
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"senator": true, "governor": true, "mayor": true, "ambassador": true, "spokesman": true,
	"spokeswoman": true, "envoy": true, "chairman": true, "foreign": true, "defence": true,
	"defense": true, "finance": true, "deputy": true, "vice": true,
}

// orgHeads are the nouns that end organization names.
var orgHeads = map[string]bool{
	"corporation": true, "organisation": true, "organization": true, "company": true,
	"council": true, "bank": true, "party": true, "union": true, "ministry": true,
	"agency": true, "association": true, "group": true, "committee": true, "fund": true,
	"forum": true, "commission": true, "institute": true, "university": true, "court": true,
	"federation": true, "alliance": true, "assembly": true, "parliament": true, "inc": true,
	"inc.": true, "ltd": true, "ltd.": true, "corp": true, "corp.": true, "co.": true,
	"department": true, "office": true, "service": true, "army": true, "police": true,
}

// calendarWords are the months and weekdays, capitalized in English and
// no names (CalendarWord).
var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}
