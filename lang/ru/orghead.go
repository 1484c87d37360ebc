package ru

import "github.com/varlik/varlik/lang"

var _ lang.OrganizationHeads = Russian{}

// HeadsOrganization reports whether norm, a folded word of a name of two
// or more words, is the head noun of an organization's name
// (lang.OrganizationHeads): it has an organization cue stem (NameCues) and
// is no adjective (adjectiveOf), which the stem may begin as well
// (совета, but Советского).
func (r Russian) HeadsOrganization(norm string) bool {
	if r.Cue(norm) != lang.OrgHead {
		return false
	}
	_, adjective := adjectiveOf(norm)
	return !adjective
}
