package ru

import "github.com/varlik/varlik/lang"

// JoinsNames reports whether norm coordinates two names ("и").
func (Russian) JoinsNames(norm string) bool { return norm == "и" }

// SkippedInAcronym reports whether norm has no letter in an acronym: и, and
// the joining words of foreign names written in Latin letters (Bank of
// America).
func (Russian) SkippedInAcronym(norm string) bool { return acronymSkips.Has(norm) }

var acronymSkips = lang.NewWordSet(map[string]bool{"и": true, "of": true, "and": true, "for": true, "the": true, "de": true})

// InflectsNames reports true: Russian names take case endings with no
// apostrophe (Путина, Путину), so short mentions are matched through the
// morphology.
func (Russian) InflectsNames() bool { return true }
