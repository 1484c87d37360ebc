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
})
