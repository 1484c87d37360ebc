package ru

import "github.com/varlik/varlik/lang"

var _ lang.CourseTails = Russian{}

// courseNouns are the forms, after по, of the nouns that name what one
// studied at a school: по специальности, по классу (the instrument), по
// кафедре. No body's remit is named so; "по классификации" is left out by
// listing the forms whole.
var courseNouns = map[string]bool{"специальности": true, "специальностям": true, "классу": true, "кафедре": true}

// CourseTail reports whether prep is по and noun one of courseNouns
// (lang.CourseTails).
func (Russian) CourseTail(prep, noun string) bool { return prep == "по" && courseNouns[noun] }
