package en

import (
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en/internal/cuewords"
)

// titles and orgHeads are the cue words package cuewords shares with
// prose's NER clean-up (lang/en/prosener).
var (
	titles   = cuewords.Titles
	orgHeads = cuewords.OrgHeads
)

// calendarWords are the months and weekdays, capitalized in English and
// no names (CalendarWord).
var calendarWords = lang.NewWordSet(map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
	// The months' abbreviations, dotted ("Feb. 5 - 8") and, where no name
	// is written so, bare (Jan, Mar and Jun are given names or words).
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true,
	"sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
	"feb": true, "apr": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true,
})
